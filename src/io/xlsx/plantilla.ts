/**
 * The per-dependency templates as .xlsx (issue 14): each PlanPlantilla written as it says — the
 * instructions first, the matrix sheets with their validations, the cells the dependency fills
 * unlocked (and tinted), every sheet protected without a password, and the record very hidden.
 * exceljs writes all of it natively. No Node APIs: the pane and the web page use it too.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { esValorError, type Valor } from "../../core/grid/libro";
import type { HojaPlantilla, PlanPlantilla, ValidacionPlantilla } from "../../core/plantillas";

/** Excel keeps at most 32,767 characters in a cell. */
const LARGO_CELDA = 32_767;
const RELLENO_EDITABLE: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };

/**
 * Protection without a password (documented in the README and the instructions): it prevents
 * mistakes, not changes — Revisar › Desproteger hoja lifts it. Columns may be widened.
 */
const PROTECCION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: false,
  insertRows: false,
  insertColumns: false,
  deleteRows: false,
  deleteColumns: false,
  sort: false,
  autoFilter: false,
};

function valorExcel(v: Valor): ExcelJS.CellValue {
  if (typeof v === "string") return v.length > LARGO_CELDA ? v.slice(0, LARGO_CELDA) : v;
  // a formula saved without its result has no value to copy (and its references would point elsewhere here)
  if (esValorError(v)) return v.formula === undefined ? { error: v.error as ExcelJS.CellErrorValue["error"] } : null;
  return v;
}

function validacionExcel(v: ValidacionPlantilla): ExcelJS.DataValidation {
  const ayuda = { showInputMessage: true, promptTitle: v.tituloAyuda, prompt: v.ayuda };
  if (v.tipo === "texto") return { type: "any", allowBlank: true, formulae: [], ...ayuda } as unknown as ExcelJS.DataValidation;
  return {
    type: v.tipo === "lista" ? "list" : v.tipo === "decimal" ? "decimal" : "custom",
    ...(v.operador === "mayorOIgual" ? { operator: "greaterThanOrEqual" as const } : {}),
    allowBlank: true,
    formulae: [v.formula],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: v.tituloError,
    error: v.error,
    ...ayuda,
  };
}

function escribirHoja(wb: ExcelJS.Workbook, h: HojaPlantilla): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(h.nombre, {
    views: [{ state: "frozen", ySplit: h.filaEncabezado, xSplit: 0 }],
    // dependencies print what they send back: landscape, one page wide, like the report sheets
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  h.valores.forEach((fila, r) =>
    fila.forEach((v, c) => {
      const formato = h.formatos[r]?.[c] ?? null;
      if (v === null && formato === null) return;
      const celda = ws.getCell(r + 1, c + 1);
      celda.value = valorExcel(v);
      if (formato !== null) celda.numFmt = formato;
    }),
  );
  for (const a of h.combinadas) ws.mergeCells(a.fila + 1, a.columna + 1, a.fila + a.filas, a.columna + a.columnas);
  h.anchos.forEach((ancho, c) => (ws.getColumn(c + 1).width = ancho));
  for (let r = 1; r <= h.filaEncabezado; r++) ws.getRow(r).font = { bold: true };
  const encabezado = ws.getRow(h.filaEncabezado);
  // bold headers are wider than the widths counted in characters: room for a second line
  encabezado.alignment = { wrapText: true, vertical: "top" };
  encabezado.height = 32;
  // a merged level shows its name at the top of its rows, beside its first meta
  for (const a of h.combinadas) if (a.fila >= h.filaEncabezado) ws.getCell(a.fila + 1, a.columna + 1).alignment = { vertical: "top", wrapText: true };
  for (const fila of h.filasMetas)
    for (const letra of h.columnasEditables) {
      const celda = ws.getCell(`${letra}${fila}`);
      celda.protection = { locked: false };
      celda.fill = RELLENO_EDITABLE;
    }
  // exceljs 4.4 validates whole ranges through Worksheet.dataValidations, which its typings leave out
  const validaciones = (ws as unknown as { dataValidations: { add(rango: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of h.validaciones) validaciones.add(v.rango, validacionExcel(v));
  return ws;
}

/**
 * One template's workbook.
 * @example const bytes = await escribirPlantilla(plan.plantillas[0])
 */
export async function escribirPlantilla(plan: PlanPlantilla): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Seguimiento";
  const instrucciones = wb.addWorksheet(plan.instrucciones.nombre);
  instrucciones.getColumn(1).width = 120;
  plan.instrucciones.lineas.forEach((linea, i) => {
    const celda = instrucciones.getCell(i + 1, 1);
    celda.value = linea;
    celda.alignment = { wrapText: true, vertical: "top" };
    if (i === 0) celda.font = { bold: true, size: 14 };
  });
  const hojas = [instrucciones, ...plan.hojas.map((h) => escribirHoja(wb, h))];
  const registro = wb.addWorksheet(plan.hojaRegistro.nombre, { state: "veryHidden" });
  plan.hojaRegistro.valores.forEach((fila, r) => fila.forEach((v, c) => v !== null && (registro.getCell(r + 1, c + 1).value = valorExcel(v))));
  for (const ws of [...hojas, registro]) await ws.protect("", PROTECCION);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * Every template in one .zip (what the pane downloads), each under its file name.
 * @example const zip = await zipPlantillas(resultado.plantillas)
 */
export async function zipPlantillas(planes: readonly PlanPlantilla[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const p of planes) zip.file(p.archivo, await escribirPlantilla(p));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
