/** Cell values as the sheet modules produce them, and their conversion to plan values. */
import type { TextoLiteral, ValorPlan } from "../plan";

/** What a sheet module puts in a cell: numbers stay numbers, null stays blank (SPEC §4: blank ≠ 0). */
export type Celda = number | string | boolean | null;

/** Text that Excel would take as a formula or an operator (SPEC §4). */
const PARECE_FORMULA = /^[=+\-@]/;

/**
 * The one place every string cell passes through: formula-looking text becomes a TextoLiteral,
 * non-finite numbers become blank. `aValorPlan("=SUMA(A1)")` → `{ texto: "=SUMA(A1)" }`.
 */
export function aValorPlan(v: Celda): ValorPlan {
  if (typeof v === "string") return PARECE_FORMULA.test(v) ? ({ texto: v } satisfies TextoLiteral) : v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  return v;
}

/** Length in characters a value shows with, used to size columns. */
export function largoVisible(v: Celda, formato: string | undefined): number {
  if (v === null) return 0;
  if (typeof v === "string") return Math.max(...v.split("\n").map((l) => l.length));
  if (typeof v === "boolean") return 5;
  if (formato?.includes("%")) return 7;
  if (formato?.startsWith("yyyy")) return formato.length;
  // digits, thousands separators and two decimals, without formatting the number (hot path: Datos)
  const digitos = Math.abs(v) < 1 ? 1 : Math.floor(Math.log10(Math.abs(v))) + 1;
  return Math.min(18, digitos + Math.floor((digitos - 1) / 3) + (Number.isInteger(v) ? 0 : 3) + (v < 0 ? 1 : 0));
}
