/**
 * Text as typed. `Range.values` parses a string as if the user typed it in their locale, so
 * "(15)", "$ 1.500", "10:30", "1 1/2", "15-ene", "#N/A", "=…", "+…", "-…", "@…" would change
 * value. No list of risky shapes can be complete, so every text cell gets the "@" (text) format
 * in the same batch before its value (../shared/reference/office-addin-notes.md §3.4); numbers and booleans travel as
 * numbers and booleans. A leading apostrophe in an "@" cell is assumed kept as typed
 * (docs/verificacion-excel.md).
 */
import type { ValorPlan, VinculoPlan } from "../../core/reporte/plan";
import type { ValorRango } from "./api";

/** Every string (and every TextoLiteral) is written into an "@" cell. */
export function esTexto(v: ValorPlan): boolean {
  return (typeof v === "object" && v !== null) || (typeof v === "string" && v !== "");
}

export function valorExcel(v: ValorPlan): ValorRango {
  return typeof v === "object" && v !== null ? v.texto : v;
}

const comillas = (t: string): string => `"${t.replace(/"/g, '""')}"`;

/** Excel refuses string literals over 255 characters inside a formula. */
export const LARGO_TEXTO_FORMULA = 255;

/** `=HYPERLINK("#'Hoja'!A1","texto")`, or null when a text is too long for a formula. */
export function formulaVinculo(v: VinculoPlan, valor: ValorPlan): string | null {
  const destino = `#'${v.hoja.replace(/'/g, "''")}'!${v.destino}`;
  const texto = valorExcel(valor);
  if (destino.length > LARGO_TEXTO_FORMULA) return null;
  if (typeof texto === "number") return `=HYPERLINK(${comillas(destino)},${texto})`;
  const t = texto === null ? "" : String(texto);
  return t.length > LARGO_TEXTO_FORMULA ? null : `=HYPERLINK(${comillas(destino)},${comillas(t)})`;
}
