/** Chart specs with the house defaults: Spanish titles, labelled axes, every category labelled, data labels. */
import type { Tope } from "../../calculo/tipos";
import type { GraficoPlan, RangoHoja, SeriePlan } from "../plan";

export const ANCHO_GRAFICO = 480;
export const ALTO_GRAFICO = 288;
/** Rows a chart of ALTO_GRAFICO points covers at the default 15-point row height, plus a gap. */
export const FILAS_POR_GRAFICO = 21;
export const ALTO_FILA = 15;

/** Horizontal bars: wide enough for a 40-character label beside a readable plot. */
export const ANCHO_BARRAS = 560;
/** Title, value axis, its title and the legend: the height that holds no bar. */
const ALTO_MARCO = 110;
/** Per bar of a category, and the gap between categories: a two-line 9-point label fits. */
const ALTO_BARRA = 14;
const ALTO_HUECO = 10;
const ALTO_MINIMO = 220;

export const COLOR_REAL = "#2F5597";
export const COLOR_ESPERADO = "#A5A5A5";
export const COLOR_PROGRAMADO = "#8EA9DB";
export const COLOR_EJECUTADO = "#2F5597";

export interface DatosGrafico {
  readonly id: string;
  readonly tipo: GraficoPlan["tipo"];
  readonly titulo: string;
  readonly categorias: RangoHoja;
  readonly series: readonly SeriePlan[];
  readonly tituloCategorias: string | null;
  readonly ancla: string;
  /** Size in points; ANCHO_GRAFICO × ALTO_GRAFICO when absent. */
  readonly ancho?: number;
  readonly alto?: number;
}

/**
 * Height of a horizontal bar chart that gives each category room for its bars and a two-line label.
 * @example altoBarras(15, 2) → 680
 */
export function altoBarras(categorias: number, series: number): number {
  return Math.max(ALTO_MINIMO, ALTO_MARCO + categorias * (series * ALTO_BARRA + ALTO_HUECO));
}

/**
 * A chart of percentages: axis "0%" from 0, up to 100 % when aggregates are capped
 * (SPEC §5.6) and open otherwise, so over-execution stays visible under "sin tope".
 */
export function graficoPorcentaje(d: DatosGrafico, tope: Tope, tituloValores = "% de ejecución"): GraficoPlan {
  return base(d, { formato: "0%", minimo: 0, maximo: tope === "100" ? 1 : null, titulo: tituloValores, unidad: null });
}

/** A chart of counts: axis "#,##0" from 0. */
export function graficoCantidad(d: DatosGrafico, tituloValores: string): GraficoPlan {
  return base(d, { formato: "#,##0", minimo: 0, maximo: null, titulo: tituloValores, unidad: null });
}

/**
 * A chart of pesos: the axis in millions ("#,##0,," scales by 10⁶), no data labels — budget
 * figures have ten digits and their labels would cover the bars — and about four gridlines up to
 * `maximo`, so the axis labels («40,000») never run into each other.
 */
export function graficoPesos(d: DatosGrafico, maximo: number): GraficoPlan {
  return base(d, { formato: "#,##0,,", minimo: 0, maximo: null, titulo: "Millones de pesos", unidad: unidadRedonda(maximo / 4) }, false);
}

/**
 * The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `x`; null for no positive value.
 * @example unidadRedonda(10_200_000_000) → 20_000_000_000
 */
export function unidadRedonda(x: number): number | null {
  if (!(x > 0) || !Number.isFinite(x)) return null;
  const potencia = 10 ** Math.floor(Math.log10(x));
  const paso = [1, 2, 2.5, 5, 10].find((m) => m * potencia >= x * (1 - 1e-12)) ?? 10;
  return paso * potencia;
}

function base(d: DatosGrafico, ejeValores: GraficoPlan["ejeValores"], etiquetas = true): GraficoPlan {
  return {
    id: d.id,
    tipo: d.tipo,
    titulo: d.titulo,
    categorias: d.categorias,
    series: d.series,
    ejeValores,
    ejeCategorias: { titulo: d.tituloCategorias, saltoEtiquetas: 1, ordenInverso: d.tipo === "barras", tamanoEtiquetas: 9 },
    // Clustered bars closer together, so each group reads as one.
    separacion: d.series.length > 1 ? 40 : 60,
    // A pie names its slices only in the legend, and its labels give each one's share.
    etiquetas: etiquetas || d.tipo === "circular",
    leyenda: d.series.length > 1 || d.tipo === "circular",
    ancla: d.ancla,
    ancho: d.ancho ?? ANCHO_GRAFICO,
    alto: d.alto ?? ALTO_GRAFICO,
  };
}
