/**
 * Merged areas (SPEC §3.4): the value of a merged area applies to every row it spans. Headers
 * read the whole area (a year merged over "Programado | Ejecutado"); data rows read it down the
 * area's first column only, so a note merged across a row is not copied into numeric fields.
 */
import { valorEn, type Combinada, type Hoja, type Valor } from "../grid/libro";

export interface IndiceCombinadas {
  /** True when the sheet has no merged area: readers take the fast path. */
  readonly vacio: boolean;
  /** The merged area covering (fila, columna), master included. */
  area(fila: number, columna: number): Combinada | undefined;
  /** Last row any area covers in `columna` (-1 when none): rows below it read the grid directly. */
  ultimaFila(columna: number): number;
}

export function indexarCombinadas(hoja: Hoja): IndiceCombinadas {
  if (hoja.combinadas.length === 0) return { vacio: true, area: () => undefined, ultimaFila: () => -1 };
  // per column, the areas crossing it sorted by first row (areas never overlap): a binary search
  // answers a cell without indexing every covered cell
  const porColumna: Combinada[][] = [];
  const ultima: number[] = [];
  for (const c of hoja.combinadas) {
    for (let k = c.columna; k < c.columna + c.columnas; k++) {
      (porColumna[k] ??= []).push(c);
      ultima[k] = Math.max(ultima[k] ?? -1, c.fila + c.filas - 1);
    }
  }
  for (const lista of porColumna) lista?.sort((x, y) => x.fila - y.fila);
  const area = (f: number, k: number): Combinada | undefined => {
    const lista = porColumna[k];
    if (!lista || f > (ultima[k] ?? -1)) return undefined;
    let lo = 0;
    let hi = lista.length - 1;
    while (lo < hi) {
      const m = (lo + hi + 1) >> 1;
      if ((lista[m]?.fila ?? 0) <= f) lo = m;
      else hi = m - 1;
    }
    const c = lista[lo];
    return c && c.fila <= f && f < c.fila + c.filas ? c : undefined;
  };
  return { vacio: false, area, ultimaFila: (k) => ultima[k] ?? -1 };
}

/** Header reading: any cell of an area answers the area's value. */
export function valorArea(hoja: Hoja, idx: IndiceCombinadas, fila: number, columna: number): Valor {
  const a = idx.area(fila, columna);
  return a ? valorEn(hoja, a.fila, a.columna) : valorEn(hoja, fila, columna);
}

/** Data reading: the area's value fills down its first column; other covered cells are empty. */
export function valorVerticalSolo(hoja: Hoja, idx: IndiceCombinadas, fila: number, columna: number): Valor {
  if (idx.vacio || fila > idx.ultimaFila(columna)) return hoja.valores[fila]?.[columna] ?? null;
  const a = idx.area(fila, columna);
  if (!a) return hoja.valores[fila]?.[columna] ?? null;
  return a.columna === columna ? valorEn(hoja, a.fila, a.columna) : null;
}

/** As valorVerticalSolo, with the row the value was written on (for the cell address). */
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
