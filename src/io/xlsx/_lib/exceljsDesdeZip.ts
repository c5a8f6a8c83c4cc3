/**
 * exceljs on a package already unzipped (the view of vistaExcelJs). `Workbook.xlsx.load(buffer)`
 * always calls `JSZip.loadAsync(buffer)` first (exceljs 4.4 lib/xlsx/xlsx.js, before its first
 * await), and has no entry point that takes a loaded zip. Handing it our JSZip for that one
 * synchronous call lets it read the view without zipping it again. exceljs's browser build (the
 * one webpack bundles) carries its own JSZip and never calls ours: it then gets the view as bytes.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

export async function cargarExcelJs(vista: JSZip): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const original = JSZip.loadAsync.bind(JSZip);
  let usada = false;
  // Restored synchronously in `finally`: no other code runs while the swap is in place.
  JSZip.loadAsync = () => {
    usada = true;
    return Promise.resolve(vista);
  };
  let carga: Promise<unknown>;
  try {
    carga = wb.xlsx.load(new Uint8Array(0) as unknown as ExcelJS.Buffer);
  } finally {
    JSZip.loadAsync = original;
  }
  if (usada) {
    await carga;
    return wb;
  }
  // The bundled build is reading the empty buffer: that attempt fails and is replaced.
  carga.catch(() => undefined);
  const otro = new ExcelJS.Workbook();
  await otro.xlsx.load((await vista.generateAsync({ type: "uint8array", compression: "STORE" })) as unknown as ExcelJS.Buffer);
  return otro;
}
