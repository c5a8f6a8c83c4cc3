/**
 * Whether a cell's number format shows a date or a time (issue 12, probe 14): Excel keeps a date
 * as its serial number, so only the format tells «15/03/2024» from the figure 45366.
 */

/** Quoted literals, backslash escapes and bracketed sections ([Red], [$-240A], [>100]), except elapsed time ([h], [mm], [ss]). */
const LITERALES = /"[^"]*"|\\.|\[(?![hms]+\])[^\]]*\]/gi;
/** Date and time codes (ECMA-376 §18.8.31): day, month/minute, year, hour, second, AM/PM, elapsed time. */
const CODIGO_FECHA = /[dmyhs]|\[[hms]+\]/i;

/**
 * @example esFormatoFecha("dd/mm/yyyy") // true; esFormatoFecha("#,##0 \"días\"") // false
 */
export function esFormatoFecha(formato: string): boolean {
  if (/^general$/i.test(formato.trim())) return false;
  return CODIGO_FECHA.test(formato.replace(LITERALES, ""));
}
