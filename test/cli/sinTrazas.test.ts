/**
 * Issue 10 "must show": whatever the input, `seguimiento consolidar` ends with an exit code of
 * SPEC §9 (0, 1 or 2) and Spanish messages — never a thrown error, a Node stack trace or an
 * «error interno». Seeded property test over random small layouts written to real .xlsx files,
 * with random (sometimes invalid) parameters and --mapa files.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli";

jest.setTimeout(60_000);

const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-sin-trazas-"));

const ENCABEZADOS = [
  "Dependencia",
  "Secretaría responsable",
  "Responsable",
  "Código",
  "Cód. meta",
  "Meta de producto",
  "Meta",
  "Descripción de la meta",
  "Indicador de producto",
  "Meta cuatrienio",
  "Meta 2024-2027",
  "Valor esperado cuatrienio",
  "Tipo de acumulación",
  "Unidad de medida",
  "Línea base",
  "Observaciones",
  "Eje",
  "Programa",
  "% de avance",
  "Presupuesto programado",
  "Presupuesto ejecutado",
  "Ponderación",
  "Vigencia",
  "Periodo",
  "",
  "Columna1",
];
const anual = fc
  .tuple(
    fc.constantFrom("Programado", "Ejecutado", "Meta", "Avance", "Programación", "Ejecución", "Magnitud ejecutada al corte"),
    fc.integer({ min: 2020, max: 2027 }),
    fc.constantFrom("", " T1", " T2", " T3", " T4", " total"),
  )
  .map(([p, a, t]) => `${p} ${a}${t}`);
const encabezado = fc.oneof(fc.constantFrom(...ENCABEZADOS), anual);
/** A plausible matrix header (most real layouts), with extra random columns after it. */
const PLAUSIBLE = ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"];
const encabezados = fc.oneof(
  fc.array(encabezado, { minLength: 1, maxLength: 10 }),
  fc.tuple(fc.subarray(PLAUSIBLE, { minLength: 4 }), fc.array(encabezado, { maxLength: 3 })).map(([a, b]) => [...a, ...b]),
);

const TEXTOS = [
  "Meta cumplida",
  "ND",
  "NA",
  "N/A",
  "50%",
  "1.234,5",
  "1,234.56",
  "Secretaría de Salud",
  "Secretaría de Educación",
  "SUMA",
  "CRECIENTE",
  "=SUMA(A1)",
  "-",
  " ",
];
const celda: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 1000 }) },
  { weight: 1, arbitrary: fc.double({ min: -5, max: 5000, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.constantFrom(...TEXTOS) },
  { weight: 1, arbitrary: fc.constantFrom("#REF!", "#DIV/0!", "#N/A", "#VALUE!").map((error): ExcelJS.CellErrorValue => ({ error })) },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.date({ min: new Date("2020-01-01"), max: new Date("2028-01-01"), noInvalidDate: true }) },
);

const numero = fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 0, max: 100 }) }, { weight: 1, arbitrary: celda });
/** A row shaped like PLAUSIBLE's (dependency, code, name, figures), any cell of it possibly odd. */
const filaPlausible = fc
  .tuple(
    fc.constantFrom("Secretaría de Salud", "Secretaría de Educación", "Secretaría de Gobierno"),
    fc.integer({ min: 1000, max: 9999 }).map(String),
    fc.constantFrom("Vacunar niños", "Construir vías", "Formar docentes"),
    numero,
    numero,
    numero,
    fc.array(celda, { maxLength: 3 }),
  )
  .map(([d, c, m, a, b, e, resto]): ExcelJS.CellValue[] => [d, c, m, a, b, e, ...resto]);
const hoja = fc.record({
  titulos: fc.array(
    fc.constantFrom("PLAN DE DESARROLLO 2024-2027", "Seguimiento con corte a 30 de septiembre de 2025", "Vigencia 2025", "MATRIZ DE SEGUIMIENTO"),
    { maxLength: 2 },
  ),
  encabezados,
  filas: fc.array(fc.oneof(filaPlausible, fc.array(celda, { maxLength: 10 })), { maxLength: 6 }),
});
const NOMBRES = ["PDM", "PDM 2025", "METAS 2024", "Hoja1", "SEC. SALUD", "Resumen", "Datos", "Copia de PDM"];
const libro = fc
  .uniqueArray(fc.constantFrom(...NOMBRES), { minLength: 1, maxLength: 3 })
  .chain((nombres) => fc.tuple(...nombres.map((n) => hoja.map((h) => ({ nombre: n, ...h })))));

const MAPAS = [
  JSON.stringify([{ hoja: "PDM", columnas: { B: { campo: null } } }]),
  JSON.stringify({ correcciones: [{ hoja: "PDM 2025", filaEncabezado: 2, lecturaTrimestral: "acumuladoAnio" }] }),
  JSON.stringify([
    { hoja: "Hoja1", ignorar: true },
    { hoja: "PDM", columnas: { C: { campo: "ejecutado", anio: 2025, trimestre: 3 } } },
  ]),
  JSON.stringify([{ hoja: "PDM", columnas: { C: { campo: "avance" } } }]),
  JSON.stringify([{ hoja: "PDM", columnas: { C: { campo: "ejecutado", trimestre: 7 } } }]),
  "{no es json",
  "",
];
/** An option mostly absent, often valid, sometimes invalid (so that most runs get past the arguments). */
const opcion = (nombre: string, validos: readonly string[], invalidos: readonly string[]): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constant<string[]>([]) },
    { weight: 6, arbitrary: fc.constantFrom(...validos).map((v) => [nombre, v]) },
    { weight: 1, arbitrary: fc.constantFrom(...invalidos).map((v) => [nombre, v]) },
  );
const parametros = fc.tuple(
  // 2020 and 2031 are well-formed years the random matrices rarely hold.
  opcion("--vigencia", ["2024", "2025", "2025", "2020", "2031"], ["25", "abc"]),
  opcion("--corte", ["T1", "T3", "T4", "t2", "2025-06-30", "2024-12-31", "2031-01-01"], ["2025-02-30", "septiembre"]),
  opcion("--tope", ["100", "ninguno"], ["50"]),
  opcion("--semaforo", ["municipal-3", "dnp-5", "cuatro-niveles", "segplan"], ["rojo"]),
  fc.constantFrom<"sin" | "salida" | "json">("sin", "salida", "json"),
  // MAPAS: 0–2 valid, 3–6 invalid.
  fc.oneof(
    { weight: 12, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: fc.constantFrom(0, 1, 2) },
    { weight: 1, arbitrary: fc.constantFrom(3, 4, 5, 6) },
  ),
);

let n = 0;

async function escribirLibro(hojas: readonly { nombre: string; titulos: string[]; encabezados: string[]; filas: ExcelJS.CellValue[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const h of hojas) {
    const ws = wb.addWorksheet(h.nombre);
    for (const t of h.titulos) ws.addRow([t]);
    ws.addRow(h.encabezados);
    for (const f of h.filas) ws.addRow(f);
  }
  const ruta = path.join(tmp, `libro-${n++}.xlsx`);
  await wb.xlsx.writeFile(ruta);
  return ruta;
}

describe("no input or option ends in a stack trace (issue 10)", () => {
  it("consolidar on random layouts and parameters exits 0, 1 or 2 with Spanish messages only", async () => {
    await fc.assert(
      fc.asyncProperty(libro, parametros, async (hojas, [vigencia, corte, tope, semaforo, salida, mapa]) => {
        const ruta = await escribirLibro(hojas);
        const argv = ["consolidar", ruta, ...vigencia, ...corte, ...tope, ...semaforo];
        if (salida === "sin") argv.push("--sin-salida");
        if (salida === "salida") argv.push("--salida", path.join(tmp, `salida-${n}.xlsx`));
        if (salida === "json") argv.push("--sin-salida", "--json", "-");
        if (mapa !== null) {
          const rutaMapa = path.join(tmp, `mapa-${n}.json`);
          writeFileSync(rutaMapa, MAPAS[mapa] ?? "");
          argv.push("--mapa", rutaMapa);
        }
        let err = "";
        const codigo = await main(argv, { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY: false } });
        expect([0, 1, 2]).toContain(codigo);
        expect(err).not.toMatch(/\n\s+at /);
        expect(err).not.toMatch(/error interno/);
        // A failure always says why, in one of the CLI's Spanish forms.
        if (codigo !== 0) expect(err).toMatch(/^(error: |No se pudo consolidar: )/m);
      }),
      { seed: 20251010, numRuns: 40 },
    );
  });
});
