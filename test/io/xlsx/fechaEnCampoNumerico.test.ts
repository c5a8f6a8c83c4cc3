/** @jest-environment node */
/**
 * The .xlsx reader keeps each cell's number format (Hoja.formatos), so a date typed in a numeric
 * field of a real file is flagged (issue 12, probe 14): a Date cell (built-in format 14, as Excel
 * and openpyxl write it) and a custom "dd/mm/yyyy".
 */
import ExcelJS from "exceljs";
import { consolidar } from "../../../src/core/calculo/consolidar";
import { abrirXlsx } from "../../../src/io/xlsx/lector";

async function libroConFechas(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PDM");
  ws.addRows([["Secretaría de Salud"], ["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024"]]);
  ws.addRow(["1", "Vacunar", "SUMA", 10, 5, new Date(Date.UTC(2024, 2, 15))]);
  ws.addRow(["2", "Atender", "SUMA", 10, 5, 45000]);
  ws.addRow(["3", "Dotar", "SUMA", 10, 5, 4]);
  ws.getCell("F4").numFmt = "dd/mm/yyyy";
  ws.getCell("F5").numFmt = "#,##0";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("dates in numeric fields of an .xlsx (issue 12, probe 14)", () => {
  it("the reader keeps the formats, and the date cells are A-FECHA-EN-CAMPO-NUMERICO at F3 and F4, not F5", async () => {
    const { libro } = await abrirXlsx(await libroConFechas(), "fechas.xlsx");
    expect(libro.hojas[0]?.formatos?.[2]?.[5]).toMatch(/d/);
    const c = consolidar(libro, { vigencia: 2024 });
    const fechas = c.hallazgos.filter((h) => h.codigo === "A-FECHA-EN-CAMPO-NUMERICO");
    expect(fechas.map((h) => [h.celda, h.valor, h.archivo])).toEqual([
      ["F3", 45366, "fechas.xlsx"],
      ["F4", 45000, "fechas.xlsx"],
    ]);
  });
});
