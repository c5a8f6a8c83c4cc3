import * as fs from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { escribirXlsx } from "../../../src/io/xlsx/escritor";
import { propiedadDelPaquete } from "../../../src/io/xlsx/propiedad";
import { describeReal, librosReales, rutaReal } from "../../helpers/fixturesReales";
import { fotoLibro, libroUsuario, nombresDefinidos, planEjemplo } from "./_plan";

/** Parts the writer is allowed to edit; every other part of the input must keep its bytes. */
const EDITABLES = new Set([
  "[Content_Types].xml",
  "_rels/.rels",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
  "xl/sharedStrings.xml",
  "docProps/custom.xml",
]);

async function partes(datos: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(datos);
  const out = new Map<string, string>();
  for (const f of Object.values(zip.files)) if (!f.dir) out.set(f.name, await f.async("base64"));
  return out;
}

async function sinCambiosFuera(entrada: Uint8Array, salida: Uint8Array): Promise<string[]> {
  const a = await partes(entrada);
  const b = await partes(salida);
  return [...a].filter(([nombre, bytes]) => !EDITABLES.has(nombre) && b.get(nombre) !== bytes).map(([n]) => n);
}

async function hojasEnOrden(datos: Uint8Array): Promise<string[]> {
  const xml = (await (await JSZip.loadAsync(datos)).file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1] ?? "");
}

describe("escribirXlsx keeps the input package byte for byte (SPEC §6: never changes another sheet)", () => {
  it("every part of the input other than the workbook's lists and styles is unchanged", async () => {
    const entrada = await libroUsuario({ conResumen: true });
    const salida = await escribirXlsx(entrada, planEjemplo({ resumen: "Resumen (2)" }));
    expect(await sinCambiosFuera(entrada, salida)).toEqual([]);
  });

  it("existing cell styles keep their indexes: styles.xml only grows at the end", async () => {
    const entrada = await libroUsuario();
    const salida = await escribirXlsx(entrada, planEjemplo());
    const xfs = async (d: Uint8Array): Promise<string[]> => {
      const xml = (await (await JSZip.loadAsync(d)).file("xl/styles.xml")?.async("string")) ?? "";
      return [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    };
    const antes = await xfs(entrada);
    const despues = await xfs(salida);
    expect(despues.slice(0, antes.length)).toEqual(antes);
    expect(despues.length).toBeGreaterThan(antes.length);
  });

  it("a second run reuses the first run's styles: styles.xml does not grow", async () => {
    const primera = await escribirXlsx(await libroUsuario(), planEjemplo());
    const segunda = await escribirXlsx(primera, planEjemplo());
    const estilos = async (d: Uint8Array): Promise<string | undefined> => (await JSZip.loadAsync(d)).file("xl/styles.xml")?.async("string");
    expect(await estilos(segunda)).toEqual(await estilos(primera));
  });

  it("existing shared strings keep their indexes and a second run adds none", async () => {
    const sst = async (d: Uint8Array): Promise<string[]> => {
      const xml = (await (await JSZip.loadAsync(d)).file("xl/sharedStrings.xml")?.async("string")) ?? "";
      return [...xml.matchAll(/<si>[\s\S]*?<\/si>/g)].map((m) => m[0]);
    };
    const entrada = await libroUsuario();
    const primera = await escribirXlsx(entrada, planEjemplo());
    const segunda = await escribirXlsx(primera, planEjemplo());
    const antes = await sst(entrada);
    expect((await sst(primera)).slice(0, antes.length)).toEqual(antes);
    expect((await sst(primera)).length).toBeGreaterThan(antes.length);
    expect(await sst(segunda)).toEqual(await sst(primera));
  });

  it("texts with surrounding spaces, line breaks, XML specials and control characters arrive intact and well-formed", async () => {
    const plan = planEjemplo();
    const rara = '  Meta <1> & "2"\nsegunda línea\u0007 ';
    const hojas = plan.hojas.map((h) => (h.nombre === "Resumen" ? { ...h, bloques: [...h.bloques, { inicio: "D1", valores: [[rara, Number.NaN]] }] } : h));
    const salida = await escribirXlsx(await libroUsuario(), { ...plan, hojas });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(salida as unknown as ArrayBuffer);
    // the control character (not allowed in XML 1.0) is dropped; everything else is kept
    expect(wb.getWorksheet("Resumen")?.getCell("D1").value).toBe('  Meta <1> & "2"\nsegunda línea ');
    // NaN cannot be stored in a cell: the cell stays empty
    expect(wb.getWorksheet("Resumen")?.getCell("E1").value).toBeNull();
  });

  it("a user sheet added after the owned ones keeps its position-bound defined name across runs", async () => {
    const primera = await escribirXlsx(await libroUsuario(), planEjemplo());
    // the user adds a sheet after ours, with a sheet-local name, in Excel
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(primera as unknown as ArrayBuffer);
    const zip = await JSZip.loadAsync(primera);
    let libro = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    zip.file(
      "xl/worksheets/notas.xml",
      '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>nota</t></is></c></row></sheetData></worksheet>',
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdNotas" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notas.xml"/></Relationships>',
      ),
    );
    libro = libro.replace("</sheets>", '<sheet name="Notas" sheetId="99" r:id="rIdNotas"/></sheets>');
    libro = libro.replace("</workbook>", "").replace(/<definedNames>/, "<definedNames>");
    libro = libro.includes("<definedNames>")
      ? libro.replace("<definedNames>", '<definedNames><definedName name="Nota" localSheetId="4">Notas!$A$1</definedName>')
      : libro.replace("</sheets>", '</sheets><definedNames><definedName name="Nota" localSheetId="4">Notas!$A$1</definedName></definedNames>');
    zip.file("xl/workbook.xml", `${libro}</workbook>`);
    const tipos = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
    zip.file(
      "[Content_Types].xml",
      tipos.replace(
        "</Types>",
        '<Override PartName="/xl/worksheets/notas.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
    );
    const editado = await zip.generateAsync({ type: "uint8array" });
    expect(await hojasEnOrden(editado)).toEqual(["Matriz", "Resumen", "Por dependencia", "Alertas", "Notas"]);

    const segunda = await escribirXlsx(editado, planEjemplo());
    // each owned sheet is rewritten where it was (issue 12, probe 14: a re-run moved them to the end)
    expect(await hojasEnOrden(segunda)).toEqual(["Matriz", "Resumen", "Por dependencia", "Alertas", "Notas"]);
    expect((await nombresDefinidos(segunda)).find((n) => n.includes('name="Nota"'))).toContain('localSheetId="4"');
    expect(await fotoLibro(segunda, ["Notas"])).toEqual(await fotoLibro(editado, ["Notas"]));
  });

  it("owned sheets the user moved between their own keep those places on a re-run; the active tab follows its sheet", async () => {
    const primera = await escribirXlsx(await libroUsuario(), planEjemplo());
    const zip = await JSZip.loadAsync(primera);
    const libro = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    // the user drags Alertas to the front and leaves Resumen (position 2) as the active tab
    const alertas = /<sheet\b[^>]*name="Alertas"[^>]*\/>/.exec(libro)?.[0] ?? "";
    let movido = libro.replace(alertas, "").replace(/<sheets>/, `<sheets>${alertas}`);
    movido = /<workbookView\b[^>]*activeTab=/.test(movido)
      ? movido.replace(/activeTab="\d+"/, 'activeTab="2"')
      : movido.replace("<sheets>", '<bookViews><workbookView activeTab="2"/></bookViews><sheets>');
    zip.file("xl/workbook.xml", movido);
    const editado = await zip.generateAsync({ type: "uint8array" });
    expect(await hojasEnOrden(editado)).toEqual(["Alertas", "Matriz", "Resumen", "Por dependencia"]);

    const segunda = await escribirXlsx(editado, planEjemplo());
    expect(await hojasEnOrden(segunda)).toEqual(["Alertas", "Matriz", "Resumen", "Por dependencia"]);
    const final = (await (await JSZip.loadAsync(segunda)).file("xl/workbook.xml")?.async("string")) ?? "";
    expect(/activeTab="(\d+)"/.exec(final)?.[1]).toBe("2");
  });

  it("a user table that already uses the plan's table name keeps it; ours gets a suffix", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Matriz");
    ws.addTable({ name: "SeguimientoAlertas", ref: "A1", columns: [{ name: "Meta" }, { name: "Valor" }], rows: [["a", 1]] });
    const salida = await escribirXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), planEjemplo());
    const zip = await JSZip.loadAsync(salida);
    const nombres = await Promise.all(zip.file(/^xl\/tables\/.*\.xml$/).map(async (f) => /<table\b[^>]*\sname="([^"]*)"/.exec(await f.async("string"))?.[1]));
    expect(nombres.sort()).toEqual(["SeguimientoAlertas", "SeguimientoAlertas_2", "SeguimientoDependencias"]);
    const ids = await Promise.all(zip.file(/^xl\/tables\/.*\.xml$/).map(async (f) => /<table\b[^>]*\sid="(\d+)"/.exec(await f.async("string"))?.[1]));
    expect(new Set(ids).size).toBe(3);
  });
});

const reales = librosReales();

describeReal(reales, "escribirXlsx on the real workbooks (../shared/fixtures/real)", () => {
  it.each(reales)(
    "%s: input parts unchanged, input sheets cell-for-cell identical, all defined names kept",
    async (archivo) => {
      const entrada = new Uint8Array(fs.readFileSync(rutaReal(archivo)));
      const plan = planEjemplo();
      const salida = await escribirXlsx(entrada, plan);
      expect(await sinCambiosFuera(entrada, salida)).toEqual([]);
      const antes = await fotoLibro(entrada);
      expect(await fotoLibro(salida, Object.keys(antes))).toEqual(antes);
      expect(await nombresDefinidos(salida)).toEqual(await nombresDefinidos(entrada));
      expect(await hojasEnOrden(salida)).toEqual([...(await hojasEnOrden(entrada)), "Resumen", "Por dependencia", "Alertas"]);
      expect(await propiedadDelPaquete(await JSZip.loadAsync(salida))).toEqual({ ok: true, valor: plan.propiedad });
    },
    60_000,
  );

  it.each(reales)(
    "%s: a second run on the output gives identical owned sheets and package",
    async (archivo) => {
      const entrada = new Uint8Array(fs.readFileSync(rutaReal(archivo)));
      const primera = await escribirXlsx(entrada, planEjemplo());
      const segunda = await escribirXlsx(primera, planEjemplo());
      const a = await partes(primera);
      const b = await partes(segunda);
      expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
      const distintas = [...a].filter(([n, bytes]) => b.get(n) !== bytes).map(([n]) => n);
      expect(distintas).toEqual([]);
    },
    60_000,
  );
});
