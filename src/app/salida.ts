/** The name of the consolidated copy (SPEC §9), the same for the CLI and the web page. */

/**
 * `<first>.consolidado.xlsx` beside the first input; a macro-enabled first file keeps `.xlsm`,
 * since the copy is its package with the report grafted in.
 * @example nombreConsolidado("plan.XLSM") // "plan.consolidado.xlsm"
 */
export function nombreConsolidado(primerArchivo: string): string {
  const punto = primerArchivo.lastIndexOf(".");
  // a leading dot (".xlsx") is a name without extension, as path.parse reads it
  const [base, ext] = punto > 0 ? [primerArchivo.slice(0, punto), primerArchivo.slice(punto)] : [primerArchivo, ""];
  return `${base}.consolidado${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`;
}
