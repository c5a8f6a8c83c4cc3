/**
 * Cell styles from the plan's formats, styles and links. Cells covered by the same set of
 * layers share ONE style object: exceljs caches style ids by object identity, so a 20,000-row
 * Datos sheet costs a handful of style lookups instead of one per cell.
 */
import type { Worksheet, Style, Font, Alignment } from "exceljs";
import type { EstiloPlan, FormatoPlan } from "../../../core/reporte/plan";
import { parseRango, type Rect } from "./rango";

type Capa = { readonly rect: Rect } & ({ readonly formato: string } | { readonly estilo: EstiloPlan } | { readonly vinculo: true });

const HORIZONTAL: Record<NonNullable<EstiloPlan["alineacion"]>, Alignment["horizontal"]> = {
  izquierda: "left",
  centro: "center",
  derecha: "right",
};

/** "#RRGGBB" → exceljs ARGB "FFRRGGBB". */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

function componer(capas: readonly Capa[]): Partial<Style> {
  const estilo: Partial<Style> = {};
  let fuente: Partial<Font> | null = null;
  const fuenteBase = (): Partial<Font> => (fuente ??= { name: "Calibri", size: 11, family: 2 });
  for (const capa of capas) {
    if ("formato" in capa) estilo.numFmt = capa.formato;
    else if ("vinculo" in capa) Object.assign(fuenteBase(), { underline: true, color: { argb: "FF0563C1" } });
    else {
      const e = capa.estilo;
      if (e.negrita !== undefined) fuenteBase().bold = e.negrita;
      if (e.tamano !== undefined) fuenteBase().size = e.tamano;
      if (e.colorFuente !== undefined) fuenteBase().color = { argb: argb(e.colorFuente) };
      if (e.relleno !== undefined) estilo.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(e.relleno) } };
      if (e.ajustarTexto !== undefined || e.alineacion !== undefined) {
        const alineacion: Partial<Alignment> = { ...estilo.alignment, vertical: "top" };
        if (e.ajustarTexto !== undefined) alineacion.wrapText = e.ajustarTexto;
        if (e.alineacion !== undefined) alineacion.horizontal = HORIZONTAL[e.alineacion];
        estilo.alignment = alineacion;
      }
    }
  }
  if (fuente !== null) estilo.font = fuente;
  return estilo;
}

/**
 * Applies the layers in plan order (formats, then styles, then links: a later layer wins
 * on the same attribute).
 */
export function aplicarEstilos(
  ws: Worksheet,
  formatos: readonly FormatoPlan[],
  estilos: readonly EstiloPlan[],
  celdasVinculo: readonly string[],
): void {
  const capas: Capa[] = [
    ...formatos.map((f) => ({ rect: parseRango(f.rango), formato: f.formato })),
    ...estilos.map((e) => ({ rect: parseRango(e.rango), estilo: e })),
    ...celdasVinculo.map((c) => ({ rect: parseRango(c), vinculo: true as const })),
  ];
  // cell key → indexes of the layers covering it, as a string (the cache key).
  const porCelda = new Map<number, string>();
  capas.forEach(({ rect }, i) => {
    for (let f = rect.fila1; f <= rect.fila2; f++) {
      for (let c = rect.columna1; c <= rect.columna2; c++) {
        const k = f * 16384 + c;
        const previo = porCelda.get(k);
        porCelda.set(k, previo === undefined ? `${i}` : `${previo},${i}`);
      }
    }
  });
  const cache = new Map<string, Partial<Style>>();
  for (const [k, clave] of porCelda) {
    let estilo = cache.get(clave);
    if (estilo === undefined) {
      estilo = componer(clave.split(",").map((i) => capas[Number(i)] as Capa));
      cache.set(clave, estilo);
    }
    ws.getRow(Math.floor(k / 16384) + 1).getCell((k % 16384) + 1).style = estilo;
  }
}
