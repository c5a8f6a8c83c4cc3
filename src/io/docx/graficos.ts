/**
 * The plan's charts as tables of the data they plot, for the Word export (issue 13). Word draws
 * a native chart only from an embedded workbook, and an image would need a browser to render:
 * a table of the same figures reads in every Word and LibreOffice and can be pasted into a chart.
 */
import type { FormatoCifra, TablaInforme } from "../../core/informe";
import type { GraficoPlan, ValorPlan, WorkbookPlan } from "../../core/reporte/plan";
import { lectorDelPlan, type LectorRango } from "../xlsx/graficos/datos";

/**
 * How the chart's value axis writes its numbers (its en-US format code) as an Informe figure:
 * "0%" → "pct", "#,##0,," (millions of pesos) → "moneda" written in full pesos, "#,##0" → "entero".
 */
export function formatoDeEje(codigo: string): FormatoCifra {
  if (codigo.includes("%")) return "pct";
  if (codigo.endsWith(",,")) return "moneda";
  return /\.0/.test(codigo) ? "decimal" : "entero";
}

const texto = (v: ValorPlan): string => (v === null ? "" : typeof v === "object" ? v.texto : String(v));

/** One row per category, one column per series; a cell the chart shows as a gap is blank. */
function tablaDeGrafico(g: GraficoPlan, leer: LectorRango): TablaInforme {
  const categorias = leer(g.categorias).map(texto);
  const formato = formatoDeEje(g.ejeValores.formato);
  const series = g.series.map((s) => leer(s.valores));
  return {
    titulo: g.titulo,
    columnas: [{ titulo: g.ejeCategorias.titulo ?? "Categoría", ancho: 40 }, ...g.series.map((s) => ({ titulo: s.nombre, ancho: 14 }))],
    filas: categorias.map((categoria, i) => [
      { texto: categoria },
      ...series.map((valores, j) => {
        const v = valores[i];
        return typeof v === "number" && Number.isFinite(v) ? { cifra: v, formato, origen: `grafico:${g.id}#series.${j}.${i}` } : null;
      }),
    ]),
  };
}

/** @example tablasDeGraficos(plan)[0].titulo → "% de ejecución por dependencia" (the charts in tab order) */
export function tablasDeGraficos(plan: WorkbookPlan): TablaInforme[] {
  const leer = lectorDelPlan(plan.hojas);
  return plan.hojas.flatMap((h) => h.graficos.map((g) => tablaDeGrafico(g, leer)));
}
