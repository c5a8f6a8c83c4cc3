/** @jest-environment node */
/**
 * The reliability probe of issue 12, file side: inputs other tools write (openpyxl, pandas, the
 * Open XML SDK), macro workbooks, formulas without results, zip bombs, OOXML escapes and
 * over-long texts. Each input is built by rewriting a workbook's XML with JSZip the way that
 * tool lays it out (openpyxl is not available offline).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { salidaPorOmision } from "../../../src/cli/archivos";
import { consolidarArchivos } from "../../../src/cli/consolidarArchivos";
import { ErrorArchivo } from "../../../src/core/fallos";
import { formulasSinResultado } from "../../../src/io/xlsx/_lib/formulasSinResultado";
import { comprobarTamanoArchivo, Inflador, LIMITES } from "../../../src/io/xlsx/_lib/limites";
import { escribirXlsx } from "../../../src/io/xlsx/escritor";
import { abrirXlsx, leerXlsx } from "../../../src/io/xlsx/lector";
import { problemasXml } from "../../fuzz/espaciosNombres";
import { libroUsuario, planEjemplo } from "./_plan";

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

async function reescribir(datos: Uint8Array, cambios: Record<string, ((xml: string) => string | null) | string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(datos);
  for (const [ruta, cambio] of Object.entries(cambios)) {
    if (typeof cambio === "string") {
      zip.file(ruta, cambio);
      continue;
    }
    const nuevo = cambio((await zip.file(ruta)?.async("string")) ?? "");
    if (nuevo === null) zip.remove(ruta);
    else zip.file(ruta, nuevo);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** openpyxl's workbook.xml: `xmlns:r` declared on each <sheet>, not on the root. */
const sheetsComoOpenpyxl = (xml: string): string =>
  xml.replace(/(<workbook\b[^>]*?)\s+xmlns:r="[^"]*"/, "$1").replace(/<sheet\b/g, `<sheet xmlns:r="${NS_REL}"`);

/** The Open XML SDK's form: SpreadsheetML under the `x:` prefix instead of the default namespace. */
const conPrefijoX = (xml: string): string => xml.replace(`xmlns="${NS_MAIN}"`, `xmlns:x="${NS_MAIN}"`).replace(/<(\/?)([A-Za-z][\w.-]*)(?=[\s/>])/g, "<$1x:$2");

async function valoresMatriz(datos: Uint8Array): Promise<unknown> {
  return (await leerXlsx(datos, "x.xlsx")).hojas.find((h) => h.nombre === "Matriz")?.valores;
}

describe("probe 3: namespace-correct output whatever prefixes the input uses", () => {
  it("an openpyxl workbook (xmlns:r on each <sheet>): the appended sheets declare r themselves", async () => {
    const entrada = await reescribir(await libroUsuario(), { "xl/workbook.xml": sheetsComoOpenpyxl });
    // The input is correct XML; the old writer appended `<sheet … r:id>` with r undeclared.
    expect(await problemasXml(entrada)).toEqual([]);
    const salida = await escribirXlsx(entrada, planEjemplo());
    expect(await problemasXml(salida)).toEqual([]);
    const libro = await leerXlsx(salida, "salida.xlsx");
    expect(libro.hojas.map((h) => h.nombre)).toEqual(["Matriz", "Resumen", "Por dependencia", "Alertas"]);
    expect(await valoresMatriz(salida)).toEqual(await valoresMatriz(await libroUsuario()));
  });

  it("x:-prefixed SpreadsheetML (workbook, sheets, shared strings, styles) is read, and the output is correct XML", async () => {
    const x = Object.fromEntries(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml"].map((p) => [p, conPrefijoX]));
    const entrada = await reescribir(await libroUsuario(), x);
    expect((await JSZip.loadAsync(entrada)).file("xl/sharedStrings.xml")).not.toBeNull();
    expect(await problemasXml(entrada)).toEqual([]);
    // exceljs alone sees no cell of a prefixed sheet; the reader sees the same grid as unprefixed
    expect(await valoresMatriz(entrada)).toEqual(await valoresMatriz(await libroUsuario()));
    const salida = await escribirXlsx(entrada, planEjemplo());
    expect(await problemasXml(salida)).toEqual([]);
    // the input's shared strings kept their indexes: the input sheet reads as before
    expect(await valoresMatriz(salida)).toEqual(await valoresMatriz(await libroUsuario()));
    const resumen = (await leerXlsx(salida, "s.xlsx")).hojas.find((h) => h.nombre === "Resumen");
    expect(resumen?.valores[0]?.[0]).toBe("Consolidado del plan de desarrollo — vigencia 2024");
  });
});

describe("probe 4: a macro workbook stays a macro workbook", () => {
  it("the default output of plan.xlsm is plan.consolidado.xlsm (Excel refuses macros under .xlsx)", () => {
    expect(salidaPorOmision(path.join("datos", "plan.xlsm"))).toBe(path.join("datos", "plan.consolidado.xlsm"));
    expect(salidaPorOmision(path.join("datos", "PLAN.XLSM"))).toBe(path.join("datos", "PLAN.consolidado.xlsm"));
    expect(salidaPorOmision(path.join("datos", "plan.xlsx"))).toBe(path.join("datos", "plan.consolidado.xlsx"));
  });

  it("the copy keeps the macro-enabled content type and the VBA project", async () => {
    const macro = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]);
    const entrada = await reescribir(await libroUsuario(), {
      "[Content_Types].xml": (x) => x.replace(/application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\.main\+xml/, macro),
    });
    const zipEntrada = await JSZip.loadAsync(entrada);
    zipEntrada.file("xl/vbaProject.bin", vba);
    const salida = await escribirXlsx(await zipEntrada.generateAsync({ type: "uint8array" }), planEjemplo());
    const zip = await JSZip.loadAsync(salida);
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain(`PartName="/xl/workbook.xml" ContentType="${macro}"`);
    expect(await zip.file("xl/vbaProject.bin")?.async("uint8array")).toEqual(vba);
  });
});

describe("probe 9: a formula saved without its result is an error at its cell, not «sin reporte»", () => {
  it.each([
    ["no <v> at all", '<c r="B2"><f>A2*2</f></c>', new Map([["B2", "=A2*2"]])],
    ["an empty <v/> on a number cell (openpyxl)", '<c r="B2"><f>SUM(A1:A3)</f><v/></c>', new Map([["B2", "=SUM(A1:A3)"]])],
    ["a shared-formula clone without <v>", '<c r="B3" s="1"><f t="shared" si="0"/></c>', new Map([["B3", ""]])],
    ['an empty text result (Excel\'s =SI(…;""))', '<c r="B2" t="str"><f>IF(A2&gt;0,A2,"")</f><v></v></c>', new Map()],
    ["a stored result", '<c r="B2"><f>A2*2</f><v>4</v></c>', new Map()],
  ])("%s", (_, xml, esperado) => {
    expect(formulasSinResultado(`<sheetData><row r="2">${xml}</row></sheetData>`)).toEqual(esperado);
  });

  it("the CLI reports E-FORMULA-SIN-VALOR at the ejecutado cell written by a tool that does not calculate", async () => {
    const entrada = await reescribir(await libroUsuario(), {
      "xl/worksheets/sheet1.xml": (x) => x.replace(/<c r="D3"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/, '<c r="D3"$1><f>C3*0.92</f></c>'),
    });
    expect((await leerXlsx(entrada, "e.xlsx")).hojas[0]?.valores[2]?.[3]).toEqual({ error: "#SIN RESULTADO", formula: "=C3*0.92" });
    const dir = mkdtempSync(path.join(tmpdir(), "seguimiento-formula-"));
    const ruta = path.join(dir, "openpyxl.xlsx");
    writeFileSync(ruta, entrada);
    let json = "";
    const codigo = await consolidarArchivos(
      { archivos: [ruta], ajustes: {}, salida: false, json: "-", mapa: null, informe: null },
      { stdout: { write: (s: string) => (json += s) }, stderr: { write: () => true } },
    );
    expect(codigo).toBe(0);
    const hallazgos = (JSON.parse(json) as { hallazgos: { codigo: string; celda: string | null; mensaje: string }[] }).hallazgos;
    const h = hallazgos.find((x) => x.codigo === "E-FORMULA-SIN-VALOR");
    expect(h).toMatchObject({ celda: "D3" });
    expect(h?.mensaje).toContain("=C3*0.92");
    // the cell is no longer a silent empty: what was read as no report is now an error at D3
    expect(hallazgos.filter((x) => x.codigo === "E-NO-NUMERICO")).toEqual([]);
  }, 60_000);
});

/**
 * A package whose first part is `tamano` zero bytes declared as `declarado` bytes, followed by
 * the parts of `base` (a real workbook, so that only the size stops the reader).
 */
async function conParteFalsa(tamano: number, declarado: number, base?: Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("xl/media/relleno.bin", new Uint8Array(tamano), { createFolders: false });
  if (base) for (const f of Object.values((await JSZip.loadAsync(base)).files)) if (!f.dir) zip.file(f.name, await f.async("uint8array"));
  const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  // The first local header (uncompressed size at offset 22) and the first central directory entry (at +24).
  const vista = new DataView(bytes.buffer);
  vista.setUint32(22, declarado, true);
  const central = bytes.findIndex((b, i) => b === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02);
  vista.setUint32(central + 24, declarado, true);
  return bytes;
}

describe("probe 11: size limits checked before inflating", () => {
  it("a file over the limit is refused by its size, with a Spanish message", () => {
    expect(() => comprobarTamanoArchivo(LIMITES.archivo + 1, "enorme.xlsx")).toThrow(/«enorme\.xlsx» es demasiado grande para leerlo: pesa más de 100 MB/);
    expect(() => comprobarTamanoArchivo(LIMITES.archivo, "justo.xlsx")).not.toThrow();
  });

  it("a zip that declares more than the limit is refused before anything is inflated", async () => {
    const zip = await JSZip.loadAsync(await conParteFalsa(1000, LIMITES.descomprimido + 1));
    expect(() => new Inflador(zip, "bomba.xlsx")).toThrow(ErrorArchivo);
    expect(() => new Inflador(zip, "bomba.xlsx")).toThrow(/«bomba\.xlsx» es demasiado grande para leerlo: descomprimido ocuparía más de 400 MB/);
  });

  it("a part that lies about its size stops inflating at the limit", async () => {
    const zip = await JSZip.loadAsync(await conParteFalsa(3 * 1024 * 1024, 100));
    const inflador = new Inflador(zip, "bomba.xlsx", () => false, 1024 * 1024);
    await expect(inflador.texto("xl/media/relleno.bin")).rejects.toMatchObject({ codigo: "F-ARCHIVO-DEMASIADO-GRANDE" });
  });

  it("abrirXlsx (the CLI's and the browser's reader) refuses a workbook that declares more than the limit", async () => {
    const bytes = await conParteFalsa(1000, LIMITES.descomprimido + 1, await libroUsuario());
    await expect(abrirXlsx(bytes, "bomba.xlsx")).rejects.toMatchObject({ codigo: "F-ARCHIVO-DEMASIADO-GRANDE" });
    // the same workbook with an honest part reads
    await expect(abrirXlsx(await conParteFalsa(1000, 1000, await libroUsuario()), "sano.xlsx")).resolves.toBeDefined();
  });
});

const RELS_HOJA = (entradas: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entradas}</Relationships>`;

/** openpyxl's layout of a comment (xl/comments/comment1.xml + a VML drawing) and of a chart (an absoluteAnchor drawing). */
async function comoOpenpyxlConComentarioYGrafico(): Promise<Uint8Array> {
  return reescribir(await libroUsuario(), {
    "xl/worksheets/sheet1.xml": (x) => x.replace("</worksheet>", '<drawing r:id="rId1"/><legacyDrawing r:id="anysvml"/></worksheet>'),
    "xl/worksheets/_rels/sheet1.xml.rels": RELS_HOJA(
      `<Relationship Id="rId1" Type="${NS_REL}/drawing" Target="/xl/drawings/drawing1.xml"/>` +
        `<Relationship Id="comments" Type="${NS_REL}/comments" Target="/xl/comments/comment1.xml"/>` +
        `<Relationship Id="anysvml" Type="${NS_REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing1.vml"/>`,
    ),
    "xl/comments/comment1.xml": `<comments xmlns="${NS_MAIN}"><authors><author>openpyxl</author></authors><commentList><comment ref="A2" authorId="0"><text><t>Revisar</t></text></comment></commentList></comments>`,
    "xl/drawings/commentsDrawing1.vml": '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="c1"/></xml>',
    "xl/drawings/drawing1.xml":
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
      '<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="100" cy="100"/><xdr:graphicFrame><xdr:nvGraphicFramePr><xdr:cNvPr id="1" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
      `<xdr:xfrm/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`,
    "xl/drawings/_rels/drawing1.xml.rels": RELS_HOJA(`<Relationship Id="rId1" Type="${NS_REL}/chart" Target="/xl/charts/chart1.xml"/>`),
    "xl/charts/chart1.xml": '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>',
  });
}

describe("probe 12: valid files are read, not refused as damaged", () => {
  it("an openpyxl workbook with a comment and a chart: exceljs alone fails, the reader reads the grid", async () => {
    const entrada = await comoOpenpyxlConComentarioYGrafico();
    await expect(new ExcelJS.Workbook().xlsx.load(entrada as unknown as ArrayBuffer)).rejects.toThrow();
    expect(await valoresMatriz(entrada)).toEqual(await valoresMatriz(await libroUsuario()));
    // and the written copy keeps the comment and the chart parts
    const salida = await JSZip.loadAsync(await escribirXlsx(entrada, planEjemplo()));
    expect(salida.file("xl/comments/comment1.xml")).not.toBeNull();
    expect(salida.file("xl/charts/chart1.xml")).not.toBeNull();
  });

  it("a package without styles.xml is read, and the written copy gets one", async () => {
    const entrada = await reescribir(await libroUsuario(), {
      "xl/styles.xml": () => null,
      "xl/_rels/workbook.xml.rels": (x) => x.replace(/<Relationship\b[^>]*relationships\/styles"[^>]*\/>/, ""),
      "[Content_Types].xml": (x) => x.replace(/<Override PartName="\/xl\/styles\.xml"[^>]*\/>/, ""),
    });
    const libro = await leerXlsx(entrada, "sin-estilos.xlsx");
    expect(libro.hojas[0]?.valores[1]).toEqual(["Meta", "Dependencia", "Programado 2024", "Ejecutado 2024", "% 2024"]);
    const salida = await escribirXlsx(entrada, planEjemplo());
    expect(await problemasXml(salida)).toEqual([]);
    expect((await JSZip.loadAsync(salida)).file("xl/styles.xml")).not.toBeNull();
  });
});

describe("probe 14: OOXML escapes and Excel's cell length", () => {
  it("_xHHHH_ escapes are decoded in shared and inline strings; an escaped underscore stays literal", async () => {
    const entrada = await reescribir(await libroUsuario(), {
      "xl/worksheets/sheet1.xml": (x) =>
        x.replace(/<c r="F3"([^>]*?)(?:\/>|>[\s\S]*?<\/c>)/, '<c r="F3" t="inlineStr"><is><t>Alerta_x0007_ y _x005F_x0041_</t></is></c>'),
    });
    expect((await leerXlsx(entrada, "e.xlsx")).hojas[0]?.valores[2]?.[5]).toBe("Alerta\u0007 y _x0041_");
  });

  it("a 40,000-character text reaches its output cell cut to 32,767 characters ending in «…»", async () => {
    const plan = planEjemplo();
    const largo = "á".repeat(40_000);
    const hojas = plan.hojas.map((h) => (h.nombre === "Resumen" ? { ...h, bloques: [...h.bloques, { inicio: "D1", valores: [[largo]] }] } : h));
    const salida = await escribirXlsx(await libroUsuario(), { ...plan, hojas });
    const celda = (await leerXlsx(salida, "s.xlsx")).hojas.find((h) => h.nombre === "Resumen")?.valores[0]?.[3];
    expect(typeof celda === "string" ? celda.length : 0).toBe(32_767);
    expect(celda).toBe(`${"á".repeat(32_766)}…`);
  });
});
