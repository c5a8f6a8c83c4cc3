/**
 * The sanity net (SPEC §3.6): implausible figures raise A-RECONOCIMIENTO-DUDOSO on their sheet.
 * Hand-built metas (fila 7 unless stated): M in D, P2024/E2024 in M/N, P2025/E2025 in O/P, name in B.
 */
import fc from "fast-check";
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Ajustes, Tope } from "../../../src/core/calculo/tipos";
import type { Valor } from "../../../src/core/grid/libro";
import type { Hallazgo } from "../../../src/core/hallazgos/hallazgo";
import type { MetaLeida } from "../../../src/core/matriz/tipos";
import { hoja, libro } from "../../helpers/grid";
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
      () => [
        en(7, { m: 10, anios: { 2024: { p: 10, e: 5 } } }),
        en(8, { m: 0.5, anios: { 2024: { p: 400, e: 400 } } }),
        en(9, { m: 0.2, anios: { 2024: { p: 300, e: 300 } } }),
      ],
      V2024,
      {
        hoja: "Matriz",
        celda: "D8",
        motivo: /^2 metas tienen porcentajes de más de 10\.000 %; la primera, en la fila 8, tiene un avance del cuatrienio de 80\.000 %/,
      },
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
    [
      "una de dos metas programadas tiene reporte",
      () => [en(7, { m: 10, anios: { 2024: { p: 5, e: null } } }), en(8, { m: 10, anios: { 2024: { p: 5, e: 0 } } })],
      V2024,
    ],
    [
      "ninguna meta programada en la vigencia",
      () => [en(7, { m: 10, anios: { 2024: { p: 0, e: null } } }), en(8, { m: 10, anios: { 2024: { p: null, e: null } } })],
      V2024,
    ],
    ["100 × exacto (10.000 %) aún no es absurdo", () => [en(7, { m: 0.5, anios: { 2024: { p: 0.5, e: 50 } } })], V2024],
    [
      "metas CONSTANTE al 100 % desde el primer año (esperado del plan = 100 %)",
      () => [7, 8, 9].map((f) => en(f, { tipo: "CONSTANTE", m: 884, anios: { 2024: { p: 884, e: 800 } } })),
      V2024,
    ],
    ["esperado del plan de 120 % en el último año", () => [en(7, { m: 10, anios: { 2027: { p: 12, e: 6 } } })], { vigencia: 2027 }],
    ["cumplimiento del plan de 1.000 % exacto", () => [en(7, { m: 100, anios: { 2024: { p: 1, e: 10 } } })], V2024],
    [
      "la misma fila en dos hojas no es la misma meta",
      () => [en(7, { hoja: "Salud", m: 10, anios: { 2024: { p: 5, e: 5 } } }), en(7, { hoja: "Gobierno", m: 10, anios: { 2024: { p: 5, e: 5 } } })],
      V2024,
    ],
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
      [
        "Gobierno",
        "P7",
        "ninguna meta programada en 2025 tiene ejecución reportada (2 metas programadas): quizá no se encontró la columna de ejecutado o se leyó otra",
      ],
    ]);
  });
});

/**
 * Property (SPEC §3.6, issue 10): random grids with the usual misreadings — a meta cuatrienio holding
 * a ratio, programado and ejecutado in different units, the ejecutado of the vigencia missing — go
 * through recognition and computation, and every published figure that is implausible by the bars
 * of the SPEC's examples is named by an A-RECONOCIMIENTO-DUDOSO on a sheet it comes from.
 */
describe("propiedad: ninguna cifra implausible se publica sin hallazgo (SPEC §3.6)", () => {
  const cantidad = fc.integer({ min: 1, max: 5000 });
  const razon = fc.constantFrom(0.001, 0.05, 0.5, 0.8, 1);
  const numero = fc.oneof(cantidad, razon, fc.constant(null), fc.constant(0));
  const ejecutado = fc.oneof(numero, fc.constant<Valor>("ND"));
  const filaArb = fc.record({ dep: fc.constantFrom("Salud", "Gobierno"), m: numero, p24: numero, e24: ejecutado, p25: numero, e25: ejecutado });
  const hojaArb = fc.record({
    filas: fc.array(filaArb, { minLength: 1, maxLength: 10 }),
    sinEjecutado2025: fc.boolean(),
    tipo: fc.constantFrom("Suma", "Mantenimiento", null),
  });
  const ajustesArb = fc.record({ vigencia: fc.constantFrom(2024, 2025), tope: fc.constantFrom<Tope>("100", "ninguno") }, { requiredKeys: ["tope"] });

  function grilla(nombre: string, h: typeof hojaArb extends fc.Arbitrary<infer T> ? T : never) {
    // without its header the 2025 ejecutado is not a column: every 2025 meta reads "sin reporte"
    const encabezado: Valor[] = [
      "Código",
      "Meta de producto",
      "Dependencia",
      "Tipo de acumulación",
      "Meta cuatrienio",
      "Meta 2024",
      "Avance meta 2024",
      "Meta 2025",
      h.sinEjecutado2025 ? null : "Avance meta 2025",
    ];
    const filas = h.filas.map((f, i): Valor[] => [
      `${i + 1}`,
      `Meta número ${i + 1}`,
      f.dep,
      h.tipo,
      f.m,
      f.p24,
      f.e24,
      f.p25,
      h.sinEjecutado2025 ? null : f.e25,
    ]);
    return hoja(nombre, [encabezado, ...filas]);
  }

  const absurdo = (x: number | null): boolean => x !== null && !(Math.abs(x) <= 100);

  it("cada meta, grupo o plan con una cifra implausible tiene un hallazgo en una de sus hojas", () => {
    fc.assert(
      fc.property(fc.array(hojaArb, { minLength: 1, maxLength: 2 }), ajustesArb, (hojas, ajustes) => {
        const c = consolidar(libro(hojas.map((h, i) => grilla(`Hoja ${i + 1}`, h))), ajustes);
        const dudosas = new Set(c.hallazgos.filter((h) => h.codigo === "A-RECONOCIMIENTO-DUDOSO").map((h) => h.hoja));
        const hojaDe = new Map(c.metas.map((m) => [m.meta.id, m.meta.hoja]));
        const nombrada = (ids: readonly string[]): boolean => ids.some((id) => dudosas.has(hojaDe.get(id) ?? ""));
        for (const m of c.metas) {
          const cifras = [m.pctVigencia.bruto, m.pctCuatrienio.bruto, m.esperado.bruto, m.cumplimiento];
          if (cifras.some(absurdo)) expect({ meta: m.meta.id, nombrada: dudosas.has(m.meta.hoja) }).toEqual({ meta: m.meta.id, nombrada: true });
        }
        for (const g of [c.plan, ...c.grupos]) {
          if ([g.pctVigencia, g.pctCuatrienio, g.esperado, g.cumplimiento].some(absurdo))
            expect({ grupo: g.clave, nombrada: nombrada(g.metas) }).toEqual({ grupo: g.clave, nombrada: true });
        }
        // the plan's own bars: esperado over the whole cuatrienio before its last year, cumplimiento 10 ×
        const ultimo = c.parametros.vigencia === c.parametros.cuatrienio[3];
        if ((c.plan.esperado ?? 0) > (ultimo ? 1.5 : 1.005) || (c.plan.cumplimiento ?? 0) > 10) expect(nombrada(c.plan.metas)).toBe(true);
        // a sheet whose programmed metas (two or more) all lack the vigencia's report
        for (const nombre of new Set(c.metas.map((m) => m.meta.hoja))) {
          const programadas = c.metas.filter((m) => m.meta.hoja === nombre && m.estado !== "NO_PROGRAMADA");
          if (programadas.length >= 2 && programadas.every((m) => m.estado === "SIN_REPORTE"))
            expect({ nombre, nombrada: dudosas.has(nombre) }).toEqual({ nombre, nombrada: true });
        }
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });

  it("sin la columna de ejecutado de la vigencia, la hoja dice por qué (SPEC §3.6)", () => {
    fc.assert(
      fc.property(hojaArb, (h) => {
        const filas = h.filas.map((f) => ({ ...f, p25: 10 }));
        const c = consolidar(libro([grilla("PDM", { ...h, filas, sinEjecutado2025: true })]), { vigencia: 2025 });
        const motivos = c.hallazgos.filter((x) => x.codigo === "A-RECONOCIMIENTO-DUDOSO" && x.hoja === "PDM").map((x) => String(x.params["motivo"]));
        if (filas.length >= 2) expect(motivos).toContainEqual(expect.stringContaining("ninguna meta programada en 2025 tiene ejecución reportada"));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
