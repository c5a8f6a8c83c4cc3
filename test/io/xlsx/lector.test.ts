import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { leerXlsx } from "../../../src/io/xlsx/lector";
import { codigoDeErrno, ErrorArchivo, leerArchivo } from "../../../src/io/xlsx/leerArchivo";

async function libroDePrueba(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PDT");
  ws.getCell("A1").value = "Meta de producto";
  ws.getCell("B1").value = { richText: [{ text: "Meta " }, { text: "2024", font: { bold: true } }] };
  ws.getCell("A2").value = "Vacunar";
  ws.getCell("B2").value = 10;
  ws.getCell("B2").numFmt = "#,##0";
  ws.getCell("C2").value = { formula: "B2*2", result: 20 };
  ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("E2").value = new Date(Date.UTC(2024, 2, 31));
  ws.getCell("F2").value = { text: "Evidencia", hyperlink: "https://example.org/a.pdf" };
  ws.getCell("G2").value = { error: "#REF!" };
  ws.getCell("A3").value = "Salud";
  ws.mergeCells("A3:A5");
  const oculta = wb.addWorksheet("Pesos");
  oculta.state = "hidden";
  oculta.getCell("A1").value = 1;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function conPropiedad(bytes: Uint8Array, valor: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="seguimiento.hojasPropias"><vt:lpwstr>${valor}</vt:lpwstr></property></Properties>`;
  zip.file("docProps/custom.xml", xml);
  return zip.generateAsync({ type: "uint8array" });
}

describe("exceljs reader → the core's grid (issue 3 §3)", () => {
  it("reads values, cached formula results, rich text, dates as serials, errors, hyperlink text", async () => {
    const l = await leerXlsx(await libroDePrueba(), "prueba.xlsx");
    const h = l.hojas[0];
    expect(h?.nombre).toBe("PDT");
    expect(h?.valores[0]).toEqual(["Meta de producto", "Meta 2024"]);
    // 2024-03-31 is Excel serial 45382
    expect(h?.valores[1]).toEqual(["Vacunar", 10, 20, { error: "#DIV/0!" }, 45382, "Evidencia", { error: "#REF!" }]);
    expect(h?.formatos?.[1]?.[1]).toBe("#,##0");
    expect(l.cultura.nombre).toBe("es-CO");
    expect(l.archivos).toEqual(["prueba.xlsx"]);
    expect(l.hojasPropias).toEqual([]);
  });

  it("keeps the cached 0 of shared-formula clones (exceljs drops it from cell.value; Tenjo AS172)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("B1").value = 5;
    ws.getCell("B2").value = 6;
    ws.getCell("A1").value = { formula: "B1*0", result: 0, shareType: "shared", ref: "A1:A2" } as ExcelJS.CellValue;
    ws.getCell("A2").value = { sharedFormula: "A1", result: 0 };
    const l = await leerXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), "s.xlsx");
    expect(l.hojas[0]?.valores).toEqual([
      [0, 5],
      [0, 6],
    ]);
  });

  it("keeps a merged area once (value in its top-left cell) and lists the area", async () => {
    const h = (await leerXlsx(await libroDePrueba(), "prueba.xlsx")).hojas[0];
    expect(h?.combinadas).toEqual([{ fila: 2, columna: 0, filas: 3, columnas: 1 }]);
    expect(h?.valores[2]?.[0]).toBe("Salud");
    expect(h?.valores[3]?.[0] ?? null).toBeNull();
  });

  it("reads sheet visibility", async () => {
    const l = await leerXlsx(await libroDePrueba(), "prueba.xlsx");
    expect(l.hojas.map((h) => [h.nombre, h.visible])).toEqual([
      ["PDT", true],
      ["Pesos", false],
    ]);
  });

  it("reads the owned sheets from the custom document property seguimiento.hojasPropias (SPEC §6)", async () => {
    const json = JSON.stringify({ hojas: { Resumen: "resumen", "Por dependencia": "dependencias" } }).replace(/"/g, "&quot;");
    const l = await leerXlsx(await conPropiedad(await libroDePrueba(), json), "prueba.xlsx");
    expect(l.hojasPropias).toEqual(["Resumen", "Por dependencia"]);
  });

  it("a hand-broken property reads every sheet as input", async () => {
    const l = await leerXlsx(await conPropiedad(await libroDePrueba(), "no es json"), "prueba.xlsx");
    expect(l.hojasPropias).toEqual([]);
  });
});

describe("File errors have a code and a Spanish message (issue 3 §4)", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "lector-"));
  const escribir = (nombre: string, datos: string | Uint8Array): string => {
    const p = path.join(tmp, nombre);
    fs.writeFileSync(p, datos);
    return p;
  };

  test.each([
    ["a missing file", () => path.join(tmp, "no-existe.xlsx"), "F-ARCHIVO-NO-ENCONTRADO", /No se encontró/],
    ["a text file", () => escribir("notas.xlsx", "hola"), "F-ARCHIVO-NO-XLSX", /no es un libro de Excel/],
    [
      "a directory",
      () => fs.mkdirSync(path.join(tmp, "carpeta.xlsx"), { recursive: true }) ?? path.join(tmp, "carpeta.xlsx"),
      "F-ARCHIVO-NO-XLSX",
      /no es un libro/,
    ],
    ["a zip that is not a workbook", () => escribir("otro.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6])), "F-ARCHIVO-CORRUPTO", /dañado/],
    [
      "an old .xls (OLE) file",
      () => escribir("viejo.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      "F-ARCHIVO-NO-XLSX",
      /no es un libro/,
    ],
    [
      "an encrypted .xlsx (OLE container)",
      () => escribir("clave.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])),
      "F-ARCHIVO-PROTEGIDO",
      /contraseña/,
    ],
  ])("%s", async (_, ruta, codigo, mensaje) => {
    const p = ruta();
    const e = await leerArchivo(p).then(
      () => null,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ErrorArchivo);
    expect((e as ErrorArchivo).codigo).toBe(codigo);
    expect((e as ErrorArchivo).message).toMatch(mensaje);
  });

  test.each([
    ["EACCES", "F-ARCHIVO-BLOQUEADO"],
    ["EPERM", "F-ARCHIVO-BLOQUEADO"],
    ["EBUSY", "F-ARCHIVO-BLOQUEADO"],
    ["ENOENT", "F-ARCHIVO-NO-ENCONTRADO"],
    ["EMFILE", null],
  ])("errno %s of a locked or missing file → %s", (errno, codigo) => {
    expect(codigoDeErrno(errno)).toBe(codigo);
  });
});
