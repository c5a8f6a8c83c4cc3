/**
 * Writes the example's sheets to .xlsx with exceljs, formatted as a planning office would:
 * titles, a coloured header, widths, number formats, frozen header, formulas with cached results.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { esValorError, type Valor } from "../../src/core/grid/libro";
import type { HojaEjemplo } from "./lienzo";

/** Fixed so that generating twice gives the same package metadata. */
const FECHA = new Date(Date.UTC(2026, 0, 15, 12, 0, 0));

type ValorCelda = ExcelJS.CellValue;

function aCelda(v: Valor): ValorCelda {
  if (esValorError(v)) return { error: v.error as ExcelJS.CellErrorValue["error"] };
  return v;
}

function escribirHoja(wb: ExcelJS.Workbook, h: HojaEjemplo): void {
  const ws = wb.addWorksheet(h.hoja.nombre, { views: h.filaEncabezado > 0 ? [{ state: "frozen", ySplit: h.filaEncabezado, xSplit: 0 }] : [] });
  h.anchos.forEach((w, c) => (ws.getColumn(c + 1).width = w));
  for (const m of h.hoja.combinadas) ws.mergeCells(m.fila + 1, m.columna + 1, m.fila + m.filas, m.columna + m.columnas);
  h.hoja.valores.forEach((fila, f) => {
    fila.forEach((v, c) => {
      const celda = ws.getCell(f + 1, c + 1);
      const formula = h.formulas.get(celda.address);
      if (formula !== undefined) {
        const resultado = aCelda(v);
        celda.value = resultado === null ? { formula } : ({ formula, result: resultado } as ExcelJS.CellFormulaValue);
      } else if (v !== null) celda.value = aCelda(v);
      const formato = h.formatos.get(c);
      if (formato && f + 1 > h.filaEncabezado) celda.numFmt = formato;
    });
  });
  // Merged eje/programa cells read from the top, as planning offices format them.
  for (const c of [1, 2, 3]) ws.getColumn(c).alignment = { vertical: "top", wrapText: true };
  for (const f of h.filasTitulo) ws.getRow(f).font = { bold: true, size: f === 1 ? 14 : 12 };
  if (h.filaEncabezado > 0) {
    const enc = ws.getRow(h.filaEncabezado);
    enc.height = 42;
    enc.eachCell((c) => {
      c.font = { bold: true, color: { argb: "FFFFFFFF" } };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
      c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    });
  }
}

export async function xlsxDeHojas(hojas: readonly HojaEjemplo[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Seguimiento (generador de ejemplo)";
  wb.created = FECHA;
  wb.modified = FECHA;
  for (const h of hojas) escribirHoja(wb, h);
  // exceljs stamps every zip entry with the current time: fix it so that the committed file is byte-stable.
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  zip.forEach((_, entrada) => {
    entrada.date = FECHA;
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
