/** Reads a chart of the plan the way a writer would: its categories and series from the cells its ranges name. */
import type { GraficoPlan, HojaPlan, RangoHoja, ValorPlan } from "../../../src/core/reporte/plan";
import { parseRango } from "../../../src/core/grid/rango";
import { direccion } from "../../../src/core/grid/direccion";
import { celdas, comoTexto } from "./_plan";

export function valoresDe(h: HojaPlan, r: RangoHoja): ValorPlan[] {
  if (r.hoja !== h.nombre) throw new Error(`el rango ${r.hoja}!${r.rango} no es de ${h.nombre}`);
  const m = celdas(h);
  const x = parseRango(r.rango);
  const out: ValorPlan[] = [];
  for (let f = x.fila1; f <= x.fila2; f++) for (let c = x.columna1; c <= x.columna2; c++) out.push(m.get(direccion(f, c)) ?? null);
  return out;
}

/** category → [value of each series], in the chart's order. */
export function puntos(h: HojaPlan, g: GraficoPlan): [string, ...ValorPlan[]][] {
  const cats = valoresDe(h, g.categorias);
  const series = g.series.map((s) => valoresDe(h, s.valores));
  return cats.map((c, i) => [comoTexto(c), ...series.map((s) => s[i] ?? null)]);
}

export function grafico(h: HojaPlan, id: string): GraficoPlan {
  const g = h.graficos.find((x) => x.id === id);
  if (!g) throw new Error(`la hoja ${h.nombre} no tiene el gráfico ${id}`);
  return g;
}
