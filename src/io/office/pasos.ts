/**
 * A plan sheet as a list of steps, each a few queued proxy calls with its request size, so
 * the writer can pack them into syncs under the payload budget. Steps run against the
 * temporary sheet that will take the plan's name at the swap.
 */
import { direccion, parseDireccion } from "../../core/grid/direccion";
import type { BloquePlan, EstiloPlan, HojaPlan } from "../../core/reporte/plan";
import type { HojaExcel } from "./api";
import { pasosGrafico } from "./graficos";
import type { Estado, Paso } from "./paso";
import { bytesJson, partirFilas } from "./cargaSync";
import { esTexto, formulaVinculo, valorExcel } from "./textoLiteral";
import type { ValorPlan } from "../../core/reporte/plan";

/**
 * Request bytes of a step besides its arguments: most steps are two calls (a range proxy and a
 * property set), each an action plus an object path in Office.js's request (~150 bytes, see
 * simulador/opciones BYTES_POR_ACCION).
 */
const GASTO_OP = 300;

/**
 * Up to this many links a sheet gets real cell hyperlinks (with their tooltip); above it, links
 * travel as HYPERLINK formulas inside the values block (no extra operation per link).
 */
const VINCULOS_POR_CELDA = 50;

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

function pasosBloque(nombre: string, b: BloquePlan, trozo: number, enFormula: ReadonlyMap<string, string>): Paso[] {
  const { fila, columna } = parseDireccion(b.inicio);
  const pasos: Paso[] = [];
  const ancho = b.valores[0]?.length ?? 0;
  if (ancho === 0) return pasos;
  const vinculo = (r: number, c: number): string | undefined => enFormula.get(`${fila + r},${columna + c}`);
  // Every text cell formatted "@" first, one 1×1 format per column run, so Excel keeps each string as
  // typed whatever it looks like ("(15)", "$ 1.500", "10:30", "15-ene", "#N/A"; SPEC §4).
  for (let c = 0; c < ancho; c++) {
    let desde = -1;
    for (let r = 0; r <= b.valores.length; r++) {
      const v = r < b.valores.length ? (b.valores[r]?.[c] ?? null) : 0;
      const texto = esTexto(v) && !vinculo(r, c);
      // Empty cells join a run: "@" on a blank cell changes nothing written, and runs stay few.
      if (texto && desde < 0) desde = r;
      if (!texto && v !== null && desde >= 0) {
        let fin = r;
        while (fin > desde && (b.valores[fin - 1]?.[c] ?? null) === null) fin--;
        const n = fin - desde;
        const f0 = fila + desde;
        pasos.push({
          bytes: GASTO_OP + 40,
          aplicar: (e) => void (hojaDe(e, nombre).getRangeByIndexes(f0, columna + c, n, 1).numberFormat = [["@"]]),
        });
        desde = -1;
      }
    }
  }
  const filas = b.valores.map((f, r) => f.map((v, c) => vinculo(r, c) ?? valorExcel(v)));
  for (const t of partirFilas(filas, trozo))
    pasos.push({
      bytes: GASTO_OP + bytesJson(t.filas),
      aplicar: (e) => void (hojaDe(e, nombre).getRangeByIndexes(fila + t.desde, columna, t.filas.length, ancho).values = t.filas),
    });
  return pasos;
}

/** A 1×1 format broadcasts to the whole range in Excel: one small operation per format of the plan. */
function pasoFormato(nombre: string, rango: string, formato: string): Paso {
  return { bytes: GASTO_OP + bytesJson(formato) + 20, aplicar: (e) => void (hojaDe(e, nombre).getRange(rango).numberFormat = [[formato]]) };
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
      if (s.alineacion !== undefined) f.horizontalAlignment = { izquierda: "Left", centro: "Center", derecha: "Right" }[s.alineacion];
    },
  };
}

/** Column width in characters → points, as Excel converts (7 px per char + 5 px padding, 0.75 pt/px). */
export function puntosDeAncho(caracteres: number): number {
  return Math.round((caracteres * 7 + 5) * 0.75 * 100) / 100;
}

/** `carga`: request bytes per sync; a value block is cut into row chunks of 80 % of it. */
export function pasosHoja(h: HojaPlan, nombreTemporal: (n: string) => string, carga: number): Paso[] {
  const n = h.nombre;
  const trozo = Math.floor(carga * 0.8);
  const pasos: Paso[] = [{ bytes: GASTO_OP, aplicar: (e) => void e.hojas.set(n, e.ctx.workbook.worksheets.add(nombreTemporal(`hoja:${n}`))) }];
  const enFormula = vinculosEnFormula(h);
  for (const b of h.bloques) pasos.push(...pasosBloque(n, b, trozo, enFormula));
  for (const f of h.formatos) pasos.push(pasoFormato(n, f.rango, f.formato));
  for (const s of h.estilos) pasos.push(pasoEstilo(n, s));
  for (const a of h.anchos)
    pasos.push({
      bytes: GASTO_OP,
      cosmetico: true,
      aplicar: (e) => void (hojaDe(e, n).getRangeByIndexes(0, a.columna, 1, 1).format.columnWidth = puntosDeAncho(a.ancho)),
    });
  for (const t of h.tablas)
    pasos.push({
      bytes: GASTO_OP * 4,
      objeto: n,
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
    if (enFormula.has(celdaClave(v.celda))) continue;
    const vinculo = {
      documentReference: `'${v.hoja.replace(/'/g, "''")}'!${v.destino}`,
      ...(v.info !== undefined ? { screenTip: v.info } : {}),
    };
    pasos.push({ bytes: GASTO_OP * 2 + bytesJson(vinculo), aplicar: (e) => void (hojaDe(e, n).getRange(v.celda).hyperlink = vinculo) });
  }
  for (const g of h.graficos)
    pasos.push(
      ...pasosGrafico(n, g, (e, hoja) => e.hojas.get(hoja) ?? e.ctx.workbook.worksheets.getItem(hoja)).map((p) => (p.cosmetico ? p : { ...p, objeto: n })),
    );
  const fz = h.inmovilizar;
  // Freeze panes threw GeneralException on an Office 2019 build: a cosmetic, never fatal.
  if (fz && (fz.filas > 0 || fz.columnas > 0))
    pasos.push({
      bytes: GASTO_OP * 2,
      cosmetico: true,
      aplicar: (e) => {
        const hoja = hojaDe(e, n);
        if (fz.columnas === 0) hoja.freezePanes.freezeRows(fz.filas);
        else if (fz.filas === 0) hoja.freezePanes.freezeColumns(fz.columnas);
        else hoja.freezePanes.freezeAt(hoja.getRangeByIndexes(0, 0, fz.filas, fz.columnas));
      },
    });
  return pasos;
}

function celdaClave(celda: string): string {
  const p = parseDireccion(celda);
  return `${p.fila},${p.columna}`;
}

function valorEn(h: HojaPlan, fila: number, columna: number): ValorPlan {
  for (const b of h.bloques) {
    const p = parseDireccion(b.inicio);
    const v = b.valores[fila - p.fila]?.[columna - p.columna];
    if (v !== undefined) return v;
  }
  return null;
}

/**
 * Cell (row,column) → HYPERLINK formula, for a sheet with many links; a link whose text Excel
 * would refuse in a formula keeps a cell hyperlink.
 */
function vinculosEnFormula(h: HojaPlan): ReadonlyMap<string, string> {
  const formulas = new Map<string, string>();
  if (h.vinculos.length <= VINCULOS_POR_CELDA) return formulas;
  for (const v of h.vinculos) {
    const p = parseDireccion(v.celda);
    const f = formulaVinculo(v, valorEn(h, p.fila, p.columna));
    if (f !== null) formulas.set(`${p.fila},${p.columna}`, f);
  }
  return formulas;
}

/** The box every block, format, style and conditional format of the sheet falls in, from A1 ("A1:K40"). */
export function extension(h: HojaPlan): string {
  let filas = 1;
  let columnas = 1;
  const ver = (rango: string): void => {
    const k = caja(rango);
    filas = Math.max(filas, k.fila + k.filas);
    columnas = Math.max(columnas, k.columna + k.columnas);
  };
  for (const b of h.bloques) {
    const p = parseDireccion(b.inicio);
    filas = Math.max(filas, p.fila + b.valores.length);
    columnas = Math.max(columnas, p.columna + (b.valores[0]?.length ?? 0));
  }
  for (const x of [...h.formatos, ...h.estilos, ...h.condicionales, ...h.vinculos.map((v) => ({ rango: v.celda }))]) ver(x.rango);
  return `A1:${direccion(filas - 1, columnas - 1)}`;
}

export function reglaCondicional(c: HojaPlan["condicionales"][number]): { formula1: string; formula2?: string; operator: string } {
  if (c.tipo === "texto") return { operator: "EqualTo", formula1: `="${c.igualA.replace(/"/g, '""')}"` };
  if (c.desde !== null && c.hasta !== null) return { operator: "Between", formula1: String(c.desde), formula2: String(c.hasta) };
  if (c.desde !== null) return { operator: "GreaterThanOrEqual", formula1: String(c.desde) };
  if (c.hasta !== null) return { operator: "LessThanOrEqual", formula1: String(c.hasta) };
  return { operator: "GreaterThanOrEqual", formula1: "-1E+307" };
}
