/**
 * The sanity net (SPEC §3.6): implausible figures raise A-RECONOCIMIENTO-DUDOSO on their sheet.
 * Hand-built metas (fila 7 unless stated): M in D, P2024/E2024 in M/N, P2025/E2025 in O/P, name in B.
 */
import type { Ajustes } from "../../../src/core/calculo/tipos";
import type { Hallazgo } from "../../../src/core/hallazgos/hallazgo";
import type { MetaLeida } from "../../../src/core/matriz/tipos";
import { calcular, meta, type OpcionesMeta } from "./_meta";

function dudosos(metas: readonly MetaLeida[], ajustes: Ajustes): Hallazgo[] {
  return calcular(metas, ajustes).hallazgos.filter((h) => h.codigo === "A-RECONOCIMIENTO-DUDOSO");
}

const en = (fila: number, o: OpcionesMeta): MetaLeida => meta({ fila, ...o });
const V2024: Ajustes = { vigencia: 2024 };

describe("red de plausibilidad: A-RECONOCIMIENTO-DUDOSO (SPEC §3.6)", () => {
  test.each<[string, () => MetaLeida[], Ajustes, { hoja: string; celda: string; motivo: RegExp }]>([
    [
      "(a) ninguna meta programada de la hoja tiene ejecución de la vigencia",
      () => [en(7, { m: 10, anios: { 2025: { p: 5, e: null } } }), en(8, { m: 10, anios: { 2025: { p: 5, e: "ND" } } })],
      { vigencia: 2025 },
      { hoja: "Matriz", celda: "P7", motivo: /^ninguna meta programada en 2025 tiene ejecución reportada \(2 metas programadas\)/ },
    ],
    [
      "(b) meta cuatrienio leída de una columna de %: 400 / 0,8 = 50.000 %",
      () => [en(7, { m: 0.8, anios: { 2024: { p: 400, e: 400 } } })],
      V2024,
      { hoja: "Matriz", celda: "D7", motivo: /^la meta de la fila 7 tiene un avance del cuatrienio de 50\.000 %/ },
    ],
    [
      "(b) una cantidad dividida por una razón: E = 120 sobre P = 0,5 es 24.000 % de la vigencia",
      () => [en(7, { m: 120, anios: { 2024: { p: 0.5, e: 120 } } })],
      V2024,
      { hoja: "Matriz", celda: "N7", motivo: /^la meta de la fila 7 tiene una ejecución de la vigencia de 24\.000 %/ },
    ],
    [
      "(b) avance esperado de 50.000 %: P = 500 sobre M = 1",
      () => [en(7, { m: 1, anios: { 2024: { p: 500, e: 0 } } })],
      V2024,
      { hoja: "Matriz", celda: "D7", motivo: /un avance esperado de 50\.000 %/ },
    ],
    [
      "(b) cumplimiento de 50.000 %: 50 ejecutado sin programar en 2024 frente a 0,1 programado en 2025",
      () => [en(7, { m: 100, anios: { 2024: { p: 0, e: 50 }, 2025: { p: 0.1, e: 0 } } })],
      { vigencia: 2025 },
      { hoja: "Matriz", celda: "D7", motivo: /un cumplimiento de 50\.000 %/ },
    ],
    [
      "(b) varias metas absurdas: un hallazgo por hoja, en la celda de la primera",
      () => [en(7, { m: 10, anios: { 2024: { p: 10, e: 5 } } }), en(8, { m: 0.5, anios: { 2024: { p: 400, e: 400 } } }), en(9, { m: 0.2, anios: { 2024: { p: 300, e: 300 } } })],
      V2024,
      { hoja: "Matriz", celda: "D8", motivo: /^2 metas tienen porcentajes de más de 10\.000 %; la primera, en la fila 8, tiene un avance del cuatrienio de 80\.000 %/ },
    ],
    [
      "(c) esperado del plan de 120 % en 2024, antes del último año de 2024-2027",
      () => [en(7, { m: 10, anios: { 2024: { p: 12, e: 6 } } }), en(8, { m: 10, anios: { 2024: { p: 12, e: 6 } } })],
      V2024,
      { hoja: "Matriz", celda: "D7", motivo: /^el avance esperado del plan es 120 % antes del último año del cuatrienio \(2024 de 2024-2027\)/ },
    ],
    [
      "(c) esperado del plan de 160 % en el último año",
      () => [en(7, { m: 10, anios: { 2027: { p: 16, e: 6 } } })],
      { vigencia: 2027 },
      { hoja: "Matriz", celda: "D7", motivo: /^el avance esperado del plan es 160 % en el último año del cuatrienio 2024-2027/ },
    ],
    [
      "(c) cumplimiento del plan de 2.000 %: programado de 1 frente a ejecutado de 20 sobre M = 100",
      () => [en(7, { m: 100, anios: { 2024: { p: 1, e: 20 } } })],
      V2024,
      { hoja: "Matriz", celda: "D7", motivo: /^el cumplimiento del plan es 2\.000 %/ },
    ],
    [
      "(c) cumplimiento del plan de 100.000 % que ninguna meta tiene: medias de expectativas casi nulas",
      // fila 7: X = 0,1 %, A = 0; fila 8: sin programación (X = 0, sin cumplimiento) pero A = 100 %
      () => [en(7, { m: 1000, anios: { 2024: { p: 1, e: 0 } } }), en(8, { m: 10, anios: { 2024: { p: 0, e: 10 } } })],
      V2024,
      { hoja: "Matriz", celda: "D7", motivo: /^el plan tiene un cumplimiento de 100\.000 % sin que ninguna de sus metas lo tenga/ },
    ],
    [
      "(d) la misma fila contada dos veces",
      () => {
        const m = en(7, { m: 10, anios: { 2024: { p: 5, e: 5 } } });
        return [m, en(8, { m: 10, anios: { 2024: { p: 5, e: 5 } } }), m];
      },
      V2024,
      { hoja: "Matriz", celda: "B7", motivo: /^la fila 7 se cuenta dos veces$/ },
    ],
  ])("%s", (_n, metas, ajustes, esperado) => {
    const hallados = dudosos(metas(), ajustes);
    expect(hallados).toHaveLength(1);
    const [h] = hallados;
    expect(h).toMatchObject({ codigo: "A-RECONOCIMIENTO-DUDOSO", severidad: "advertencia", hoja: esperado.hoja, celda: esperado.celda });
    expect(h?.params["motivo"]).toMatch(esperado.motivo);
    expect(h?.mensaje).toContain(String(h?.params["motivo"]));
  });

  test.each<[string, () => MetaLeida[], Ajustes]>([
    ["una sola meta programada sin reporte es su propio A-SIN-REPORTE", () => [en(7, { m: 10, anios: { 2024: { p: 5, e: null } } })], V2024],
    ["una de dos metas programadas tiene reporte", () => [en(7, { m: 10, anios: { 2024: { p: 5, e: null } } }), en(8, { m: 10, anios: { 2024: { p: 5, e: 0 } } })], V2024],
    ["ninguna meta programada en la vigencia", () => [en(7, { m: 10, anios: { 2024: { p: 0, e: null } } }), en(8, { m: 10, anios: { 2024: { p: null, e: null } } })], V2024],
    ["100 × exacto (10.000 %) aún no es absurdo", () => [en(7, { m: 0.5, anios: { 2024: { p: 0.5, e: 50 } } })], V2024],
    ["metas CONSTANTE al 100 % desde el primer año (esperado del plan = 100 %)", () => [7, 8, 9].map((f) => en(f, { tipo: "CONSTANTE", m: 884, anios: { 2024: { p: 884, e: 800 } } })), V2024],
    ["esperado del plan de 120 % en el último año", () => [en(7, { m: 10, anios: { 2027: { p: 12, e: 6 } } })], { vigencia: 2027 }],
    ["cumplimiento del plan de 1.000 % exacto", () => [en(7, { m: 100, anios: { 2024: { p: 1, e: 10 } } })], V2024],
    ["la misma fila en dos hojas no es la misma meta", () => [en(7, { hoja: "Salud", m: 10, anios: { 2024: { p: 5, e: 5 } } }), en(7, { hoja: "Gobierno", m: 10, anios: { 2024: { p: 5, e: 5 } } })], V2024],
  ])("sin hallazgo cuando %s", (_n, metas, ajustes) => {
    expect(dudosos(metas(), ajustes)).toEqual([]);
  });

  it("cada hoja recibe su propio hallazgo; la hoja que reporta no recibe ninguno", () => {
    const metas = [
      en(7, { hoja: "Salud", m: 10, anios: { 2025: { p: 5, e: 5 } } }),
      en(8, { hoja: "Salud", m: 10, anios: { 2025: { p: 5, e: 4 } } }),
      en(7, { hoja: "Gobierno", m: 10, anios: { 2025: { p: 5, e: null } } }),
      en(8, { hoja: "Gobierno", m: 10, anios: { 2025: { p: 5, e: null } } }),
      en(9, { hoja: "Gobierno", m: 10, anios: { 2025: { p: 0, e: null } } }),
    ];
    expect(dudosos(metas, { vigencia: 2025 }).map((h) => [h.hoja, h.celda, h.params["motivo"]])).toEqual([
      ["Gobierno", "P7", "ninguna meta programada en 2025 tiene ejecución reportada (2 metas programadas): quizá no se encontró la columna de ejecutado o se leyó otra"],
    ]);
  });
});
