import ExcelJS from "exceljs";
import JSZip from "jszip";
import { ErrorHojaAjena, ErrorNombreHojaInvalido } from "../../../src/core/fallos";
import { escribirXlsx } from "../../../src/io/xlsx/escritor";
import { escribirPropiedad, propiedadDelPaquete } from "../../../src/io/xlsx/propiedad";
import { fotoLibro, libroUsuario, nombresDefinidos, planEjemplo, TEXTOS_FORMULA } from "./_plan";

async function cargar(datos: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(datos as unknown as ArrayBuffer);
  return wb;
}

async function partesDeHoja(datos: Uint8Array, hoja: string): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(datos);
  const libro = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid = new RegExp(`<sheet [^>]*name="${hoja}"[^>]*r:id="([^"]+)"`).exec(libro)?.[1];
  const destino = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!destino) throw new Error(`sin parte para ${hoja}`);
  const ruta = destino.startsWith("/") ? destino.slice(1) : `xl/${destino}`;
  return { hoja: (await zip.file(ruta)?.async("string")) ?? "" };
}

describe("escribirXlsx: input sheets are never changed (SPEC §6)", () => {
  it("every input sheet is cell-for-cell identical: values, formulas, number formats, fills, merges, validations", async () => {
    const entrada = await libroUsuario();
    const salida = await escribirXlsx(entrada, planEjemplo());
    const antes = await fotoLibro(entrada);
    const despues = await fotoLibro(salida, Object.keys(antes));
    expect(Object.keys(despues)).toEqual(["Matriz"]);
    expect(despues).toEqual(antes);
    // the fixture really holds what the comparison is about
    expect(antes["Matriz"]?.combinadas).toEqual(["A1:D1", "F3:F6"]);
    expect(antes["Matriz"]?.celdas["E3"]?.formula).toBe('IF(C3=0,"",D3/C3)');
    expect(antes["Matriz"]?.validaciones).toContain("decimal");
  });

  it("defined names of the input are kept as written", async () => {
    const entrada = await libroUsuario();
    const salida = await escribirXlsx(entrada, planEjemplo());
    expect(await nombresDefinidos(salida)).toEqual(await nombresDefinidos(entrada));
    expect(await nombresDefinidos(entrada)).toHaveLength(1);
  });

  it('a user sheet named "Resumen" survives untouched when the plan writes "Resumen (2)"', async () => {
    const entrada = await libroUsuario({ conResumen: true });
    const salida = await escribirXlsx(entrada, planEjemplo({ resumen: "Resumen (2)" }));
    const antes = await fotoLibro(entrada);
    expect(await fotoLibro(salida, ["Matriz", "Resumen"])).toEqual(antes);
    const wb = await cargar(salida);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Matriz", "Resumen", "Resumen (2)", "Por dependencia", "Alertas"]);
    expect(wb.getWorksheet("Resumen (2)")?.getCell("A4").value).toBe("Metas");
  });

  it("refuses to overwrite or delete a sheet it does not own", async () => {
    const entrada = await libroUsuario({ conResumen: true });
    await expect(escribirXlsx(entrada, planEjemplo())).rejects.toThrow(ErrorHojaAjena);
    await expect(escribirXlsx(entrada, { ...planEjemplo({ resumen: "Resumen (2)" }), eliminar: ["Matriz"] })).rejects.toThrow(ErrorHojaAjena);
  });
});

describe("escribirXlsx: sheet names Excel would refuse", () => {
  it("a user sheet differing only in case blocks the plan's name (Excel names are case-insensitive)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("RESUMEN").getCell("A1").value = "de la oficina";
    await expect(escribirXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), planEjemplo())).rejects.toThrow(ErrorHojaAjena);
  });

  it.each(["", "Un nombre de hoja de más de 31 caracteres", "Metas [2024]", "Por dependencia?", "'Resumen"])(
    "rejects the invalid sheet name %p",
    async (nombre) => {
      const plan = planEjemplo({ resumen: nombre });
      await expect(escribirXlsx(await libroUsuario(), plan)).rejects.toThrow(ErrorNombreHojaInvalido);
    },
  );

  it("rejects two plan sheets whose names differ only in case", async () => {
    const plan = planEjemplo({ resumen: "alertas" });
    await expect(escribirXlsx(await libroUsuario(), plan)).rejects.toThrow(ErrorNombreHojaInvalido);
  });
});

describe("escribirXlsx: owned sheets and idempotence (SPEC §6)", () => {
  it("running twice on its own output gives identical owned sheets", async () => {
    const entrada = await libroUsuario();
    const primera = await escribirXlsx(entrada, planEjemplo());
    const segunda = await escribirXlsx(primera, planEjemplo());
    for (const hoja of ["Resumen", "Por dependencia", "Alertas"]) {
      expect(await partesDeHoja(segunda, hoja)).toEqual(await partesDeHoja(primera, hoja));
    }
    const propias = ["Resumen", "Por dependencia", "Alertas"];
    expect(await fotoLibro(segunda, propias)).toEqual(await fotoLibro(primera, propias));
    expect(await fotoLibro(segunda, ["Matriz"])).toEqual(await fotoLibro(entrada));
    const wb = await cargar(segunda);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Matriz", "Resumen", "Por dependencia", "Alertas"]);
  });

  it("an owned sheet the plan no longer writes (eliminar) is deleted", async () => {
    const entrada = await libroUsuario();
    const primera = await escribirXlsx(entrada, planEjemplo());
    const sinAlertas = planEjemplo({ eliminar: ["Alertas"] });
    const segunda = await escribirXlsx(primera, { ...sinAlertas, hojas: sinAlertas.hojas.filter((h) => h.nombre !== "Alertas") });
    expect((await cargar(segunda)).worksheets.map((w) => w.name)).toEqual(["Matriz", "Resumen", "Por dependencia"]);
  });

  it("writes numbers as numbers with the plan's number formats (SPEC §6)", async () => {
    const wb = await cargar(await escribirXlsx(await libroUsuario(), planEjemplo()));
    const pd = wb.getWorksheet("Por dependencia");
    expect(pd?.getCell("E2").value).toBe(0.912);
    expect(pd?.getCell("E2").numFmt).toBe("0.0%");
    expect(pd?.getCell("B3").value).toBe(35);
    expect(pd?.getCell("B3").numFmt).toBe("#,##0");
    expect(pd?.getColumn(1).width).toBe(32);
    expect(pd?.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    const r = wb.getWorksheet("Resumen");
    expect(r?.getCell("A1").font?.bold).toBe(true);
    expect(r?.getCell("A3").fill).toMatchObject({ fgColor: { argb: "FF1F4E78" } });
  });
});

describe("escribirXlsx: rows of wrapped text keep the plan's height (issue 13)", () => {
  it("a row the plan gives a height is written with it, as a custom height; other rows keep the default", async () => {
    const base = planEjemplo();
    const [resumen, ...resto] = base.hojas;
    const plan = { ...base, hojas: [{ ...resumen!, altos: [{ fila: 0, alto: 45 }] }, ...resto] };
    const wb = await cargar(await escribirXlsx(await libroUsuario(), plan));
    const r = wb.getWorksheet(resumen!.nombre);
    expect(r?.getRow(1).height).toBe(45);
    expect(r?.getRow(3).height).toBeUndefined();
  });
});

describe("escribirXlsx: text that looks like a formula stays text (SPEC §4)", () => {
  it.each(TEXTOS_FORMULA.map((t, i) => [t, `E${i + 2}`]))("%s arrives as a string in %s, with no formula", async (texto, celda) => {
    const salida = await escribirXlsx(await libroUsuario(), planEjemplo());
    const c = (await cargar(salida)).getWorksheet("Alertas")?.getCell(celda);
    expect(c?.type).toBe(ExcelJS.ValueType.String);
    expect(c?.value).toBe(texto);
    expect(c?.formula).toBeUndefined();
    const xml = (await partesDeHoja(salida, "Alertas")).hoja ?? "";
    const celdaXml = new RegExp(`<c r="${celda}"[^>]*>(.*?)</c>`).exec(xml);
    expect(celdaXml?.[1]).not.toMatch(/<f>/);
    expect(celdaXml?.[0]).toMatch(/t="(s|inlineStr|str)"/);
  });
});

describe("escribirXlsx: tables, conditional formats and links", () => {
  it("creates the plan's Excel tables with their name, style and totals row", async () => {
    const zip = await JSZip.loadAsync(await escribirXlsx(await libroUsuario(), planEjemplo()));
    const tablas = await Promise.all(zip.file(/^xl\/tables\/table\d+\.xml$/).map((f) => f.async("string")));
    const dep = tablas.find((t) => t.includes('name="SeguimientoDependencias"')) ?? "";
    expect(dep).toMatch(/ref="A1:G7"/);
    expect(dep).toMatch(/totalsRowCount="1"/);
    expect(dep).toMatch(/TableStyleMedium2/);
    const al = tablas.find((t) => t.includes('name="SeguimientoAlertas"')) ?? "";
    expect(al).toMatch(/ref="A1:F5"/);
    expect(al).not.toMatch(/totalsRowCount/);
  });

  it("keeps the plan's totals values in the totals row (no SUBTOTAL formulas)", async () => {
    const pd = (await cargar(await escribirXlsx(await libroUsuario(), planEjemplo()))).getWorksheet("Por dependencia");
    expect(pd?.getCell("A7").value).toBe("Total");
    expect(pd?.getCell("B7").value).toBe(135);
    expect(pd?.getCell("E7").value).toBe(0.7412);
  });

  it("writes semáforo bands as cellIs rules and semáforo names as equal-to-text rules", async () => {
    const xml = (await partesDeHoja(await escribirXlsx(await libroUsuario(), planEjemplo()), "Por dependencia")).hoja ?? "";
    expect(xml).toMatch(/<conditionalFormatting sqref="E2:E6"><cfRule type="cellIs"[^>]*operator="greaterThanOrEqual"[^>]*><formula>0.81<\/formula>/);
    expect(xml).toMatch(/operator="between"[^>]*><formula>0.56<\/formula><formula>0.8099<\/formula>/);
    expect(xml).toMatch(/operator="lessThanOrEqual"[^>]*><formula>0.5599<\/formula>/);
    expect(xml).toMatch(/operator="equal"[^>]*><formula>&quot;Sobresaliente&quot;<\/formula>/);
  });

  it("links each alert to its source cell with an internal location", async () => {
    const xml = (await partesDeHoja(await escribirXlsx(await libroUsuario(), planEjemplo()), "Alertas")).hoja ?? "";
    const links = [...xml.matchAll(/<hyperlink ([^>]*)\/>/g)].map((m) => m[1] ?? "");
    expect(links).toHaveLength(4);
    expect(links[0]).toContain(`ref="C2"`);
    expect(links[0]).toContain(`location="&apos;Matriz&apos;!C3"`);
    expect(links.every((l) => !l.includes("r:id"))).toBe(true);
    // CT_Worksheet order: conditionalFormatting < hyperlinks < pageSetup < tableParts
    expect(xml.indexOf("<hyperlinks>")).toBeGreaterThan(xml.indexOf("</sheetData>"));
    expect(xml.indexOf("<hyperlinks>")).toBeLessThan(xml.indexOf("<pageSetup"));
    expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<tableParts"));
  });
});

describe("ownership record: custom property seguimiento.hojasPropias", () => {
  it("round-trips the plan's propiedad", async () => {
    const plan = planEjemplo();
    const zip = await JSZip.loadAsync(await escribirXlsx(await libroUsuario(), plan));
    expect(await propiedadDelPaquete(zip)).toEqual({ ok: true, valor: plan.propiedad });
    expect(await zip.file("[Content_Types].xml")?.async("string")).toContain('PartName="/docProps/custom.xml"');
    expect(await zip.file("_rels/.rels")?.async("string")).toContain('Target="docProps/custom.xml"');
  });

  it("keeps the workbook's other custom properties and updates ours in place", async () => {
    const zip = await JSZip.loadAsync(await libroUsuario());
    zip.file(
      "docProps/custom.xml",
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
        '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Responsable"><vt:lpwstr>Oficina &amp; Planeación</vt:lpwstr></property></Properties>',
    );
    await escribirPropiedad(zip, { hojas: { Viejo: "resumen" } });
    const entrada = await zip.generateAsync({ type: "uint8array" });
    expect(await propiedadDelPaquete(await JSZip.loadAsync(entrada))).toEqual({ ok: true, valor: { hojas: { Viejo: "resumen" } } });
    const salida = await JSZip.loadAsync(await escribirXlsx(entrada, planEjemplo()));
    const xml = (await salida.file("docProps/custom.xml")?.async("string")) ?? "";
    expect(xml).toContain("Oficina &amp; Planeación");
    expect(xml.match(/name="seguimiento.hojasPropias"/g)).toHaveLength(1);
    expect(await propiedadDelPaquete(salida)).toEqual({ ok: true, valor: planEjemplo().propiedad });
  });

  it("reads no record from a workbook without one, and a coded problem from a damaged one", async () => {
    expect(await propiedadDelPaquete(await JSZip.loadAsync(await libroUsuario()))).toBeNull();
    const zip = await JSZip.loadAsync(await libroUsuario());
    zip.file(
      "docProps/custom.xml",
      '<Properties xmlns:vt="x"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="seguimiento.hojasPropias"><vt:lpwstr>{no es json</vt:lpwstr></property></Properties>',
    );
    expect(await propiedadDelPaquete(zip)).toEqual({ ok: false, codigo: "F-PROPIEDAD-JSON" });
  });
});
