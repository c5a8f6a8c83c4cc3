/** An Excel table part (xl/tables/tableN.xml) over cells the sheet already holds. */
import type { TablaPlan } from "../../../core/reporte/plan";
import { escaparXml } from "./paquete";
import { parseRango } from "../../../core/grid/rango";
import { direccion } from "../../../core/grid/direccion";

export interface TablaPreparada {
  readonly plan: TablaPlan;
  /** Unique, non-empty header names, also written into the header cells (Excel requires both to match). */
  readonly columnas: readonly string[];
  /** Label of the totals row's first cell, when it is text. */
  readonly etiquetaTotales: string | null;
}

export function xmlTabla(t: TablaPreparada, id: number, nombre: string): string {
  const r = parseRango(t.plan.rango);
  const filtro = `${direccion(r.fila1, r.columna1)}:${direccion(t.plan.totales ? r.fila2 - 1 : r.fila2, r.columna2)}`;
  const columnas = t.columnas.map((c, i) => {
    const etiqueta = i === 0 && t.plan.totales && t.etiquetaTotales !== null ? ` totalsRowLabel="${escaparXml(t.etiquetaTotales)}"` : "";
    return `<tableColumn id="${i + 1}" name="${escaparXml(c)}"${etiqueta}/>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ` +
    `id="${id}" name="${escaparXml(nombre)}" displayName="${escaparXml(nombre)}" ref="${t.plan.rango}"${t.plan.totales ? ' totalsRowCount="1"' : ' totalsRowShown="0"'}>` +
    `<autoFilter ref="${filtro}"/><tableColumns count="${columnas.length}">${columnas.join("")}</tableColumns>` +
    `<tableStyleInfo name="${escaparXml(t.plan.estilo)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}
