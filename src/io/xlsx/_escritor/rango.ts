/** The quoting formulas need around the plan's A1 ranges (parsed by the core's grid/rango). */
import { direccion } from "../../../core/grid/direccion";
import type { Rect } from "../../../core/grid/rango";

/** "'Por dependencia'" — always quoted, apostrophes doubled, valid in any formula. */
export function hojaEnFormula(hoja: string): string {
  return `'${hoja.replace(/'/g, "''")}'`;
}

/** "'Hoja'!$A$2:$A$9" */
export function referenciaAbsoluta(hoja: string, r: Rect): string {
  const abs = (f: number, c: number): string => direccion(f, c).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const fin = r.fila1 === r.fila2 && r.columna1 === r.columna2 ? "" : `:${abs(r.fila2, r.columna2)}`;
  return `${hojaEnFormula(hoja)}!${abs(r.fila1, r.columna1)}${fin}`;
}
