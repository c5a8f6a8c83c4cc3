/**
 * What a row below the header is (SPEC §3.3–3.4): empty, a repeated header, a total row (first
 * text starts with TOTAL / SUBTOTAL / PROMEDIO / CONSOLIDADO), a group row (its only cell is a
 * text in the first or the meta column: a dependency), a note merged across the values, or a meta.
 */
import type { Hoja, Valor } from "../grid/libro";
import { normalizar } from "../texto/normalizar";
import type { Cabecera } from "./cabecera";
import { textoCelda } from "./codigoNombre";
import { esCubierta, type IndiceCombinadas } from "./combinadas";
import type { Columnas } from "./columnas";

export type ClaseFila = { readonly clase: "vacia" | "encabezado" | "total" | "nota" | "meta" } | { readonly clase: "grupo"; readonly texto: string };

const TOTAL = /^(SUB ?TOTAL|TOTAL|PROMEDIO|CONSOLIDADO)\b/;
/** Cheap pre-test so only candidate rows pay for normalising. */
const PRIMERA_TOTAL = /^\s*[STPCstpc]/;

export interface ContextoFilas {
  readonly hoja: Hoja;
  readonly idx: IndiceCombinadas;
  readonly desde: number;
  readonly hasta: number;
  /** Header text by column index (trimmed, as written; undefined = none), to spot a repeated header row. */
  readonly encabezados: readonly (string | undefined)[];
  /** How many columns have a header text. */
  readonly nEncabezados: number;
  readonly columnaMeta: number | null;
  /** Recognised columns: a name merged across one of them is a note ("Meta cuatrenio cumplida"), not a meta. */
  readonly reconocidas: ReadonlySet<number>;
  /** Level columns: a lone text in one of them is a level written as a row (SPEC §3.4), not a dependency. */
  readonly niveles: ReadonlySet<number>;
}

/** The context of a sheet's rows: its header texts, the recognised columns, the name column. */
export function contextoFilas(hoja: Hoja, idx: IndiceCombinadas, cols: Columnas, cab: Cabecera, columnaMeta: number | null): ContextoFilas {
  const encabezados: (string | undefined)[] = [];
  let nEncabezados = 0;
  for (const c of cab.columnas) {
    if (!c.clas?.campo || encabezados[c.columna] !== undefined) continue;
    encabezados[c.columna] = textoCelda(hoja.valores[cab.fila]?.[c.columna] ?? null).trim();
    nEncabezados++;
  }
  const reconocidas = new Set([...cols.usadas, ...cols.secundarias].map((c) => c.columna));
  const niveles = new Set(cols.usadas.filter((c) => c.campo === "nivel").map((c) => c.columna));
  return { hoja, idx, desde: cols.desde, hasta: cols.hasta, encabezados, nEncabezados, columnaMeta, reconocidas, niveles };
}

function vacio(v: Valor | undefined): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

// Shared results: every row of 50,000 gets one.
const VACIA: ClaseFila = { clase: "vacia" };
const META: ClaseFila = { clase: "meta" };

export function clasificarFila(ctx: ContextoFilas, fila: number): ClaseFila {
  const celdas = ctx.hoja.valores[fila];
  if (!celdas) return VACIA;
  let llenas = 0;
  let unica = -1;
  let primerTexto: string | null = null;
  let comoEncabezado = 0;
  const hasta = Math.min(ctx.hasta, celdas.length - 1);
  for (let c = ctx.desde; c <= hasta; c++) {
    const v = celdas[c];
    if (vacio(v)) continue;
    llenas++;
    unica = c;
    if (typeof v === "string") {
      if (primerTexto === null) primerTexto = v;
      // a repeated header is a copy of the header row: compare as written, no per-cell normalising
      const encabezado = ctx.encabezados[c];
      if (encabezado !== undefined && (v === encabezado || v.trim() === encabezado)) comoEncabezado++;
    }
  }
  if (llenas === 0) return VACIA;
  if (comoEncabezado >= 2 && comoEncabezado * 2 >= Math.min(llenas, ctx.nEncabezados)) return { clase: "encabezado" };
  if (primerTexto !== null && PRIMERA_TOTAL.test(primerTexto) && TOTAL.test(normalizar(primerTexto.slice(0, 16)))) return { clase: "total" };
  const texto = unica >= 0 ? celdas[unica] : null;
  if (
    llenas === 1 &&
    typeof texto === "string" &&
    (unica === ctx.desde || unica === ctx.columnaMeta) &&
    !ctx.niveles.has(unica) &&
    !esCubierta(ctx.idx, fila, unica)
  ) {
    return { clase: "grupo", texto: texto.trim() };
  }
  if (ctx.columnaMeta !== null) {
    const area = ctx.idx.area(fila, ctx.columnaMeta);
    if (area && area.columnas > 1) {
      for (const c of ctx.reconocidas) if (c > area.columna && c < area.columna + area.columnas) return { clase: "nota" };
    }
  }
  return META;
}
