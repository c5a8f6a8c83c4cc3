/**
 * A native DrawingML chart part (xl/charts/chartN.xml) from a GraficoPlan: bar/column, line or pie,
 * with references to the plan's ranges and caches filled from the plan's values, so Excel and
 * LibreOffice draw it without recalculating. Child order follows ECMA-376 Part 1 §21.2.
 */
import type { GraficoPlan, SeriePlan, ValorPlan } from "../../../core/reporte/plan";
import { escaparXml } from "../_escritor/paquete";
import { parseRango } from "../../../core/grid/rango";
import { referenciaAbsoluta } from "../_escritor/rango";
import type { LectorRango } from "./datos";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const EJE_CATEGORIAS = 500100;
const EJE_VALORES = 500200;

function color(hex: string): string {
  return `<a:solidFill><a:srgbClr val="${hex.replace(/^#/, "").toUpperCase()}"/></a:solidFill>`;
}

function texto(v: ValorPlan): string {
  if (v === null) return "";
  return typeof v === "object" ? v.texto : String(v);
}

function textoRico(t: string, tamano: number, negrita: boolean): string {
  const b = negrita ? ' b="1"' : ' b="0"';
  return (
    `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${tamano}"${b}/></a:pPr>` +
    `<a:r><a:rPr lang="es-CO" sz="${tamano}"${b}/><a:t>${escaparXml(t)}</a:t></a:r></a:p></c:rich></c:tx>`
  );
}

function titulo(t: string, tamano: number): string {
  return `<c:title>${textoRico(t, tamano, true)}<c:overlay val="0"/></c:title>`;
}

function categorias(g: GraficoPlan, leer: LectorRango): string {
  const valores = leer(g.categorias);
  const pts = valores.map((v, i) => `<c:pt idx="${i}"><c:v>${escaparXml(texto(v))}</c:v></c:pt>`).join("");
  const ref = referenciaAbsoluta(g.categorias.hoja, parseRango(g.categorias.rango));
  return `<c:cat><c:strRef><c:f>${escaparXml(ref)}</c:f><c:strCache><c:ptCount val="${valores.length}"/>${pts}</c:strCache></c:strRef></c:cat>`;
}

function valores(s: SeriePlan, formato: string, leer: LectorRango): string {
  const vals = leer(s.valores);
  // Non-numeric cells are gaps in the cache, as Excel stores them.
  const pts = vals.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  const ref = referenciaAbsoluta(s.valores.hoja, parseRango(s.valores.rango));
  return (
    `<c:val><c:numRef><c:f>${escaparXml(ref)}</c:f><c:numCache><c:formatCode>${escaparXml(formato)}</c:formatCode>` +
    `<c:ptCount val="${vals.length}"/>${pts}</c:numCache></c:numRef></c:val>`
  );
}

function etiquetas(g: GraficoPlan): string {
  if (!g.etiquetas) return "";
  const circular = g.tipo === "circular";
  return (
    // A pie shows "value; percent": one numFmt would apply to both, so the pie keeps the defaults.
    `<c:dLbls>${circular ? "" : `<c:numFmt formatCode="${escaparXml(g.ejeValores.formato)}" sourceLinked="0"/>`}` +
    `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    // outEnd is a bar's position only: Excel refuses the part when a line's label carries it.
    `<c:dLblPos val="${circular ? "bestFit" : g.tipo === "lineas" ? "t" : "outEnd"}"/>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
    `<c:showPercent val="${circular ? 1 : 0}"/><c:showBubbleSize val="0"/>` +
    (circular ? '<c:separator>; </c:separator><c:showLeaderLines val="1"/>' : "") +
    `</c:dLbls>`
  );
}

/** A line's stroke and round markers in the series colour (CT_LineSer has no invertIfNegative nor per-point fills here). */
function serieLinea(g: GraficoPlan, s: SeriePlan, i: number, leer: LectorRango): string {
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escaparXml(s.nombre)}</c:v></c:tx>` +
    `<c:spPr><a:ln w="28575" cap="rnd">${color(s.color)}<a:round/></a:ln></c:spPr>` +
    `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${color(s.color)}</c:spPr></c:marker>` +
    `${etiquetas(g)}${categorias(g, leer)}${valores(s, g.ejeValores.formato, leer)}<c:smooth val="0"/></c:ser>`
  );
}

function serie(g: GraficoPlan, s: SeriePlan, i: number, leer: LectorRango): string {
  if (g.tipo === "lineas") return serieLinea(g, s, i, leer);
  const barras = g.tipo !== "circular";
  const puntos = (s.coloresPuntos ?? [])
    .map(
      (c, j) =>
        `<c:dPt><c:idx val="${j}"/>${barras ? '<c:invertIfNegative val="0"/>' : ""}<c:bubble3D val="0"/>` +
        `<c:spPr>${color(c)}${barras ? "" : '<a:ln w="12700"><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill></a:ln>'}</c:spPr></c:dPt>`,
    )
    .join("");
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escaparXml(s.nombre)}</c:v></c:tx>` +
    `<c:spPr>${color(s.color)}</c:spPr>${barras ? '<c:invertIfNegative val="0"/>' : ""}` +
    `${puntos}${etiquetas(g)}${categorias(g, leer)}${valores(s, g.ejeValores.formato, leer)}</c:ser>`
  );
}

/** Text properties of an axis's labels: their size, horizontal, and wrapped inside the chart. */
function textoEje(tamano: number): string {
  return (
    `<c:txPr><a:bodyPr rot="0" vert="horz" wrap="square"/><a:lstStyle/>` +
    `<a:p><a:pPr><a:defRPr sz="${Math.round(tamano * 100)}"/></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>`
  );
}

function ejes(g: GraficoPlan): string {
  const horizontal = g.tipo === "barras";
  const { minimo, maximo } = g.ejeValores;
  const cat = g.ejeCategorias;
  const escala =
    `<c:scaling><c:orientation val="minMax"/>` +
    (maximo === null ? "" : `<c:max val="${maximo}"/>`) +
    (minimo === null ? "" : `<c:min val="${minimo}"/>`) +
    `</c:scaling>`;
  const tituloCat = cat.titulo === null ? "" : titulo(cat.titulo, 1000);
  const tituloVal = g.ejeValores.titulo === null ? "" : titulo(g.ejeValores.titulo, 1000);
  // Reversed categories (first on top) put the value axis at the far end unless it crosses at "max".
  const cruce = cat.ordenInverso ? "max" : "autoZero";
  return (
    `<c:catAx><c:axId val="${EJE_CATEGORIAS}"/><c:scaling><c:orientation val="${cat.ordenInverso ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/>${tituloCat}` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${textoEje(cat.tamanoEtiquetas)}<c:crossAx val="${EJE_VALORES}"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:tickLblSkip val="${cat.saltoEtiquetas}"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${EJE_VALORES}"/>${escala}<c:delete val="0"/><c:axPos val="${horizontal ? "b" : "l"}"/>` +
    `<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `${tituloVal}<c:numFmt formatCode="${escaparXml(g.ejeValores.formato)}" sourceLinked="0"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${EJE_CATEGORIAS}"/><c:crosses val="${cruce}"/><c:crossBetween val="between"/>` +
    `${g.ejeValores.unidad === null ? "" : `<c:majorUnit val="${g.ejeValores.unidad}"/>`}</c:valAx>`
  );
}

function grafica(g: GraficoPlan, leer: LectorRango): string {
  const series = g.series.map((s, i) => serie(g, s, i, leer)).join("");
  if (g.tipo === "circular") {
    return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
  if (g.tipo === "lineas") {
    return (
      `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>` +
      `<c:axId val="${EJE_CATEGORIAS}"/><c:axId val="${EJE_VALORES}"/></c:lineChart>${ejes(g)}`
    );
  }
  return (
    `<c:barChart><c:barDir val="${g.tipo === "barras" ? "bar" : "col"}"/><c:grouping val="clustered"/>` +
    `<c:varyColors val="0"/>${series}<c:gapWidth val="${g.separacion}"/>` +
    `<c:axId val="${EJE_CATEGORIAS}"/><c:axId val="${EJE_VALORES}"/></c:barChart>${ejes(g)}`
  );
}

export function xmlGrafico(g: GraficoPlan, leer: LectorRango): string {
  const leyenda = g.leyenda ? `<c:legend><c:legendPos val="${g.tipo === "circular" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>` : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:lang val="es-CO"/><c:roundedCorners val="0"/>` +
    `<c:chart>${titulo(g.titulo, 1400)}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${grafica(g, leer)}</c:plotArea>` +
    `${leyenda}<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"/></a:pPr><a:endParaRPr lang="es-CO"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
