/** Chart specs with the house defaults: Spanish titles, labelled axes, data labels, fixed size. */
import type { Tope } from "../../calculo/tipos";
import type { GraficoPlan, RangoHoja, SeriePlan } from "../plan";

export const ANCHO_GRAFICO = 480;
export const ALTO_GRAFICO = 288;
/** Rows a chart of ALTO_GRAFICO points covers at the default 15-point row height, plus a gap. */
export const FILAS_POR_GRAFICO = 21;

export const COLOR_REAL = "#2F5597";
export const COLOR_ESPERADO = "#A5A5A5";
export const COLOR_PROGRAMADO = "#8EA9DB";
export const COLOR_EJECUTADO = "#2F5597";

interface DatosGrafico {
  readonly id: string;
  readonly tipo: GraficoPlan["tipo"];
  readonly titulo: string;
  readonly categorias: RangoHoja;
  readonly series: readonly SeriePlan[];
  readonly tituloCategorias: string | null;
  readonly ancla: string;
}

/**
 * A chart of percentages: axis "0%" from 0, up to 100 % when aggregates are capped
 * (SPEC §5.6) and open otherwise, so over-execution stays visible under "sin tope".
 */
export function graficoPorcentaje(d: DatosGrafico, tope: Tope, tituloValores = "% de ejecución"): GraficoPlan {
  return base(d, { formato: "0%", minimo: 0, maximo: tope === "100" ? 1 : null, titulo: tituloValores });
}

/** A chart of counts: axis "#,##0" from 0. */
export function graficoCantidad(d: DatosGrafico, tituloValores: string): GraficoPlan {
  return base(d, { formato: "#,##0", minimo: 0, maximo: null, titulo: tituloValores });
}

/**
 * A chart of pesos: the axis in millions ("#,##0,," scales by 10⁶), no data labels — budget
 * figures have ten digits and their labels would cover the bars.
 */
export function graficoPesos(d: DatosGrafico): GraficoPlan {
  return base(d, { formato: "#,##0,,", minimo: 0, maximo: null, titulo: "Millones de pesos" }, false);
}

function base(d: DatosGrafico, ejeValores: GraficoPlan["ejeValores"], etiquetas = true): GraficoPlan {
  return {
    id: d.id, tipo: d.tipo, titulo: d.titulo, categorias: d.categorias, series: d.series, ejeValores,
    ejeCategorias: { titulo: d.tituloCategorias }, etiquetas, leyenda: d.series.length > 1,
    ancla: d.ancla, ancho: ANCHO_GRAFICO, alto: ALTO_GRAFICO,
  };
}
