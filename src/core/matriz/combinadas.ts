/**
 * Merged areas (SPEC §3.4): the value of a merged area applies to every row it spans. Headers
 * read the whole area (a year merged over "Programado | Ejecutado"); data rows read it down the
 * area's first column only, so a note merged across a row is not copied into numeric fields.
 */
import { valorEn, type Combinada, type Hoja, type Valor } from "../grid/libro";

/** Areas larger than this are formatting, not structure (a whole merged column), and are not indexed. */
const MAX_CELDAS = 200_000;
const ANCHO = 20_000;

export interface IndiceCombinadas {
  /** The merged area covering (fila, columna), master included. */
  area(fila: number, columna: number): Combinada | undefined;
}

export function indexarCombinadas(hoja: Hoja): IndiceCombinadas {
  if (hoja.combinadas.length === 0) return { area: () => undefined };
  const mapa = new Map<number, Combinada>();
  for (const c of hoja.combinadas) {
    if (c.filas * c.columnas > MAX_CELDAS) continue;
    for (let f = c.fila; f < c.fila + c.filas; f++) for (let k = c.columna; k < c.columna + c.columnas; k++) mapa.set(f * ANCHO + k, c);
  }
  return { area: (f, k) => mapa.get(f * ANCHO + k) };
}

/** Header reading: any cell of an area answers the area's value. */
export function valorArea(hoja: Hoja, idx: IndiceCombinadas, fila: number, columna: number): Valor {
  const a = idx.area(fila, columna);
  return a ? valorEn(hoja, a.fila, a.columna) : valorEn(hoja, fila, columna);
}

/** Data reading: the area's value fills down its first column; other covered cells are empty. */
export function valorVertical(hoja: Hoja, idx: IndiceCombinadas, fila: number, columna: number): { valor: Valor; fila: number } {
  const a = idx.area(fila, columna);
  if (!a) return { valor: valorEn(hoja, fila, columna), fila };
  if (a.columna !== columna) return { valor: null, fila };
  return { valor: valorEn(hoja, a.fila, a.columna), fila: a.fila };
}

/** A cell inside an area that is not its top-left cell: its own value is always empty. */
export function esCubierta(idx: IndiceCombinadas, fila: number, columna: number): boolean {
  const a = idx.area(fila, columna);
  return a !== undefined && (a.fila !== fila || a.columna !== columna);
}
