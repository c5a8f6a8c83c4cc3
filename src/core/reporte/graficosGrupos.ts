/**
 * A chart over groups (dependencies, nodes of a level, sectors) with its own data block: short
 * labels (graficosEtiquetas) and the bars sorted by value, in a block beside the chart, so the
 * sheet's table keeps its full names and its own order. Horizontal bars, as tall as the categories
 * need, every one labelled.
 */
import type { MarcaCuatrienio } from "../calculo/modoPlan";
import type { Tope } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import { aA1, rangoColumna } from "../grid/rango";
import type { GraficoPlan, RangoHoja } from "./plan";
import { ALTO_FILA, ALTO_GRAFICO, ANCHO_BARRAS, altoBarras, graficoCantidad, graficoPesos, graficoPorcentaje, type DatosGrafico } from "./_lib/graficos";
import type { HojaEnConstruccion } from "./_lib/hoja";
import { etiquetasGrafico, LARGO_ETIQUETA } from "./graficosEtiquetas";

export type Medida =
  | { readonly tipo: "porcentaje"; readonly tope: Tope; readonly titulo: string }
  | { readonly tipo: "cantidad"; readonly titulo: string }
  | { readonly tipo: "pesos" };

export interface SerieGrupos<T> {
  readonly nombre: string;
  readonly valor: (t: T) => number | null;
  readonly color: string;
  /** Per-bar colour (semáforo). */
  readonly colorPunto?: (t: T) => string;
}

/** `cuatrienio`: a chart a one-year plan leaves out (segunModoPlan). */
export interface GraficoGrupos<T> extends MarcaCuatrienio {
  readonly id: string;
  readonly titulo: string;
  readonly tituloCategorias: string;
  readonly filas: readonly T[];
  readonly nombre: (t: T) => { readonly codigo: string | null; readonly nombre: string };
  readonly series: readonly SerieGrupos<T>[];
  /** Bars sorted by this value, highest first, blanks last; absent = the given order (semáforo levels). */
  readonly orden?: (t: T) => number | null;
  readonly medida: Medida;
  /** Horizontal bars when absent; the other types take the house chart size (charts on demand). */
  readonly tipo?: GraficoPlan["tipo"];
}

const FORMATO: Record<Medida["tipo"], string> = { porcentaje: "0.0%", cantidad: "#,##0", pesos: "#,##0" };
/** Rows left empty below a block and its chart, before the next one. */
const HUECO = 2;

/** Highest first, blanks last; Array.prototype.sort is stable, so ties keep the given order. */
export function ordenarDescendente<T>(filas: readonly T[], valor: (t: T) => number | null): T[] {
  return [...filas].sort((a, b) => (valor(b) ?? -Infinity) - (valor(a) ?? -Infinity));
}

/**
 * Writes the chart's data block at (fila, columna) and the chart right of it; returns the first
 * free row below both. Nothing is written for no rows.
 * @example graficoDeGrupos(h, 3, 14, { id: "dependencias-vigencia", filas: grupos, … }) → 40
 */
export function graficoDeGrupos<T>(h: HojaEnConstruccion, fila: number, columna: number, g: GraficoGrupos<T>): number {
  if (g.filas.length === 0) return fila;
  const filas = g.orden ? ordenarDescendente(g.filas, g.orden) : [...g.filas];
  const etiquetas = etiquetasGrafico(filas.map(g.nombre));
  const formato = FORMATO[g.medida.tipo];
  h.bloque(
    fila,
    columna,
    [[g.tituloCategorias, ...g.series.map((s) => s.nombre)], ...filas.map((t, i) => [etiquetas[i] ?? "", ...g.series.map((s) => s.valor(t))])],
    { formatos: [undefined, ...g.series.map(() => formato)] },
  );
  h.encabezado(aA1({ fila1: fila, columna1: columna, fila2: fila, columna2: columna + g.series.length }));
  h.formato(aA1({ fila1: fila + 1, columna1: columna + 1, fila2: fila + filas.length, columna2: columna + g.series.length }), formato);
  h.ancho(columna, LARGO_ETIQUETA + 2);
  const rango = (j: number): RangoHoja => ({ hoja: h.nombre, rango: rangoColumna(columna + j, fila + 1, fila + filas.length) });
  const tipo = g.tipo ?? "barras";
  const alto = tipo === "barras" ? altoBarras(filas.length, g.series.length) : ALTO_GRAFICO;
  const d: DatosGrafico = {
    id: g.id,
    tipo,
    titulo: g.titulo,
    categorias: rango(0),
    tituloCategorias: g.tituloCategorias,
    ancla: direccion(fila, columna + g.series.length + 2),
    ancho: ANCHO_BARRAS,
    alto,
    series: g.series.map((s, j) => ({
      nombre: s.nombre,
      valores: rango(j + 1),
      color: s.color,
      ...(s.colorPunto ? { coloresPuntos: filas.map(s.colorPunto) } : {}),
    })),
  };
  const maximo = filas.reduce((a, t) => g.series.reduce((b, s) => Math.max(b, s.valor(t) ?? 0), a), 0);
  h.grafico(especificar(d, g.medida, maximo));
  return fila + Math.max(filas.length + 1, Math.ceil(alto / ALTO_FILA)) + HUECO;
}

function especificar(d: DatosGrafico, m: Medida, maximo: number): GraficoPlan {
  switch (m.tipo) {
    case "porcentaje":
      return graficoPorcentaje(d, m.tope, m.titulo);
    case "cantidad":
      return graficoCantidad(d, m.titulo);
    case "pesos":
      return graficoPesos(d, maximo);
  }
}
