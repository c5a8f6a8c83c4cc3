/**
 * A chart of the plan: created from its first series' range, then every series set
 * explicitly (series.add/setValues/setXAxisValues, ExcelApi 1.7), the first one too, so Excel's
 * own header detection on the source range cannot shift points; colours set explicitly, never
 * read back (../shared/reference/office-addin-notes.md §3.6). Point colours and the axes' looks (every
 * label, first category on top, label size, gap width, gridline unit, number format) are cosmetics:
 * a second step sent after the swap, whose failure is only a warning.
 */
import type { GraficoPlan, RangoHoja } from "../../core/reporte/plan";
import type { HojaExcel, RangoExcel } from "./api";
import type { Estado, Paso } from "./paso";

const TIPO = { barras: "BarClustered", columnas: "ColumnClustered", lineas: "Line", circular: "Pie" } as const;

export function pasosGrafico(hojaPlan: string, g: GraficoPlan, hojaDe: (e: Estado, nombre: string) => HojaExcel): Paso[] {
  const primera = g.series[0];
  if (!primera) return [];
  const puntos = g.series.reduce((s, x) => s + (x.coloresPuntos?.length ?? 0), 0);
  return [
    {
      bytes: 600 + 900 * g.series.length,
      aplicar: (e) => {
        const rango = (r: RangoHoja): RangoExcel => hojaDe(e, r.hoja).getRange(r.rango);
        const grafico = hojaDe(e, hojaPlan).charts.add(TIPO[g.tipo], rango(primera.valores), "Columns");
        e.graficos.set(g.id, grafico);
        grafico.name = g.id;
        grafico.title.text = g.titulo;
        grafico.legend.visible = g.leyenda;
        grafico.dataLabels.showValue = g.etiquetas;
        g.series.forEach((s, i) => {
          const serie = i === 0 ? grafico.series.getItemAt(0) : grafico.series.add(s.nombre);
          serie.name = s.nombre;
          serie.setValues(rango(s.valores));
          serie.setXAxisValues(rango(g.categorias));
          serie.format.fill.setSolidColor(s.color);
        });
        if (g.tipo !== "circular") {
          const eje = grafico.axes.valueAxis;
          if (g.ejeValores.minimo !== null) eje.minimum = g.ejeValores.minimo;
          if (g.ejeValores.maximo !== null) eje.maximum = g.ejeValores.maximo;
          if (g.ejeValores.titulo !== null) eje.title.text = g.ejeValores.titulo;
          if (g.ejeCategorias.titulo !== null) grafico.axes.categoryAxis.title.text = g.ejeCategorias.titulo;
        }
        grafico.setPosition(g.ancla);
        grafico.width = g.ancho;
        grafico.height = g.alto;
      },
    },
    {
      bytes: 600 + 300 * puntos,
      cosmetico: true,
      aplicar: (e) => {
        const grafico = e.graficos.get(g.id);
        if (!grafico) return;
        g.series.forEach((s, i) => s.coloresPuntos?.forEach((c, p) => grafico.series.getItemAt(i).points.getItemAt(p).format.fill.setSolidColor(c)));
        if (g.tipo === "circular") return;
        const categorias = grafico.axes.categoryAxis;
        categorias.tickLabelSpacing = g.ejeCategorias.saltoEtiquetas;
        categorias.reversePlotOrder = g.ejeCategorias.ordenInverso;
        categorias.format.font.size = g.ejeCategorias.tamanoEtiquetas;
        // a line has no gap between bars to set
        if (g.tipo !== "lineas") grafico.series.getItemAt(0).gapWidth = g.separacion;
        if (g.ejeValores.unidad !== null) grafico.axes.valueAxis.majorUnit = g.ejeValores.unidad;
        if (!e.api18) return;
        grafico.axes.valueAxis.numberFormat = g.ejeValores.formato;
        // Reversed categories carry the value axis to the top unless it crosses at the last one.
        if (g.ejeCategorias.ordenInverso) categorias.position = "Maximum";
      },
    },
  ];
}
