/**
 * The `seguimiento` command line run in-process (main(argv, io)) on the bundled example:
 * exit codes of SPEC §9, the terminal table, the --json contract, Spanish help and messages.
 */
import ExcelJS from "exceljs";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, promises as fsp, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ResumenJson } from "../../src/core/resumenJson";
import { correrCli as correr, type Corrida } from "../helpers/cli";
import { generarXlsxGrande } from "../../scripts/ejemplo";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-cli-"));

/** The example's facts, read from its cells with exceljs (not through the engine). */
async function hechosDelEjemplo(): Promise<{ metas: number; celdaMetaCumplida: string; hojas: string[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EJEMPLO);
  let metas = 0;
  let celdaMetaCumplida = "";
  wb.eachSheet((ws) =>
    ws.eachRow((row, n) =>
      row.eachCell((c) => {
        if (c.value === "Meta cumplida") celdaMetaCumplida = c.address;
        if (typeof c.value === "string" && /^\d{7}$/.test(c.value) && n > 4) metas++;
      }),
    ),
  );
  return { metas, celdaMetaCumplida, hojas: wb.worksheets.map((w) => w.name) };
}

const DEPENDENCIAS = [
  "Secretaría de Salud",
  "Secretaría de Educación",
  "Secretaría de Gobierno",
  "Secretaría de Infraestructura",
  "Secretaría de Hacienda",
  "Secretaría de Planeación",
  "Secretaría de Desarrollo Económico",
];
const sinStack = (s: string): boolean => !/\n\s+at /.test(s);

describe("seguimiento consolidar on the bundled example (SPEC §9)", () => {
  let corrida: Corrida;
  let json: ResumenJson;
  const rutaJson = path.join(tmp, "resumen.json");
  beforeAll(async () => {
    corrida = await correr("consolidar", EJEMPLO, "--sin-salida", "--json", rutaJson);
    json = JSON.parse(readFileSync(rutaJson, "utf8")) as ResumenJson;
  });

  it("exits 0", () => {
    expect(corrida.codigo).toBe(0);
  });

  it("prints a table with one row per dependency, the plan total and es-CO percentages", () => {
    expect(corrida.out).toMatch(/Dependencia\s+Metas\s+Programadas\s+Sin reporte\s+% vigencia\s+% cuatrienio\s+Semáforo/);
    for (const d of DEPENDENCIAS) expect(corrida.out).toMatch(new RegExp(`^${d}\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d{1,3},\\d %\\s+\\d{1,3},\\d %\\s+\\S`, "m"));
    expect(corrida.out).toMatch(/^Total del plan\s+\d+/m);
  });

  it("summarises the findings by severity and code", () => {
    expect(corrida.out).toMatch(/Hallazgos: \d+ errores? y \d+ advertencias?/);
    expect(corrida.out).toMatch(/^\s+E-NO-NUMERICO\s+\d+$/m);
  });

  it("writes the JSON with the contract's top-level fields", () => {
    expect(Object.keys(json).sort()).toEqual(["corte", "grupos", "hallazgos", "hojas", "metas", "motivo_vigencia", "plan", "tope", "vigencia"]);
    expect(json.vigencia).toBe(2025);
    expect(json.corte).toBe("2025-12-31");
    expect(json.tope).toBe("100");
  });

  it("JSON: plan counts every meta of the example; percentages are fractions", async () => {
    const { metas } = await hechosDelEjemplo();
    expect(json.plan.metas).toBe(metas);
    expect(json.metas).toHaveLength(metas);
    for (const m of json.metas) {
      expect(Object.keys(m).sort()).toEqual(
        ["codigo", "estado", "grupo", "hoja", "fila", "nombre", "pct_cuatrienio", "pct_vigencia", "pct_vigencia_sin_tope", "tipo"].sort(),
      );
      if (m.pct_vigencia !== null) expect(m.pct_vigencia).toBeLessThanOrEqual(1);
    }
    expect(json.plan.pct_vigencia).toBeGreaterThan(0);
    expect(json.plan.pct_vigencia).toBeLessThanOrEqual(1);
  });

  it("JSON: grupos hold every dependency and the eje and programa levels", () => {
    const deps = json.grupos.filter((g) => g.nivel === "dependencia").map((g) => g.nombre);
    expect(deps.sort()).toEqual([...DEPENDENCIAS].sort());
    expect(json.grupos.filter((g) => g.nivel === "eje")).toHaveLength(4);
    expect(json.grupos.some((g) => g.nivel === "programa")).toBe(true);
  });

  it("JSON: the «Meta cumplida» cell is an E-NO-NUMERICO finding at its address", async () => {
    const { celdaMetaCumplida } = await hechosDelEjemplo();
    expect(json.hallazgos).toContainEqual(
      expect.objectContaining({ codigo: "E-NO-NUMERICO", severidad: "error", hoja: "PDM 2024-2027", celda: celdaMetaCumplida, valor: "Meta cumplida" }),
    );
  });

  it("JSON: every sheet is listed, the instructions sheet as not recognised", async () => {
    const { hojas } = await hechosDelEjemplo();
    expect(json.hojas.map((h) => h.hoja)).toEqual(hojas);
    expect(json.hojas.find((h) => h.hoja === "Instrucciones")?.reconocida).toBe(false);
    const pdm = json.hojas.find((h) => h.hoja === "PDM 2024-2027");
    expect(pdm?.columnas).toContainEqual({ columna: "N", campo: "programado", anio: 2025, trimestre: null });
  });

  it("--json - writes pure JSON on stdout and the table on stderr", async () => {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    expect((JSON.parse(r.out) as ResumenJson).plan.metas).toBe(json.plan.metas);
    expect(r.err).toMatch(/Total del plan/);
  });

  it("--tope ninguno keeps raw percentages above 100 % (SPEC §5.6)", async () => {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", "--tope", "ninguno", "--json", "-");
    const s = JSON.parse(r.out) as ResumenJson;
    expect(s.tope).toBe("ninguno");
    expect(s.metas.some((m) => (m.pct_vigencia ?? 0) > 1)).toBe(true);
  });
});

describe("seguimiento consolidar: the settings of SPEC §8 reach the engine", () => {
  test.each([
    [["--vigencia", "2024"], (s: ResumenJson) => s.vigencia === 2024],
    [["--corte", "2025-06-30"], (s: ResumenJson) => s.corte === "2025-06-30"],
    [["--corte", "T2"], (s: ResumenJson) => s.corte === "2025-06-30"],
    [
      ["--semaforo", "dnp-5"],
      (s: ResumenJson) =>
        s.grupos.every((g) => ["Sobresaliente", "Satisfactorio", "Medio", "Bajo", "Crítico", "Sin programación", "Sin reporte"].includes(g.semaforo)) &&
        s.grupos.some((g) => ["Satisfactorio", "Medio", "Crítico"].includes(g.semaforo)),
    ],
  ])("%j", async (opciones, cumple) => {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", "--json", "-", ...opciones);
    expect(r.codigo).toBe(0);
    expect(cumple(JSON.parse(r.out) as ResumenJson)).toBe(true);
  });
});

describe("seguimiento consolidar: output workbook", () => {
  it("writes <archivo>.consolidado.xlsx beside the first file and leaves the input untouched", async () => {
    const dir = mkdtempSync(path.join(tmp, "salida-"));
    const entrada = path.join(dir, "plan.xlsx");
    copyFileSync(EJEMPLO, entrada);
    const antes = createHash("sha256").update(readFileSync(entrada)).digest("hex");
    const r = await correr("consolidar", entrada);
    expect(r.codigo).toBe(0);
    const salida = path.join(dir, "plan.consolidado.xlsx");
    expect(existsSync(salida)).toBe(true);
    expect(createHash("sha256").update(readFileSync(entrada)).digest("hex")).toBe(antes);
    expect(r.out).toContain(`Libro consolidado: ${salida}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(salida);
    const nombres = wb.worksheets.map((w) => w.name);
    // the input's sheets, then the owned sheets of SPEC §6
    expect(nombres.slice(0, 3)).toEqual(["PDM 2024-2027", "SEC. SALUD", "Instrucciones"]);
    expect(nombres).toEqual(expect.arrayContaining(["Resumen", "Por dependencia", "Alertas", "Hallazgos", "Datos"]));
  });

  test.each([["--salida"], ["--json"]])("refuses to write %s over an input file (exit 2)", async (opcion) => {
    const antes = readFileSync(EJEMPLO);
    const r = await correr("consolidar", EJEMPLO, opcion, EJEMPLO);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(new RegExp(`nunca se modifican\\. Use otra ruta en ${opcion}`));
    expect(readFileSync(EJEMPLO).equals(antes)).toBe(true);
  });
});

describe("seguimiento consolidar: several files consolidate together", () => {
  it("reads every sheet of every file; no progress bar when stderr is not a terminal", async () => {
    const otro = path.join(tmp, "otro.xlsx");
    writeFileSync(otro, await generarXlsxGrande(40));
    const r = await correr("consolidar", EJEMPLO, otro, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    const s = JSON.parse(r.out) as ResumenJson;
    const { metas } = await hechosDelEjemplo();
    expect(s.plan.metas).toBe(metas + 40);
    expect(s.hojas.map((h) => h.hoja)).toContain("PDM");
    expect(r.err).not.toMatch(/Leyendo archivos/);
  });

  it("a later file that cannot be read is left out with a notice on stderr and the others consolidate (exit 0, issue 14)", async () => {
    const otro = path.join(tmp, "otro-bien.xlsx");
    writeFileSync(otro, await generarXlsxGrande(40));
    const roto = path.join(tmp, "roto.xlsx");
    writeFileSync(roto, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const r = await correr("consolidar", EJEMPLO, roto, otro, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    expect(r.err).toMatch(/aviso: «roto\.xlsx» no se pudo leer: «roto\.xlsx» está dañado.* Se omitió; los demás archivos se consolidaron\./);
    const s = JSON.parse(r.out) as ResumenJson;
    const { metas } = await hechosDelEjemplo();
    expect(s.plan.metas).toBe(metas + 40);
  });

  it("the first file — the one written to — unreadable stops the run with its Spanish error (exit 1)", async () => {
    const roto = path.join(tmp, "primero-roto.xlsx");
    writeFileSync(roto, "no es un libro");
    const salida = path.join(tmp, "primero-roto.consolidado.xlsx");
    const r = await correr("consolidar", roto, EJEMPLO, "--salida", salida);
    expect(r.codigo).toBe(1);
    expect(r.err).toMatch(/^error: .*«primero-roto\.xlsx»/m);
    expect(existsSync(salida)).toBe(false);
  });
});

describe("Spanish --help (exit 0)", () => {
  test.each([[["--help"]], [["consolidar", "--help"]], [["help", "consolidar"]]])("%j", async (argv) => {
    const r = await correr(...argv);
    expect(r.codigo).toBe(0);
    expect(r.out).toMatch(/^Uso: seguimiento/);
    expect(r.out).toMatch(/Opciones:/);
    expect(r.out).toMatch(/-h, --help\s+muestra esta ayuda/);
    expect(r.out).not.toMatch(/Usage|Options|display help|\[options\]|default:/);
  });

  it("consolidar --help documents every option of SPEC §9 and the exit codes", async () => {
    const r = await correr("consolidar", "--help");
    for (const o of ["--vigencia", "--corte", "--tope", "--semaforo", "--salida", "--json"]) expect(r.out).toContain(o);
    expect(r.out).toMatch(/Códigos de salida: 0 .* 1 .* 2 uso incorrecto/);
  });
});

describe("bad usage exits 2 with a Spanish message", () => {
  test.each([
    [[], /Uso: seguimiento/],
    [["consolidar"], /falta el argumento obligatorio «archivos»/],
    [["consolidar", EJEMPLO, "--tope", "50"], /el valor «50» de la opción «--tope.*no es válido: «50» no es válido; use 100 o ninguno/],
    [["consolidar", EJEMPLO, "--semaforo", "rojo"], /el valor «rojo» de la opción «--semaforo/],
    [["consolidar", EJEMPLO, "--corte", "septiembre"], /AAAA-MM-DD .* T1 a T4/],
    [["consolidar", EJEMPLO, "--vigencia", "25"], /año de cuatro cifras/],
    // Well-formed options the matrix cannot honour (issue 10: these were stack traces).
    [["consolidar", EJEMPLO, "--sin-salida", "--vigencia", "2031"], /^error: La vigencia 2031 no está en la matriz \(vigencias encontradas: [\d, ]*2025/],
    [["consolidar", EJEMPLO, "--sin-salida", "--vigencia", "2025", "--corte", "2024-06-30"], /^error: El corte 2024-06-30 no cae en la vigencia 2025/],
    [["consolidar", EJEMPLO, "--colores"], /opción desconocida «--colores»/],
    [["resumir", EJEMPLO], /orden desconocida «resumir»/],
  ])("%j", async (argv, mensaje) => {
    const r = await correr(...argv);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(mensaje);
    expect(sinStack(r.err)).toBe(true);
    expect(r.out).toBe("");
  });
});

describe("input that stops the run exits 1 with a Spanish message and no stack trace", () => {
  const noXlsx = path.join(tmp, "notas.txt");
  const corrupto = path.join(tmp, "danado.xlsx");
  const sinMatriz = path.join(tmp, "sin-matriz.xlsx");
  beforeAll(async () => {
    writeFileSync(noXlsx, "esto no es un libro\n");
    // A zip signature followed by garbage: looks like an .xlsx, cannot be opened.
    writeFileSync(corrupto, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Notas");
    ws.getCell("A1").value = "Acta de reunión del comité";
    ws.getCell("A2").value = "Asistentes: 12";
    await wb.xlsx.writeFile(sinMatriz);
  });

  test.each([
    ["a missing file", () => path.join(tmp, "no-existe.xlsx"), /No se encontró el archivo «no-existe\.xlsx»/],
    ["a non-xlsx file", () => noXlsx, /«notas\.txt» no es un libro de Excel \.xlsx/],
    ["a corrupt file", () => corrupto, /«danado\.xlsx» está dañado/],
    ["a workbook without any matrix", () => sinMatriz, /No se pudo consolidar: Ninguna hoja del libro contiene una matriz/],
  ])("%s", async (_, ruta, mensaje) => {
    const r = await correr("consolidar", ruta(), "--sin-salida");
    expect(r.codigo).toBe(1);
    expect(r.err).toMatch(mensaje);
    expect(sinStack(r.err)).toBe(true);
  });

  it("a file locked by another program (EBUSY, as Excel on Windows leaves it)", async () => {
    // Tests run as root here, so a real lock cannot be made: the file system's answer is simulated.
    const bloqueado = Object.assign(new Error("EBUSY: resource busy or locked"), { code: "EBUSY" });
    // The file exists (a locked file is there): the reader looks at it before reading it.
    const abierto = path.join(tmp, "abierto-en-excel.xlsx");
    copyFileSync(EJEMPLO, abierto);
    const espia = jest.spyOn(fsp, "readFile").mockRejectedValueOnce(bloqueado);
    try {
      const r = await correr("consolidar", abierto, "--sin-salida");
      expect(r.codigo).toBe(1);
      expect(r.err).toMatch(/No se pudo abrir «abierto-en-excel\.xlsx»: está bloqueado/);
      expect(sinStack(r.err)).toBe(true);
    } finally {
      espia.mockRestore();
    }
  });
});
