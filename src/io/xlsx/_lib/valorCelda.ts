/** exceljs cell values → the core's Valor (cached formula results, rich text, dates as serials). */
import type ExcelJS from "exceljs";
import type { Valor } from "../../../core/grid/libro";

const MS_DIA = 86_400_000;
/** Days between 1899-12-30 (Excel's day 0) and 1970-01-01. */
const EPOCA_EXCEL = 25_569;

/** exceljs reads date cells as UTC Dates; Excel stores the serial number. */
export function serialExcel(fecha: Date): number {
  return fecha.getTime() / MS_DIA + EPOCA_EXCEL;
}

/**
 * OOXML writes characters XML cannot hold as `_xHHHH_` (ECMA-376 §22.9.2.19, ST_Xstring), and a
 * literal "_x0007_" as "_x005F_x0007_"; exceljs hands them on as typed (issue 12, probe item 14).
 * @example desescaparOoxml("a_x0007_b") // "a\u0007b"
 */
export function desescaparOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_t, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

function textoRico(v: ExcelJS.CellRichTextValue): string {
  return desescaparOoxml(v.richText.map((r) => r.text).join(""));
}

/** The value of a cell as the core reads it (formula → cached result; hyperlink → its text). */
export function valorCelda(v: ExcelJS.CellValue): Valor {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return desescaparOoxml(v);
  if (typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialExcel(v);
  if ("error" in v) return { error: String(v.error) };
  if ("richText" in v) return textoRico(v);
  if ("formula" in v || "sharedFormula" in v) return valorCelda(v.result ?? null);
  if ("hyperlink" in v) {
    const t: unknown = v.text;
    if (typeof t === "string") return desescaparOoxml(t);
    if (t && typeof t === "object" && "richText" in t) return textoRico(t as ExcelJS.CellRichTextValue);
    return null;
  }
  return null;
}
