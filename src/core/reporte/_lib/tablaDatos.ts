/**
 * Writes a list of records as an Excel table: header + one row per record, number formats per
 * column, header style, links and semáforo formats. Every list sheet (Por dependencia, Alertas,
 * Hallazgos, Datos…) goes through here so they all look and behave the same.
 */
import type { MarcaCuatrienio } from "../../calculo/modoPlan";
import type { Semaforo } from "../../calculo/tipos";
import { ErrorColumnaInexistente } from "../../fallos";
import type { RangoHoja } from "../plan";
import { aA1, rangoColumna } from "../../grid/rango";
import type { Celda } from "./celdas";
import type { HojaEnConstruccion } from "./hoja";
import { condicionalesPorcentaje, condicionalesTexto } from "./semaforo";

export const ESTILO_TABLA = "TableStyleMedium2";

/** `cuatrienio`: a column a one-year plan leaves out (segunModoPlan). */
export interface ColumnaTabla<T> extends MarcaCuatrienio {
  readonly encabezado: string;
  readonly valor: (t: T) => Celda;
  /** en-US number format ("0.0%", "#,##0", "yyyy-mm-dd"). */
  readonly formato?: string;
  /** Target of a hyperlink from this column's cell, or null for none. */
  readonly vinculo?: (t: T) => { readonly hoja: string; readonly destino: string } | null;
  /** Semáforo colouring: "porcentaje" bands the value, "nivel" matches the level name. */
  readonly semaforo?: "porcentaje" | "nivel";
  /** Fixed width in characters (long texts: names of metas). */
  readonly ancho?: number;
}

export interface TablaEscrita {
  /** 0-based row of the header. */
  readonly filaEncabezado: number;
  /** 0-based rows of the first and last record (filaHasta < filaDesde when there are none). */
  readonly filaDesde: number;
  readonly filaHasta: number;
  /** 0-based last row written: the totals row when there is one, else filaHasta. */
  readonly filaFin: number;
  /** The records' cells of the column with this header, on this sheet (for charts). */
  readonly rangoDe: (encabezado: string) => RangoHoja;
}

export function escribirTabla<T>(
  h: HojaEnConstruccion,
  opciones: {
    fila: number;
    columna: number;
    nombre: string;
    columnas: readonly ColumnaTabla<T>[];
    filas: readonly T[];
    semaforo: Semaforo;
    /** A record written as the table's totals row (the plan's own roll-up, not a sum: SPEC §5.7 weights). */
    totales?: T;
  },
): TablaEscrita {
  const { fila, columna, columnas, filas } = opciones;
  const totales = filas.length > 0 ? opciones.totales : undefined;
  const conTotales = totales === undefined ? filas : [...filas, totales];
  const datos = conTotales.map((t) => columnas.map((c) => c.valor(t)));
  const r = h.bloque(fila, columna, [columnas.map((c) => c.encabezado), ...datos], { formatos: columnas.map((c) => c.formato) });
  h.encabezado(aA1({ ...r, fila2: fila }));
  const filaDesde = fila + 1;
  const filaHasta = fila + filas.length;
  const filaFin = fila + conTotales.length;
  // Excel tables need at least one data row; an empty list is written as a bare header.
  if (filas.length > 0) h.tabla({ nombre: opciones.nombre, rango: aA1(r), estilo: ESTILO_TABLA, totales: totales !== undefined });
  if (totales !== undefined) h.estilo({ rango: aA1({ ...r, fila1: filaFin }), negrita: true });
  columnas.forEach((c, j) => {
    const col = columna + j;
    if (c.ancho !== undefined) h.ancho(col, c.ancho);
    if (filas.length === 0) return;
    const rango = rangoColumna(col, filaDesde, filaFin);
    if (c.formato !== undefined) h.formato(rango, c.formato);
    if (c.semaforo === "porcentaje") {
      for (const [desde, hasta] of tramosConValor(datos.map((f) => f[j] ?? null))) {
        condicionalesPorcentaje(rangoColumna(col, filaDesde + desde, filaDesde + hasta), opciones.semaforo).forEach((x) => h.condicional(x));
      }
    }
    if (c.semaforo === "nivel") condicionalesTexto(rango, opciones.semaforo).forEach((x) => h.condicional(x));
    const vinculo = c.vinculo;
    if (vinculo) {
      filas.forEach((t, i) => {
        const v = vinculo(t);
        if (v)
          h.vinculo({
            celda: aA1({ fila1: filaDesde + i, columna1: col, fila2: filaDesde + i, columna2: col }),
            hoja: v.hoja,
            destino: v.destino,
            info: `Ir a ${v.hoja}!${v.destino}`,
          });
      });
    }
  });
  // Charts and links read the records only, never the totals row.
  const rangoDe = (encabezado: string): RangoHoja => {
    const j = columnas.findIndex((c) => c.encabezado === encabezado);
    if (j < 0) throw new ErrorColumnaInexistente(encabezado);
    return { hoja: h.nombre, rango: rangoColumna(columna + j, filaDesde, filaHasta) };
  };
  return { filaEncabezado: fila, filaDesde, filaHasta, filaFin, rangoDe };
}

/**
 * Runs of consecutive records whose cell holds a number, as [first, last] indexes. Excel compares
 * a blank cell as 0, so a value rule over a blank would paint "Sin reporte" as a red 0 %
 * (SPEC §5.2 forbids it): the % rules cover only the cells that have a value.
 */
export function tramosConValor(valores: readonly Celda[]): [number, number][] {
  const tramos: [number, number][] = [];
  valores.forEach((v, i) => {
    if (typeof v !== "number") return;
    const ultimo = tramos[tramos.length - 1];
    if (ultimo && ultimo[1] === i - 1) ultimo[1] = i;
    else tramos.push([i, i]);
  });
  return tramos;
}
