import { crearHallazgo } from "../../../src/core/hallazgos/crear";
import type { CodigoHallazgo } from "../../../src/core/hallazgos/codigos";
import type { NivelMeta } from "../../../src/core/matriz/tipos";
import type { Ajustes } from "../../../src/core/calculo/tipos";
import { calcular, meta, type OpcionesLectura, type OpcionesMeta } from "./_meta";

/** Codes and cells the engine raises for one meta (fila 7: P2024 in M7, E2024 in N7, P2025 in O7). */
function hallazgos(o: OpcionesMeta, ajustes: Ajustes = { vigencia: 2024 }, l: OpcionesLectura = {}): [CodigoHallazgo, string | null][] {
  return calcular([meta({ fila: 7, ...o })], ajustes, l).hallazgos.map((h) => [h.codigo, h.celda]);
}

describe("hallazgos del cálculo, con hoja y celda (SPEC §7)", () => {
  it("E-SIN-META-CUATRIENIO: sin meta cuatrienio ni programado, en un plan de cuatrienio", () => {
    // one year and no meta cuatrienio alone would be detected as a one-year plan (issue 13)
    expect(hallazgos({ m: null, anios: { 2024: { p: null, e: 3 } } }, { vigencia: 2024, modoPlan: "cuatrienio" })).toContainEqual([
      "E-SIN-META-CUATRIENIO",
      "D7",
    ]);
  });

  test.each<[CodigoHallazgo, string, OpcionesMeta, string]>([
    ["E-SIN-LINEA-BASE", "DECRECIENTE sin línea base", { tipo: "DECRECIENTE", lb: null, m: 10, anios: { 2024: { p: 15, e: 16 } } }, "C7"],
    ["A-EJECUCION-SIN-PROGRAMACION", "E > 0 con P = 0", { m: 10, anios: { 2024: { p: 0, e: 5 } } }, "N7"],
    ["A-SIN-REPORTE", "P > 0 y E vacío", { m: 10, anios: { 2024: { p: 10, e: null } } }, "N7"],
    ["A-SIN-REPORTE", "P > 0 y E = ND", { m: 10, anios: { 2024: { p: 10, e: "ND" } } }, "N7"],
    ["A-SOBREEJECUCION", "130 % (> 125 %)", { m: 40, anios: { 2024: { p: 10, e: 13 } } }, "N7"],
    ["A-PROBABLE-ERROR", "160 % (> 150 %)", { m: 40, anios: { 2024: { p: 10, e: 16 } } }, "N7"],
    ["A-PROBABLE-ERROR", "E más de 10 × P", { tipo: "CRECIENTE", lb: -100, m: 40, anios: { 2024: { p: 1, e: 11 } } }, "N7"],
    ["A-PROBABLE-ERROR", "cuatrienio de 5.035 % (P y E en puntos, M en fracción)", { unidad: "Número", m: 1, anios: { 2024: { p: 53, e: 50.35 } } }, "D7"],
    ["A-PORCENTAJE-NEGATIVO", "CRECIENTE por debajo de la LB", { tipo: "CRECIENTE", lb: 60, m: 80, anios: { 2024: { p: 70, e: 55 } } }, "N7"],
    ["A-ESCALA-MEZCLADA", "unidad porcentaje, P fracción y E en puntos", { unidad: "Porcentaje", m: 1, anios: { 2024: { p: 0.53, e: 50.35 } } }, "N7"],
    ["A-ESCALA-MEZCLADA", "unidad %, P en puntos y E fracción", { unidad: "%", m: 100, anios: { 2024: { p: 53, e: 0.5 } } }, "N7"],
    ["A-SUMA-PROGRAMADO", "Σ P = 11 con M = 10", { m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3 }, 2026: { p: 3 }, 2027: { p: 3 } } }, "D7"],
    ["A-CONSTANTE-PROGRAMADO", "P 2025 = 900 con M = 884", { tipo: "CONSTANTE", m: 884, anios: { 2024: { p: 884, e: 884 }, 2025: { p: 900 } } }, "O7"],
    ["A-SENTIDO-META", "CRECIENTE con M < LB", { tipo: "CRECIENTE", lb: 60, m: 50, anios: { 2024: { p: 55, e: 55 } } }, "D7"],
    ["A-SENTIDO-META", "DECRECIENTE con M > LB", { tipo: "DECRECIENTE", lb: 20, m: 25, anios: { 2024: { p: 22, e: 22 } } }, "D7"],
    [
      "A-DISCREPANCIA-REPORTADO",
      "la matriz dice 20 % y el cálculo 100 %",
      { m: 40, anios: { 2024: { p: 10, e: 10 } }, reportados: [{ anio: 2024, alcance: "vigencia", valor: 0.2 }] },
      "BI7",
    ],
    [
      "A-DISCREPANCIA-REPORTADO",
      "% del cuatrienio reportado distinto de A",
      { m: 40, anios: { 2024: { p: 10, e: 10 } }, reportados: [{ anio: null, alcance: "cuatrienio", valor: 0.5 }] },
      "BI7",
    ],
  ])("%s: %s", (codigo, _n, o, celda) => {
    expect(hallazgos(o)).toContainEqual([codigo, celda]);
  });

  test.each<[CodigoHallazgo, string, OpcionesMeta]>([
    ["A-SOBREEJECUCION", "120 % no llega a 125 %", { m: 40, anios: { 2024: { p: 10, e: 12 } } }],
    ["A-SOBREEJECUCION", "por encima de 150 % solo se avisa el probable error", { m: 40, anios: { 2024: { p: 10, e: 16 } } }],
    ["A-ESCALA-MEZCLADA", "unidad Número", { unidad: "Número", m: 1, anios: { 2024: { p: 0.53, e: 50.35 } } }],
    ["A-ESCALA-MEZCLADA", "ambos en fracción", { unidad: "Porcentaje", m: 1, anios: { 2024: { p: 0.53, e: 0.5 } } }],
    ["A-ESCALA-MEZCLADA", "E = 0 no es otra escala", { unidad: "Porcentaje", m: 100, anios: { 2024: { p: 53, e: 0 } } }],
    ["A-SUMA-PROGRAMADO", "Σ P dentro del ± 1 %", { m: 100, anios: { 2024: { p: 25, e: 2 }, 2025: { p: 25 }, 2026: { p: 25 }, 2027: { p: 25.5 } } }],
    [
      "A-SUMA-PROGRAMADO",
      "la meta del año (META 2024) es la programación del plan",
      { m: 10, anios: { 2024: { p: 3, metaAnio: 2, e: 2 }, 2025: { p: 3 }, 2026: { p: 3 }, 2027: { p: 2 } } },
    ],
    ["A-SUMA-PROGRAMADO", "la matriz no tiene todo el cuatrienio", { m: 10, anios: { 2024: { p: 2, e: 2 } } }],
    [
      "A-DISCREPANCIA-REPORTADO",
      "diferencia de 0,4 pt",
      { m: 40, anios: { 2024: { p: 10, e: 10 } }, reportados: [{ anio: 2024, alcance: "vigencia", valor: 0.996 }] },
    ],
    [
      "A-DISCREPANCIA-REPORTADO",
      "la matriz topa en 100 % un 117 %",
      { m: 40, anios: { 2024: { p: 10, e: 11.7 } }, reportados: [{ anio: 2024, alcance: "vigencia", valor: 1 }] },
    ],
    [
      "A-DISCREPANCIA-REPORTADO",
      "año posterior a la vigencia",
      { m: 40, anios: { 2024: { p: 10, e: 10 }, 2025: { p: 10, e: 1 } }, reportados: [{ anio: 2025, alcance: "vigencia", valor: 1 }] },
    ],
    ["A-EJECUCION-SIN-PROGRAMACION", "E = 0 sin programación", { m: 10, anios: { 2024: { p: 0, e: 0 } } }],
  ])("sin %s cuando %s", (codigo, _n, o) => {
    expect(hallazgos(o).map(([c]) => c)).not.toContain(codigo);
  });

  it("los hallazgos del reconocimiento van primero, luego los del cálculo", () => {
    const previo = crearHallazgo("E-NO-NUMERICO", "Matriz", "N3", "Meta cumplida", { campo: "ejecutado 2024" });
    const c = calcular([meta({ m: 10, anios: { 2024: { p: 10, e: null } } })], { vigencia: 2024 }, { hallazgos: [previo] });
    expect(c.hallazgos.map((h) => h.codigo)).toEqual(["E-NO-NUMERICO", "A-SIN-REPORTE"]);
    expect(c.hallazgos[1]?.hoja).toBe("Matriz");
    expect(c.hallazgos[1]?.mensaje).toBe("La meta está programada en 2024 y no tiene reporte de ejecución.");
  });
});

describe("A-SIN-OBSERVACION (SPEC §7)", () => {
  const conColumna = { observaciones: true };
  test.each<[string, OpcionesMeta, OpcionesLectura, boolean]>([
    ["sin reporte y sin observación", { m: 10, anios: { 2024: { p: 10, e: null } } }, conColumna, true],
    ["ND sin observación", { m: 10, anios: { 2024: { p: 10, e: "ND" } } }, conColumna, true],
    ["sobreejecución sin observación", { m: 40, anios: { 2024: { p: 10, e: 13 } } }, conColumna, true],
    ["sin reporte con observación", { m: 10, observacion: "Contrato en trámite", anios: { 2024: { p: 10, e: null } } }, conColumna, false],
    ["sin columna de observaciones", { m: 10, anios: { 2024: { p: 10, e: null } } }, {}, false],
    ["reportada en cumplimiento", { m: 10, anios: { 2024: { p: 10, e: 10 } } }, conColumna, false],
  ])("%s", (_n, o, l, espera) => {
    const encontrados = hallazgos(o, { vigencia: 2024 }, l).filter(([c]) => c === "A-SIN-OBSERVACION");
    expect(encontrados).toEqual(espera ? [["A-SIN-OBSERVACION", "BO7"]] : []);
  });
});

describe("A-PONDERACION-NO-SUMA-100 (SPEC §5.7)", () => {
  const eje = (codigo: string, peso: number | null): NivelMeta => ({ nivel: "eje", codigo, nombre: `Eje ${codigo}`, peso });
  const pesos = (lista: number[]) =>
    calcular(
      lista.map((p, i) => meta({ fila: 20 + i, niveles: [eje(String(i + 1), p)], anios: { 2024: { p: 1, e: 1 } } })),
      { vigencia: 2024 },
      { pesos: [{ nivel: "eje", letra: "B" }] },
    ).hallazgos.filter((h) => h.codigo === "A-PONDERACION-NO-SUMA-100");

  it("0,235 + 0,114 + 0,113 + 0,432 + 0,084 = 97,8 %: una vez, en la columna de pesos de la primera meta", () => {
    const h = pesos([0.235, 0.114, 0.113, 0.432, 0.084]);
    expect(h.map((x) => [x.hoja, x.celda, x.mensaje])).toEqual([
      ["Matriz", "B20", "Las ponderaciones de cada eje del plan suman 97,8 %, no 100 %; se normalizan."],
    ]);
  });

  test.each<[string, number[]]>([
    ["fracciones que suman 1", [0.24, 0.12, 0.113, 0.438, 0.089]],
    ["puntos que suman 100", [46.2, 53.8]],
    ["dentro de ± 0,5 pt", [0.5, 0.497]],
  ])("sin hallazgo con %s", (_n, lista) => {
    expect(pesos(lista)).toEqual([]);
  });
});
