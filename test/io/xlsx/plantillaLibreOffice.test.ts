/**
 * Issue 14, must show 2, in LibreOffice (headless, no macro): a template converted by LibreOffice
 * keeps its validation rules, its protection without password and its hidden record — LibreOffice
 * writes them back from its own model, so it has read them — and LibreOffice's own evaluation of
 * the ejecutado rule's formula rejects a text and a negative number and accepts a number, 0, ND
 * and NA. That a user typing "abc" sees the error dialog cannot be shown headless without a macro
 * or UNO (not installed): what is shown is that LibreOffice holds the rule and evaluates it false.
 * Skipped with a notice where soffice is missing (it is not a CI dependency).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { direccion, parseRango } from "../../../src/core";
import { leerRegistro } from "../../../src/core/plantillas";
import { abrirXlsx } from "../../../src/io/xlsx/lector";
import { escribirPlantilla } from "../../../src/io/xlsx/plantilla";
import { plantillasDe } from "../../helpers/plantillas";

const EJEMPLO = path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const hayLibreOffice = spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;
if (!hayLibreOffice) console.log("LibreOffice (soffice) no disponible — prueba de la plantilla en LibreOffice omitida");
const describirSiHay = hayLibreOffice ? describe : describe.skip;

/** Probes for the ejecutado rule: [value typed, accepted]. */
const SONDEOS: readonly (readonly [ExcelJS.CellValue, boolean])[] = [
  ["abc", false],
  [-1, false],
  [5, true],
  [0, true],
  ["ND", true],
  ["NA", true],
];

interface Regla {
  readonly sqref: string;
  readonly type: string;
  readonly operator: string | null;
  readonly formula1: string;
}

const atributo = (etiqueta: string, nombre: string): string | null => new RegExp(`\\s${nombre}="([^"]*)"`).exec(etiqueta)?.[1] ?? null;
const desescapar = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&gt;/g, ">")
    .replace(/&lt;/g, "<")
    .replace(/&amp;/g, "&");

/** The validations of a sheet's XML with a formula (custom, decimal, list). */
function reglas(xml: string): Regla[] {
  return [...xml.matchAll(/<dataValidation (?<attrs>[^>]*)>\s*<formula1>(?<f>[^<]*)<\/formula1>/g)].map((m) => {
    const a = ` ${m.groups?.attrs ?? ""}`;
    return { sqref: atributo(a, "sqref") ?? "", type: atributo(a, "type") ?? "", operator: atributo(a, "operator"), formula1: desescapar(m.groups?.f ?? "") };
  });
}

async function parte(bytes: Uint8Array, ruta: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(ruta)!.async("string");
}

describirSiHay("a template in LibreOffice (issue 14)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "seguimiento-plantilla-lo-"));
  let original: Regla[];
  let convertidas: Regla[];
  let convertido: Uint8Array;

  beforeAll(async () => {
    const { plantillas } = await plantillasDe(EJEMPLO);
    const salud = plantillas.find((p) => p.dependencia === "Secretaría de Salud")!;
    const bytes = await escribirPlantilla(salud);
    original = reglas(await parte(bytes, "xl/worksheets/sheet2.xml"));
    // a probe sheet: the ejecutado rule's own formula (from the written XML) on each probe value
    const ejecutado = original.find((r) => r.type === "custom")!;
    const primera = ejecutado.sqref.split(":")[0]!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const prueba = wb.addWorksheet("Sondeo");
    SONDEOS.forEach(([valor], i) => {
      prueba.getCell(i + 1, 1).value = valor;
      prueba.getCell(i + 1, 2).value = { formula: ejecutado.formula1.split(primera).join(`A${i + 1}`) };
    });
    writeFileSync(path.join(dir, "plantilla.xlsx"), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = spawnSync(
      "soffice",
      [
        "--headless",
        `-env:UserInstallation=file://${path.join(dir, "perfil")}`,
        "--convert-to",
        "xlsx:Calc MS Excel 2007 XML",
        "--outdir",
        path.join(dir, "lo"),
        path.join(dir, "plantilla.xlsx"),
      ],
      { encoding: "utf8", timeout: 120_000 },
    );
    if (r.status !== 0) throw new Error(`soffice falló: ${r.stderr}`);
    convertido = new Uint8Array(readFileSync(path.join(dir, "lo", "plantilla.xlsx")));
    convertidas = reglas(await parte(convertido, "xl/worksheets/sheet2.xml"));
  }, 180_000);

  it("keeps every validation rule on every cell: type, formula (and the decimal's operator)", () => {
    expect(original.length).toBeGreaterThan(5);
    // LibreOffice joins neighbouring columns with the same rule into one range (G6:K29): compare cell by cell
    const porCelda = (rs: readonly Regla[]): Map<string, string> => {
      const m = new Map<string, string>();
      for (const r of rs)
        for (const parte of r.sqref.split(" ")) {
          const { fila1, columna1, fila2, columna2 } = parseRango(parte);
          for (let f = fila1; f <= fila2; f++)
            for (let c = columna1; c <= columna2; c++) m.set(direccion(f, c), `${r.type} ${r.type === "decimal" ? r.operator : ""} ${r.formula1}`);
        }
      return m;
    };
    // the free-text observaciones has no formula in the template; LibreOffice writes it as type «none» with a 0
    expect([...porCelda(convertidas.filter((r) => r.type !== "none"))].sort()).toEqual([...porCelda(original)].sort());
  });

  it("evaluates the ejecutado rule false for a text and a negative number, true for a number, 0, ND and NA", async () => {
    const xml = await parte(convertido, "xl/worksheets/sheet4.xml");
    const resultados = SONDEOS.map((_s, i) => new RegExp(`<c r="B${i + 1}"[^>]*t="b"[^>]*>.*?<v>([01])</v>`).exec(xml)?.[1]);
    expect(resultados).toEqual(SONDEOS.map(([, aceptado]) => (aceptado ? "1" : "0")));
  });

  it("keeps the protection without a password, and the record hidden and readable", async () => {
    for (const n of [1, 2, 3]) {
      const proteccion = /<sheetProtection[^>]*>/.exec(await parte(convertido, `xl/worksheets/sheet${n}.xml`))?.[0] ?? "";
      expect(atributo(proteccion, "sheet")).toBe("true");
      expect(proteccion).not.toMatch(/password|hashValue|algorithmName/);
    }
    // LibreOffice has no «very hidden»: it writes «hidden», which Consolidar reads alike
    const libro = (await abrirXlsx(convertido, "plantilla.xlsx")).libro;
    const registro = libro.hojas.find((h) => h.nombre === "Registro de la plantilla");
    expect(registro?.visible).toBe(false);
    expect(registro && leerRegistro(registro)?.dependencia).toBe("Secretaría de Salud");
  });
});
