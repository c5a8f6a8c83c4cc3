/**
 * exceljs on a package already unzipped. `Workbook.xlsx.load(buffer)` always calls
 * `JSZip.loadAsync(buffer)` first (exceljs 4.4 lib/xlsx/xlsx.js, before its first await), and has
 * no entry point that takes a loaded zip. Handing it our JSZip for that one synchronous call lets
 * the ownership record, the saved settings and the writer share the single unzip of each file.
 * If exceljs is a build that bundles its own JSZip (its browser dist), the swap is simply unused
 * and it unzips the bytes again: slower, never wrong.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function cargarExcelJs(zip: JSZip, bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const original = JSZip.loadAsync.bind(JSZip);
  // Restored synchronously in `finally`: no other code runs while the swap is in place.
  JSZip.loadAsync = () => Promise.resolve(zip);
  let carga: Promise<unknown>;
  try {
    carga = wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } finally {
    JSZip.loadAsync = original;
  }
  await carga;
  return wb;
}
