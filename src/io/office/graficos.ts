/**
 * A chart of the plan: created from its first series' range, then every series set
 * explicitly (series.add/setValues/setXAxisValues, ExcelApi 1.7) because categories and
 * values may live on other sheets; colours set explicitly, never read back (notes §3.6).
 */
import type { GraficoPlan, RangoHoja } from "../../core/reporte/plan";
import type { HojaExcel, RangoExcel } from "./api";
import type { Estado, Paso } from "./pasos";

const TIPO = { barras: "BarClustered", columnas: "ColumnClustered", circular: "Pie" } as const;

export function pasoGrafico(hojaPlan: string, g: GraficoPlan, hojaDe: (e: Estado, nombre: string) => HojaExcel): Paso {
  return {
    bytes: 400 + 200 * g.series.length + 60 * g.series.reduce((s, x) => s + (x.coloresPuntos?.length ?? 0), 0),
    aplicar: (e) => {
      const rango = (r: RangoHoja): RangoExcel => hojaDe(e, r.hoja).getRange(r.rango);
      const primera = g.series[0];
      if (!primera) return;
      const grafico = hojaDe(e, hojaPlan).charts.add(TIPO[g.tipo], rango(primera.valores), "Columns");
      grafico.name = g.id;
      grafico.title.text = g.titulo;
      grafico.legend.visible = g.leyenda;
      grafico.dataLabels.showValue = g.etiquetas;
      g.series.forEach((s, i) => {
        const serie = i === 0 ? grafico.series.getItemAt(0) : grafico.series.add(s.nombre);
        serie.name = s.nombre;
        if (i > 0) serie.setValues(rango(s.valores));
        serie.setXAxisValues(rango(g.categorias));
        serie.format.fill.setSolidColor(s.color);
        s.coloresPuntos?.forEach((c, p) => serie.points.getItemAt(p).format.fill.setSolidColor(c));
      });
      if (g.tipo !== "circular") {
        const eje = grafico.axes.valueAxis;
        if (e.api18) eje.numberFormat = g.ejeValores.formato;
        if (g.ejeValores.minimo !== null) eje.minimum = g.ejeValores.minimo;
        if (g.ejeValores.maximo !== null) eje.maximum = g.ejeValores.maximo;
        if (g.ejeValores.titulo !== null) eje.title.text = g.ejeValores.titulo;
        if (g.ejeCategorias.titulo !== null) grafico.axes.categoryAxis.title.text = g.ejeCategorias.titulo;
      }
      grafico.setPosition(g.ancla);
      grafico.width = g.ancho;
      grafico.height = g.alto;
    },
  };
}
