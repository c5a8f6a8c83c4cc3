/**
 * A plan sheet as a list of steps, each a few queued proxy calls with its request size, so
 * the writer can pack them into syncs under the payload budget. Steps run against the
 * temporary sheet that will take the plan's name at the swap.
 */
import { parseDireccion } from "../../core/grid/direccion";
import type { BloquePlan, EstiloPlan, HojaPlan } from "../../core/reporte/plan";
import type { ContextoExcel, HojaExcel, TablaExcel } from "./api";
import { pasoGrafico } from "./graficos";
import { bytesJson, partirFilas } from "./presupuesto";
import { esTextoLiteral, valorExcel } from "./textoLiteral";

export interface Estado {
  readonly ctx: ContextoExcel;
  /** Plan name → the temporary sheet written for it. */
  readonly hojas: Map<string, HojaExcel>;
  /** Tables created under temporary names, renamed at the swap. */
  readonly tablas: { readonly proxy: TablaExcel; readonly nombre: string }[];
  /** ExcelApi 1.8: runtime.enableEvents and chart axis numberFormat. */
  readonly api18: boolean;
}

export interface Paso {
  readonly bytes: number;
  aplicar(e: Estado): void;
}

const GASTO_OP = 120;

function hojaDe(e: Estado, nombre: string): HojaExcel {
  const h = e.hojas.get(nombre);
  if (!h) throw new RangeError(`Hoja del plan sin crear: ${nombre}`);
  return h;
}

/** "B2:D9" → 0-based box. */
export function caja(rango: string): { fila: number; columna: number; filas: number; columnas: number } {
  const [a = "", b = a] = rango.split(":");
  const p = parseDireccion(a);
  const q = parseDireccion(b);
  return { fila: p.fila, columna: p.columna, filas: q.fila - p.fila + 1, columnas: q.columna - p.columna + 1 };
}

function pasosBloque(nombre: string, b: BloquePlan, trozo: number): Paso[] {
  const { fila, columna } = parseDireccion(b.inicio);
  const pasos: Paso[] = [];
  const ancho = b.valores[0]?.length ?? 0;
  if (ancho === 0) return pasos;
  // Text format first, per column run, so the values that follow stay text.
  for (let c = 0; c < ancho; c++) {
    let desde = -1;
    for (let r = 0; r <= b.valores.length; r++) {
      const literal = r < b.valores.length && esTextoLiteral(b.valores[r]?.[c] ?? null);
      if (literal && desde < 0) desde = r;
      if (!literal && desde >= 0) {
        const n = r - desde;
        const f0 = fila + desde;
        pasos.push({
          bytes: GASTO_OP + n * 6,
          aplicar: (e) =>
            void (hojaDe(e, nombre).getRangeByIndexes(f0, columna + c, n, 1).numberFormat = Array.from({ length: n }, () => ["@"])),
        });
        desde = -1;
      }
    }
  }
  const filas = b.valores.map((f) => f.map(valorExcel));
  for (const t of partirFilas(filas, trozo))
    pasos.push({
      bytes: GASTO_OP + bytesJson(t.filas),
      aplicar: (e) => void (hojaDe(e, nombre).getRangeByIndexes(fila + t.desde, columna, t.filas.length, ancho).values = t.filas),
    });
  return pasos;
}

function pasosFormato(nombre: string, rango: string, formato: string, trozo: number): Paso[] {
  const k = caja(rango);
  const fila = Array.from({ length: k.columnas }, () => formato);
  const filas = Array.from({ length: k.filas }, () => fila);
  return partirFilas(filas, trozo).map((t) => ({
    bytes: GASTO_OP + bytesJson(t.filas),
    aplicar: (e: Estado) =>
      void (hojaDe(e, nombre).getRangeByIndexes(k.fila + t.desde, k.columna, t.filas.length, k.columnas).numberFormat = t.filas),
  }));
}

function pasoEstilo(nombre: string, s: EstiloPlan): Paso {
  return {
    bytes: GASTO_OP * 4,
    aplicar: (e) => {
      const f = hojaDe(e, nombre).getRange(s.rango).format;
      if (s.negrita !== undefined) f.font.bold = s.negrita;
      if (s.tamano !== undefined) f.font.size = s.tamano;
      if (s.colorFuente !== undefined) f.font.color = s.colorFuente;
      if (s.relleno !== undefined) f.fill.color = s.relleno;
      if (s.ajustarTexto !== undefined) f.wrapText = s.ajustarTexto;
      if (s.alineacion !== undefined)
        f.horizontalAlignment = { izquierda: "Left", centro: "Center", derecha: "Right" }[s.alineacion];
    },
  };
}

/** Column width in characters → points, as Excel converts (7 px per char + 5 px padding, 0.75 pt/px). */
export function puntosDeAncho(caracteres: number): number {
  return Math.round((caracteres * 7 + 5) * 0.75 * 100) / 100;
}

/** `presupuesto`: request bytes per sync; a value block is cut into row chunks of 80 % of it. */
export function pasosHoja(h: HojaPlan, nombreTemporal: (n: string) => string, presupuesto: number): Paso[] {
  const n = h.nombre;
  const trozo = Math.floor(presupuesto * 0.8);
  const pasos: Paso[] = [{ bytes: GASTO_OP, aplicar: (e) => void e.hojas.set(n, e.ctx.workbook.worksheets.add(nombreTemporal(`hoja:${n}`))) }];
  for (const b of h.bloques) pasos.push(...pasosBloque(n, b, trozo));
  for (const f of h.formatos) pasos.push(...pasosFormato(n, f.rango, f.formato, trozo));
  for (const s of h.estilos) pasos.push(pasoEstilo(n, s));
  for (const a of h.anchos)
    pasos.push({
      bytes: GASTO_OP,
      aplicar: (e) => void (hojaDe(e, n).getRangeByIndexes(0, a.columna, 1, 1).format.columnWidth = puntosDeAncho(a.ancho)),
    });
  for (const t of h.tablas)
    pasos.push({
      bytes: GASTO_OP * 4,
      aplicar: (e) => {
        const hoja = hojaDe(e, n);
        // The plan writes its own totals row as cells: the table covers header and data only.
        const k = caja(t.rango);
        const cuerpo = t.totales && k.filas > 2 ? hoja.getRangeByIndexes(k.fila, k.columna, k.filas - 1, k.columnas) : hoja.getRange(t.rango);
        const tabla = hoja.tables.add(cuerpo, true);
        tabla.name = nombreTemporal(`tabla:${t.nombre}`);
        tabla.style = t.estilo;
        e.tablas.push({ proxy: tabla, nombre: t.nombre });
      },
    });
  for (const c of h.condicionales)
    pasos.push({
      bytes: GASTO_OP * 4,
      aplicar: (e) => {
        const cf = hojaDe(e, n).getRange(c.rango).conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = c.relleno;
        cf.cellValue.format.font.color = c.colorFuente;
        cf.cellValue.rule = reglaCondicional(c);
      },
    });
  for (const v of h.vinculos) {
    const vinculo = {
      documentReference: `'${v.hoja.replace(/'/g, "''")}'!${v.destino}`,
      ...(v.info !== undefined ? { screenTip: v.info } : {}),
    };
    pasos.push({ bytes: GASTO_OP * 2 + bytesJson(vinculo), aplicar: (e) => void (hojaDe(e, n).getRange(v.celda).hyperlink = vinculo) });
  }
  for (const g of h.graficos) pasos.push(pasoGrafico(n, g, (e, hoja) => e.hojas.get(hoja) ?? e.ctx.workbook.worksheets.getItem(hoja)));
  const fz = h.inmovilizar;
  if (fz && (fz.filas > 0 || fz.columnas > 0))
    pasos.push({
      bytes: GASTO_OP * 2,
      aplicar: (e) => {
        const hoja = hojaDe(e, n);
        if (fz.columnas === 0) hoja.freezePanes.freezeRows(fz.filas);
        else if (fz.filas === 0) hoja.freezePanes.freezeColumns(fz.columnas);
        else hoja.freezePanes.freezeAt(hoja.getRangeByIndexes(0, 0, fz.filas, fz.columnas));
      },
    });
  return pasos;
}

export function reglaCondicional(c: HojaPlan["condicionales"][number]): { formula1: string; formula2?: string; operator: string } {
  if (c.tipo === "texto") return { operator: "EqualTo", formula1: `="${c.igualA.replace(/"/g, '""')}"` };
  if (c.desde !== null && c.hasta !== null) return { operator: "Between", formula1: String(c.desde), formula2: String(c.hasta) };
  if (c.desde !== null) return { operator: "GreaterThanOrEqual", formula1: String(c.desde) };
  if (c.hasta !== null) return { operator: "LessThanOrEqual", formula1: String(c.hasta) };
  return { operator: "GreaterThanOrEqual", formula1: "-1E+307" };
}
