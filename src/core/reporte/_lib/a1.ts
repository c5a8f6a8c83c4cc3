/** Rectangular A1 ranges: build from 0-based corners, parse back, test containment. */
import { direccion, parseDireccion, rango } from "../../grid/direccion";

export interface Rect {
  readonly fila1: number;
  readonly columna1: number;
  readonly fila2: number;
  readonly columna2: number;
}

/** "A1:D10" or "B3" → its 0-based inclusive corners. */
export function parseRango(a1: string): Rect {
  const [desde, hasta] = a1.split(":");
  const p = parseDireccion(desde ?? "");
  const q = hasta === undefined ? p : parseDireccion(hasta);
  return { fila1: Math.min(p.fila, q.fila), columna1: Math.min(p.columna, q.columna), fila2: Math.max(p.fila, q.fila), columna2: Math.max(p.columna, q.columna) };
}

/** The A1 text of a rect; a single cell is written "B3". */
export function aA1(r: Rect): string {
  return r.fila1 === r.fila2 && r.columna1 === r.columna2 ? direccion(r.fila1, r.columna1) : rango(r.fila1, r.columna1, r.fila2, r.columna2);
}

/** A column slice of rows fila1..fila2 ("C5:C12"). */
export function rangoColumna(columna: number, fila1: number, fila2: number): string {
  return aA1({ fila1, columna1: columna, fila2, columna2: columna });
}

export function contiene(fuera: Rect, dentro: Rect): boolean {
  return dentro.fila1 >= fuera.fila1 && dentro.fila2 <= fuera.fila2 && dentro.columna1 >= fuera.columna1 && dentro.columna2 <= fuera.columna2;
}
