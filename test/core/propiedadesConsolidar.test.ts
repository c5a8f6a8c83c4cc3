/**
 * Zero throws in the core (issue 10, STYLE §4 "two tiers of failure"): bad data becomes findings, so
 * consolidar on any workbook with any settings either returns or throws ErrorParametros — a setting
 * that does not fit the matrix — with a Spanish message the pane and the CLI show as is.
 */
import fc from "fast-check";
import { consolidar } from "../../src/core/calculo/consolidar";
import { ErrorParametros } from "../../src/core/fallos";
import type { Ajustes } from "../../src/core/calculo/tipos";
import { CULTURA_EN_US, CULTURA_ES_CO, type Combinada, type Hoja, type Libro, type Valor } from "../../src/core/grid/libro";
import type { Campo, CorreccionHoja } from "../../src/core/matriz/tipos";

const ENCABEZADOS = [
  "Código",
  "Meta de producto",
  "Nombre indicador",
  "Meta 2024",
  "Avance meta 2024",
  "Meta 2025",
  "Avance meta 2025",
  "T1. PLANEADO 2024",
  "T1. EJECUTADO 2024",
  "T4. PLANEADO 2024",
  "T.4 EJECUTADO 2024",
  "TOTAL PLANEADO 2024",
  "TOTAL EJECUTADO 2024",
  "Meta cuatrienio",
  "Línea base",
  "Tipo de acumulación",
  "TENDENCIA",
  "Dependencia",
  "Responsable",
  "Eje",
  "Programa",
  "Ponderación",
  "Observaciones",
  "Apropiación definitiva 2024",
  "Compromisos 2024",
  "Pagos 2024",
  "% avance cuatrienio",
  "% Ejec. 2024",
  "AÑO",
  "Vigencia",
  "Programado",
  "Ejecutado",
  "Programado al corte",
  "Unidad de medida",
  "Acumulado vigencias anteriores",
  "meta_programada",
  "Ejec24",
  "Prog25",
  "2024",
  "2025",
  "Resultado",
  "",
] as const;
const TITULOS: readonly Valor[][] = [
  ["VIGENCIA 2024"],
  ["SEGUIMIENTO PRIMER TRIMESTRE 2025 (ENERO - FEBRERO - MARZO)"],
  ["Dependencia: Secretaría de Salud"],
  ["INFORME DE EJECUCION PLAN DE DESARROLLO 2020-2023"],
  [],
];
const NOMBRES = ["PDM", "METAS 2024", "METAS 2025", "Copia de PDM", "Resumen", "SEC. GOBIERNO", "Hoja1"] as const;

const celda: fc.Arbitrary<Valor> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -10, max: 5000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.constantFrom<Valor>(0, 0.5, 1, 1e300, -1e-300, null, null, null) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Valor>(
      "1.234,5",
      "50%",
      " 7 ",
      "ND",
      "NA",
      "N.A.",
      "Meta cumplida",
      "TOTAL",
      "SUBTOTAL",
      "Incremento",
      "Mantenimiento",
      "Creciente",
      "Reducción",
      "I",
      "M",
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<Valor>({ error: "#REF!" }, { error: "#DIV/0!" }, true, false, "=SUMA(A1)", "Secretaría de Salud") },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
);

const areaArb: fc.Arbitrary<Combinada> = fc.record({
  fila: fc.nat(14),
  columna: fc.nat(10),
  filas: fc.integer({ min: 1, max: 4 }),
  columnas: fc.integer({ min: 1, max: 3 }),
});

/** A messy sheet: title rows, one or two header rows from real headers, value rows, merged areas. */
const hojaArb = fc
  .record({
    titulos: fc.array(fc.constantFrom(...TITULOS), { maxLength: 3 }),
    encabezados: fc.array(fc.array(fc.constantFrom<Valor>(...ENCABEZADOS, null), { minLength: 2, maxLength: 12 }), { minLength: 1, maxLength: 2 }),
    filas: fc.array(fc.array(celda, { maxLength: 12 }), { maxLength: 12 }),
    combinadas: fc.array(areaArb, { maxLength: 4 }),
    visible: fc.option(fc.boolean(), { nil: undefined }),
    // most real sheets open with a code and a name: their rows are metas, so the computation runs
    identificadas: fc.boolean(),
  })
  .map((h) => {
    const antes = (fila: readonly Valor[], i: number): Valor[] => (h.identificadas ? [`${i + 1}`, `Meta de producto ${i + 1}`, ...fila] : [...fila]);
    const encabezados = h.encabezados.map((e, k) => (h.identificadas && k === h.encabezados.length - 1 ? ["Código", "Meta de producto", ...e] : [...e]));
    return { valores: [...h.titulos.map((t) => [...t]), ...encabezados, ...h.filas.map(antes)], combinadas: h.combinadas, visible: h.visible };
  });

const libroArb: fc.Arbitrary<Libro> = fc
  .record({
    hojas: fc.uniqueArray(fc.tuple(fc.constantFrom(...NOMBRES), hojaArb), { minLength: 1, maxLength: 3, selector: ([n]) => n }),
    cultura: fc.constantFrom(CULTURA_ES_CO, CULTURA_EN_US),
    propias: fc.subarray([...NOMBRES], { maxLength: 2 }),
  })
  .map(({ hojas, cultura, propias }) => ({
    hojas: hojas.map(([nombre, h]): Hoja => ({
      nombre,
      valores: h.valores,
      combinadas: h.combinadas,
      ...(h.visible !== undefined ? { visible: h.visible } : {}),
    })),
    cultura,
    hojasPropias: propias,
  }));

const CAMPOS: readonly (Campo | null)[] = [
  "meta",
  "codigo",
  "programado",
  "ejecutado",
  "metaCuatrienio",
  "lineaBase",
  "tipo",
  "dependencia",
  "nivel",
  "ponderacion",
  "reportado",
  "observaciones",
  null,
];

const correccionArb: fc.Arbitrary<CorreccionHoja> = fc.record(
  {
    hoja: fc.constantFrom(...NOMBRES),
    filaEncabezado: fc.integer({ min: -1, max: 40 }),
    columnas: fc.dictionary(
      fc.constantFrom("A", "B", "C", "D", "E", "F", "ZZ"),
      fc.record(
        {
          campo: fc.constantFrom(...CAMPOS),
          anio: fc.option(fc.integer({ min: 1990, max: 2040 }), { nil: null }),
          trimestre: fc.constantFrom(null, 1, 2, 3, 4 as const),
          nivel: fc.constantFrom(null, "eje", "programa"),
        },
        { requiredKeys: ["campo"] },
      ),
      { maxKeys: 3 },
    ),
    ignorar: fc.boolean(),
    lecturaTrimestral: fc.constantFrom("periodo" as const, "acumuladoAnio" as const),
  },
  { requiredKeys: ["hoja"] },
);

const nivelArb = fc.record({
  nombre: fc.constantFrom("Rojo", "Verde", "", "Alto"),
  desde: fc.double({ min: -10, max: 150, noNaN: false }),
  color: fc.constantFrom("#FF0000", "rojo", "#00FF00"),
});

/** Mostly valid values, sometimes not: an early ErrorParametros must not hide what a valid setting reaches. */
const aveces = <T, U>(validos: fc.Arbitrary<T>, malos: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 4, arbitrary: validos }, { weight: 1, arbitrary: malos });

/**
 * Settings as a caller may pass them, typed or not (the CLI and the pane parse text): vigencias in
 * and out of the matrix, malformed cortes, unknown tope, semáforo and modes, bad weights.
 */
const ajustesArb = fc.record(
  {
    vigencia: aveces(
      fc.constantFrom(2024, 2025),
      fc.oneof(fc.integer({ min: 2018, max: 2030 }), fc.constantFrom(0, -1, 2024.5, Number.NaN, Number.POSITIVE_INFINITY, 99999)),
    ),
    corte: aveces(
      fc.constantFrom("T1", "T2", "T3", "T4", " t3 ", "2024-09-30", "2025-03-31"),
      fc.oneof(fc.constantFrom("T0", "T5", "2024-02-30", "2024-13-01", "30/09/2024", ""), fc.string({ maxLength: 12 })),
    ),
    tope: aveces(fc.constantFrom("100", "ninguno"), fc.constantFrom("50", "")),
    semaforo: aveces(
      fc.constantFrom("municipal-3", "dnp-5", "cuatro-niveles", "segplan"),
      fc.oneof(
        fc.constantFrom("rojo-verde", ""),
        fc.record({
          preset: fc.constant("personalizado"),
          niveles: fc.array(nivelArb, { maxLength: 5 }),
          decimales: fc.integer({ min: -1, max: 4 }),
          tope: fc.boolean(),
        }),
      ),
    ),
    esperado: aveces(fc.constantFrom("programacion", "anios-iguales", "pesos"), fc.constant("otro")),
    pesosAnio: aveces(fc.constant([0.15, 0.35, 0.35, 0.15]), fc.array(fc.double({ min: -1, max: 100, noNaN: false }), { maxLength: 5 })),
    ponderacion: aveces(fc.constantFrom("iguales", "matriz"), fc.constant("otra")),
    correcciones: fc.array(correccionArb, { maxLength: 2 }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<unknown> as fc.Arbitrary<Ajustes>;

/** Spanish, not an engine's English ("Cannot read properties of undefined"); «quoted» input aside. */
const ESPANOL = /\b(la|el|de|del|no|los|las|en|use|debe|deben|es)\b/i;
const INGLES = /\b(the|cannot|undefined|is not|of)\b/i;

function fallo(libro: Libro, ajustes: Ajustes): { nombre: string; mensaje: string } | null {
  try {
    consolidar(libro, ajustes);
    return null;
  } catch (e) {
    return {
      nombre: e instanceof ErrorParametros ? "ErrorParametros" : e instanceof Error ? `${e.name}: ${e.stack ?? ""}` : String(e),
      mensaje: e instanceof Error ? e.message : "",
    };
  }
}

/**
 * Found by this property: a matrix whose programado and ejecutado carry no year has no years to check
 * a vigencia against, and a vigencia that is not a year (2024.5, NaN) reached the computation.
 */
const SIN_ANIOS: [Libro, Ajustes][] = [2024.5, Number.NaN].map((vigencia) => [
  {
    hojas: [
      {
        nombre: "PDM",
        valores: [
          ["Código", "Meta de producto", "Programado", "Ejecutado"],
          ["1", "Meta uno", 10, 5],
        ],
        combinadas: [],
      },
    ],
    cultura: CULTURA_ES_CO,
  },
  { vigencia },
]);

describe("cero excepciones en el núcleo (issue 10, STYLE §4)", () => {
  it("consolidar devuelve un resultado o lanza solo ErrorParametros con un mensaje en español", () => {
    fc.assert(
      fc.property(libroArb, ajustesArb, (libro, ajustes) => {
        const f = fallo(libro, ajustes);
        if (f === null) return;
        expect(f.nombre).toBe("ErrorParametros");
        expect(f.mensaje).toMatch(ESPANOL);
        expect(f.mensaje.replace(/«[^»]*»/g, "«…»")).not.toMatch(INGLES);
      }),
      { seed: 20261207, numRuns: 600, examples: SIN_ANIOS },
    );
  });

  it("sin ajustes, ningún libro hace fallar a consolidar (los valores por omisión siempre caben)", () => {
    fc.assert(
      fc.property(libroArb, (libro) => {
        expect(fallo(libro, {})).toBeNull();
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
