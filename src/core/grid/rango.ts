/**
 * Rectangular A1 ranges, the one parser every layer uses (the report planner, the .xlsx writer,
 * the Office steps and the fake Excel). Two shapes of the same rectangle: `Rect` by its corners
 * (containment, formulas) and `Caja` by corner and size (what `getRangeByIndexes` takes).
 */
import { direccion, parseDireccion, rango } from "./direccion";

/** 0-based inclusive corners. */
export interface Rect {
  readonly fila1: number;
  readonly columna1: number;
  readonly fila2: number;
  readonly columna2: number;
}

/** 0-based top-left corner and size, as Office's `getRangeByIndexes(fila, columna, filas, columnas)`. */
export interface Caja {
  readonly fila: number;
  readonly columna: number;
  readonly filas: number;
  readonly columnas: number;
}

/**
 * "A1:D10", "B3", "$B$3" or "'Hoja 1'!D10:A1" → its 0-based inclusive corners, in order.
 * A sheet prefix is ignored (Office writes one in `range.address`); throws RangeError on anything else.
 * @example parseRango("B3:A1") // { fila1: 0, columna1: 0, fila2: 2, columna2: 1 }
 */
export function parseRango(a1: string): Rect {
  const partes = a1.slice(a1.lastIndexOf("!") + 1).split(":");
  if (partes.length > 2) throw new RangeError(`Rango inválido: ${a1}`);
  const p = parseDireccion(partes[0] ?? "");
  const q = partes[1] === undefined ? p : parseDireccion(partes[1]);
  return {
    fila1: Math.min(p.fila, q.fila),
    columna1: Math.min(p.columna, q.columna),
    fila2: Math.max(p.fila, q.fila),
    columna2: Math.max(p.columna, q.columna),
  };
}

/**
 * The A1 text of a rect; a single cell is written "B3".
 * @example aA1({ fila1: 0, columna1: 0, fila2: 9, columna2: 3 }) // "A1:D10"
 */
export function aA1(r: Rect): string {
  return r.fila1 === r.fila2 && r.columna1 === r.columna2 ? direccion(r.fila1, r.columna1) : rango(r.fila1, r.columna1, r.fila2, r.columna2);
}

/**
 * A column slice of rows fila1..fila2.
 * @example rangoColumna(2, 4, 11) // "C5:C12"
 */
export function rangoColumna(columna: number, fila1: number, fila2: number): string {
  return aA1({ fila1, columna1: columna, fila2, columna2: columna });
}

/** Whether `dentro` lies wholly inside `fuera`: `contiene(parseRango("A1:D10"), parseRango("B2"))` → true. */
export function contiene(fuera: Rect, dentro: Rect): boolean {
  return dentro.fila1 >= fuera.fila1 && dentro.fila2 <= fuera.fila2 && dentro.columna1 >= fuera.columna1 && dentro.columna2 <= fuera.columna2;
}

/** `cajaDeRect(parseRango("B2:D10"))` → { fila: 1, columna: 1, filas: 9, columnas: 3 }. */
export function cajaDeRect(r: Rect): Caja {
  return { fila: r.fila1, columna: r.columna1, filas: r.fila2 - r.fila1 + 1, columnas: r.columna2 - r.columna1 + 1 };
}

/** `rectDeCaja({ fila: 1, columna: 1, filas: 9, columnas: 3 })` → the corners of "B2:D10". */
export function rectDeCaja(c: Caja): Rect {
  return { fila1: c.fila, columna1: c.columna, fila2: c.fila + c.filas - 1, columna2: c.columna + c.columnas - 1 };
}

/** "B2:D10" → { fila: 1, columna: 1, filas: 9, columnas: 3 }; throws RangeError like parseRango. */
export function cajaDeRango(a1: string): Caja {
  return cajaDeRect(parseRango(a1));
}
