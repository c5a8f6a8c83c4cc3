/**
 * Adds the plan's charts of one sheet to a package written by exceljs (which cannot write
 * charts): xl/charts/chartN.xml, xl/drawings/drawingN.xml with one anchor per chart, the
 * sheet's <drawing r:id>, their relationships and content types.
 */
import type JSZip from "jszip";
import { parseDireccion } from "../../../core/grid/direccion";
import type { GraficoPlan } from "../../../core/reporte/plan";
import { agregarRelacion, asegurarTipoContenido, escaparXml, NS_REL, rutaRels, siguienteNombre } from "../_escritor/paquete";
import { editarHoja, insertarEnHoja } from "../_escritor/xmlHoja";
import type { LectorRango } from "./datos";
import { xmlGrafico } from "./graficoXml";

const TIPO_GRAFICO = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const TIPO_DIBUJO = "application/vnd.openxmlformats-officedocument.drawing+xml";
const EMU_POR_PUNTO = 12700;

function ancla(g: GraficoPlan, rId: string, id: number): string {
  const { fila, columna } = parseDireccion(g.ancla);
  return (
    `<xdr:oneCellAnchor><xdr:from><xdr:col>${columna}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${fila}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:ext cx="${Math.round(g.ancho * EMU_POR_PUNTO)}" cy="${Math.round(g.alto * EMU_POR_PUNTO)}"/>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="${escaparXml(g.titulo)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame>` +
    `<xdr:clientData/></xdr:oneCellAnchor>`
  );
}

export async function agregarGraficos(zip: JSZip, rutaHoja: string, graficos: readonly GraficoPlan[], leer: LectorRango, usados: Set<string>): Promise<void> {
  if (graficos.length === 0) return;
  const rutaDibujo = siguienteNombre(zip, "xl/drawings/drawing", usados);
  const relsDibujo = rutaRels(rutaDibujo);
  const anclas: string[] = [];
  for (const [i, g] of graficos.entries()) {
    const rutaGrafico = siguienteNombre(zip, "xl/charts/chart", usados);
    zip.file(rutaGrafico, xmlGrafico(g, leer));
    await asegurarTipoContenido(zip, rutaGrafico, TIPO_GRAFICO);
    const rId = await agregarRelacion(zip, relsDibujo, `${NS_REL}/chart`, `../charts/${rutaGrafico.split("/").pop() ?? ""}`);
    anclas.push(ancla(g, rId, i + 2));
  }
  zip.file(
    rutaDibujo,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">${anclas.join("")}</xdr:wsDr>`,
  );
  await asegurarTipoContenido(zip, rutaDibujo, TIPO_DIBUJO);
  const rId = await agregarRelacion(zip, rutaRels(rutaHoja), `${NS_REL}/drawing`, `../drawings/${rutaDibujo.split("/").pop() ?? ""}`);
  await editarHoja(zip, rutaHoja, (xml) => insertarEnHoja(xml, "drawing", `<drawing r:id="${rId}"/>`));
}
