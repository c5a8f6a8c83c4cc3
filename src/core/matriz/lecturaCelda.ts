/**
 * Reading the cells of one row for a meta: text fields fill down merged areas, numeric fields
 * become Datos, and an invalid one raises E-NO-NUMERICO once per cell (SPEC §4) — or
 * E-FORMULA-SIN-VALOR when it is a formula saved without its result. A number shown as a date is
 * read, and flagged (A-FECHA-EN-CAMPO-NUMERICO, issue 12 probe 14).
 */
import { esValorError, type Cultura, type Hoja, type Valor } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { leerDato, textoDeValor } from "../valores/leerDato";
import { textoCelda } from "./codigoNombre";
import { esFormatoFecha } from "./formatoFecha";
import { valorVertical, valorVerticalSolo, type IndiceCombinadas } from "./combinadas";
import type { PlanLectura } from "./planLectura";
import { letraColumna } from "../grid/direccion";
import { describirCampo } from "./descripcionCampo";
import type { ColumnaReconocida, Dato, TipoAcumulacion } from "./tipos";

export interface ContextoMeta {
  readonly hoja: Hoja;
  readonly idx: IndiceCombinadas;
  readonly plan: PlanLectura;
  readonly cultura: Cultura;
  readonly archivo: string | null;
  /** Findings of the sheet; E-NO-NUMERICO once per cell (merged areas are read on several rows). */
  readonly hallazgos: Hallazgo[];
  /** Cells already reported by `dato` (not a number, or a date), so each is reported once. */
  readonly celdasInvalidas: Set<string>;
  readonly describir: ReadonlyMap<number, string>;
  /** Column letters by index (A1 addresses without recomputing letters per cell). */
  readonly letras: readonly string[];
  /** The sheet's quarters are figures to date within the year (SPEC §4): the year is the last one. */
  readonly trimestresALaFecha: boolean;
  /** 0-based header row: levels written as rows are looked for below it. */
  readonly filaEncabezado: number;
  /** Reported % columns whose numbers are whole points (49 = 49 %, SPEC §4): read divided by 100. */
  readonly reportadoEnPuntos: ReadonlySet<number>;
  /** The sheet has no ejecutado column at all (SPEC §3.6). */
  readonly sinColumnaEjecutado: boolean;
}

/**
 * The context for reading a sheet's rows below its header; `reportadoEnPuntos` empty and quarters
 * per period until the matrix reader decides otherwise.
 */
export function contextoLectura(
  hoja: Hoja,
  idx: IndiceCombinadas,
  plan: PlanLectura,
  cultura: Cultura,
  cols: { readonly usadas: readonly ColumnaReconocida[]; readonly hasta: number },
  filaEncabezado: number,
  hallazgos: Hallazgo[],
): ContextoMeta {
  return {
    hoja,
    idx,
    plan,
    cultura,
    archivo: hoja.archivo ?? null,
    hallazgos,
    celdasInvalidas: new Set(),
    describir: new Map(cols.usadas.map((c) => [c.columna, describirCampo(c)])),
    letras: Array.from({ length: cols.hasta + 1 }, (_, i) => letraColumna(i)),
    trimestresALaFecha: false,
    filaEncabezado,
    sinColumnaEjecutado: !cols.usadas.some((c) => c.campo === "ejecutado"),
    reportadoEnPuntos: new Set(),
  };
}

/** How a meta's quarters combine into its year: per tipo (SPEC §5.1), or the last one when they are figures to date (SPEC §4). */
export function combinacion(ctx: ContextoMeta, tipo: TipoAcumulacion): TipoAcumulacion {
  return ctx.trimestresALaFecha ? "CONSTANTE" : tipo;
}

export function celda(ctx: ContextoMeta, fila: number, col: number): string {
  return `${ctx.letras[col] ?? ""}${fila + 1}`;
}

export function texto(ctx: ContextoMeta, fila: number, col: number | null): string | null {
  if (col === null) return null;
  const t = textoCelda(valorVerticalSolo(ctx.hoja, ctx.idx, fila, col)).trim();
  return t === "" ? null : t;
}

/** Address of the cell a (possibly merged) text field was written in. */
export function celdaTexto(ctx: ContextoMeta, fila: number, col: number): string {
  return celda(ctx, ctx.idx.vacio ? fila : valorVertical(ctx.hoja, ctx.idx, fila, col).fila, col);
}

/** A numeric field; `llenar` reads merged areas down (levels, LB), values are read only where written. */
export function dato(ctx: ContextoMeta, fila: number, col: number | null, llenar: boolean): Dato | null {
  if (col === null) return null;
  let v: Valor;
  let f = fila;
  if (llenar && !ctx.idx.vacio && fila <= ctx.idx.ultimaFila(col)) ({ valor: v, fila: f } = valorVertical(ctx.hoja, ctx.idx, fila, col));
  else v = ctx.hoja.valores[fila]?.[col] ?? null;
  const dir = celda(ctx, f, col);
  const d = leerDato(v, dir, ctx.cultura);
  if (typeof v === "number" && d.estado === "numero" && !ctx.celdasInvalidas.has(dir)) {
    const formato = ctx.hoja.formatos?.[f]?.[col];
    if (formato && esFormatoFecha(formato)) {
      ctx.celdasInvalidas.add(dir);
      const params = { campo: ctx.describir.get(col) ?? "numérico", fecha: fechaDeSerial(v) };
      ctx.hallazgos.push(crearHallazgo("A-FECHA-EN-CAMPO-NUMERICO", ctx.hoja.nombre, dir, v, params));
    }
  }
  if (d.estado === "invalido" && !ctx.celdasInvalidas.has(dir)) {
    ctx.celdasInvalidas.add(dir);
    const campo = ctx.describir.get(col) ?? "numérico";
    const formula = esValorError(v) ? v.formula : undefined;
    ctx.hallazgos.push(
      formula === undefined
        ? crearHallazgo("E-NO-NUMERICO", ctx.hoja.nombre, dir, textoDeValor(v), { campo })
        : crearHallazgo("E-FORMULA-SIN-VALOR", ctx.hoja.nombre, dir, formula, { campo }),
    );
  }
  return d;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, counted from 1899-12-30 past the phantom 1900-02-29. */
function fechaDeSerial(serial: number): string {
  const dia = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return Number.isNaN(dia.getTime()) ? String(serial) : dia.toISOString().slice(0, 10);
}
