/** The values a chart shows, taken from the plan itself (for the caches of the chart part). */
import { ErrorRangoGrafico } from "../../../core/fallos";
import type { HojaPlan, RangoHoja, ValorPlan } from "../../../core/reporte/plan";
import { parseRango } from "../../../core/grid/rango";

export type LectorRango = (r: RangoHoja) => ValorPlan[];

/**
 * Row-major values of a range of one of the plan's sheets; empty cells are null. A sheet's
 * cells are indexed only when a chart first reads it (Datos, the largest, has no charts).
 */
export function lectorDelPlan(hojas: readonly HojaPlan[]): LectorRango {
  const celdas = new Map<string, Map<number, ValorPlan>>();
  const indexar = (nombre: string): Map<number, ValorPlan> => {
    const previo = celdas.get(nombre);
    if (previo !== undefined) return previo;
    const h = hojas.find((x) => x.nombre === nombre);
    if (h === undefined) throw new ErrorRangoGrafico(nombre);
    const m = new Map<number, ValorPlan>();
    for (const b of h.bloques) {
      const { fila1, columna1 } = parseRango(b.inicio);
      b.valores.forEach((fila, i) => fila.forEach((v, j) => m.set((fila1 + i) * 16384 + columna1 + j, v)));
    }
    celdas.set(nombre, m);
    return m;
  };
  return ({ hoja, rango }) => {
    const m = indexar(hoja);
    const r = parseRango(rango);
    const valores: ValorPlan[] = [];
    for (let f = r.fila1; f <= r.fila2; f++) for (let c = r.columna1; c <= r.columna2; c++) valores.push(m.get(f * 16384 + c) ?? null);
    return valores;
  };
}
