/**
 * Numbers typed as text, read with the workbook's culture (SPEC §4): "1.234,56", "1.234",
 * "1234,5", "1,234.56" (unambiguous en-US in es-CO), "50%" → 0.5; spaces and NBSP removed.
 */
import { memo } from "../_lib/memo";
import type { Cultura } from "../grid/libro";

interface Patrones {
  readonly agrupado: RegExp;
  readonly simple: RegExp;
  readonly ajenoCompleto: RegExp;
  readonly ajenoDecimal: RegExp;
}

function esc(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Built once per culture (its two separators): parsing 50,000 cells must not compile regexes per cell. */
const patrones = memo(
  64,
  (c: Cultura): Patrones => {
    const d = esc(c.decimal);
    const m = esc(c.miles);
    return {
      // native grouping: "1.234.567,5" (a leading 0 group is not a thousands group: "0.250")
      agrupado: new RegExp(`^[1-9]\\d{0,2}(?:${m}\\d{3})+(?:${d}\\d+)?$`),
      simple: new RegExp(`^(?:\\d+(?:${d}\\d*)?|${d}\\d+)$`),
      // the other culture with both separators, grouping first: "1,234.56" in es-CO
      ajenoCompleto: new RegExp(`^[1-9]\\d{0,2}(?:${d}\\d{3})+${m}\\d+$`),
      // one group separator that cannot be a thousands group ("0.25", "12.5"): a decimal point
      ajenoDecimal: new RegExp(`^\\d+${m}\\d+$`),
    };
  },
  (c) => c.decimal + c.miles,
);

const ESPACIOS = /[\s\u00a0\u202f\u2007]+/g;

/**
 * The number a text denotes in `cultura`, or null when it is not a number.
 * @example numeroDeTexto("1.234,56", CULTURA_ES_CO) // 1234.56
 */
export function numeroDeTexto(texto: string, cultura: Cultura): number | null {
  let s = texto.replace(ESPACIOS, "");
  if (s.startsWith("$")) s = s.slice(1);
  let signo = 1;
  const c0 = s.charAt(0);
  if (c0 === "-" || c0 === "\u2212") {
    signo = -1;
    s = s.slice(1);
  } else if (c0 === "+") s = s.slice(1);
  let escala = 1;
  if (s.endsWith("%")) {
    escala = 0.01;
    s = s.slice(0, -1);
  }
  if (s === "") return null;
  const p = patrones(cultura);
  let canonico: string | null = null;
  if (p.agrupado.test(s)) canonico = s.split(cultura.miles).join("").replace(cultura.decimal, ".");
  else if (p.simple.test(s)) canonico = s.replace(cultura.decimal, ".");
  else if (p.ajenoCompleto.test(s)) canonico = s.split(cultura.decimal).join("").replace(cultura.miles, ".");
  else if (p.ajenoDecimal.test(s)) canonico = s.replace(cultura.miles, ".");
  if (canonico === null) return null;
  const n = Number(canonico);
  return Number.isFinite(n) ? signo * n * escala : null;
}
