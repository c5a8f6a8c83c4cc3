/** A1 ranges of the plan, 0-based and inclusive, plus the quoting formulas need. */
import { direccion, parseDireccion } from "../../../core/grid/direccion";

export interface Rect {
  readonly fila1: number;
  readonly columna1: number;
  readonly fila2: number;
  readonly columna2: number;
}

/** "B2:D10" or "B2" → Rect; throws RangeError on anything else. */
export function parseRango(a1: string): Rect {
  const [a, b] = a1.split(":");
  if (a === undefined) throw new RangeError(`Rango inválido: ${a1}`);
  const p = parseDireccion(a);
  const q = b === undefined ? p : parseDireccion(b);
  return {
    fila1: Math.min(p.fila, q.fila),
    columna1: Math.min(p.columna, q.columna),
    fila2: Math.max(p.fila, q.fila),
    columna2: Math.max(p.columna, q.columna),
  };
}

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
