/**
 * Strings Excel would not keep as typed: formulas ("=", "+", "-", "@"), numbers, percentages,
 * dates, booleans and a leading apostrophe (eaten as the quote prefix). SPEC §4 wants text that
 * starts with "=", "+", "-" or "@" written as text; the others would silently change value too.
 * We pre-format those cells as text ("@") in the same batch, before the values, so Excel stores
 * the string as it is (office-addin-notes §3.4); an apostrophe prefix would also work but puts a
 * character in the request that is not in the plan.
 */
import type { ValorPlan } from "../../core/reporte/plan";
import type { ValorRango } from "./api";

const COERCIBLE = [
  /^[=+\-@']/,
  /^\s*[\d.,\s]+%?\s*$/,
  /^\s*\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?(\s.*)?$/,
  /^\s*(true|false|verdadero|falso)\s*$/i,
];

export function esTextoLiteral(v: ValorPlan): boolean {
  if (typeof v === "object" && v !== null) return true;
  return typeof v === "string" && v !== "" && COERCIBLE.some((r) => r.test(v));
}

export function valorExcel(v: ValorPlan): ValorRango {
  return typeof v === "object" && v !== null ? v.texto : v;
}
