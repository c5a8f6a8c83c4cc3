/** Everything SPEC §5.2–§5.10 computes for one meta. */
import type { Dato, MetaLeida, ValoresAnio } from "../matriz/tipos";
import { avanceRelativo, faltaLineaBase } from "./_lib/formula";
import { aportesPorAnio, calcularCuatrienio, type Aporte, type Cuatrienio, type EntradaCuatrienio, type ValorSerie } from "./avanceCuatrienio";
import { trimestresAlCorte } from "./corte";
import { esperadoSegunModo } from "./esperado";
import { muestraCuatrienio } from "./modoPlan";
import { estadoTexto } from "./estadoTexto";
import { presupuestoMeta } from "./presupuesto";
import { nivelSemaforo, SIN_DATO, SIN_PROGRAMACION, SIN_REPORTE } from "./semaforo";
import type { EstadoMeta, MetaCalculada, Parametros } from "./tipos";
import { porcentaje, segunTope } from "./tope";
import { ejecutadoAlCorte, estadoDe, programadoAlCorte } from "./alCorte";
import { objetivoDelAnio, valoresDelAnio } from "../matriz/anioDeMeta";

/** One year up to the vigencia, as evaluated (the vigencia at the corte). */
export interface AnioEvaluado {
  readonly anio: number;
  readonly programado: Dato | null;
  readonly ejecutado: Dato | null;
  readonly estado: EstadoMeta;
  /** Raw % of the year; null unless REPORTADA and computable. */
  readonly pct: number | null;
  readonly faltaLineaBase: boolean;
}

export interface Evaluacion {
  readonly calculada: MetaCalculada;
  /** Years of the cuatrienio up to the vigencia that the meta has, ascending. */
  readonly anios: readonly AnioEvaluado[];
  readonly cuatrienio: Cuatrienio;
  /** What the cuatrienio was computed from (aportesPorAnio reads it). */
  readonly entrada: EntradaCuatrienio;
}

export function numero(d: Dato | null | undefined): number | null {
  return d?.valor ?? null;
}

function evaluarAnio(anio: number, programado: Dato | null, ejecutado: Dato | null, meta: MetaLeida): AnioEvaluado {
  const estado = estadoDe(programado, ejecutado);
  if (estado !== "REPORTADA") return { anio, programado, ejecutado, estado, pct: null, faltaLineaBase: false };
  const lineaBase = numero(meta.lineaBase);
  const pct = avanceRelativo(meta.tipo, ejecutado?.valor ?? 0, programado?.valor ?? 0, lineaBase);
  return { anio, programado, ejecutado, estado, pct, faltaLineaBase: faltaLineaBase(meta.tipo, lineaBase) };
}

/** A quarter's own value: the column, or for SUMA columns "a la fecha" its difference with the previous one. */
function delTrimestre(serie: readonly (Dato | null)[], trimestre: number, meta: MetaLeida): number | null {
  const v = serie[trimestre - 1]?.valor ?? null;
  if (v === null || !meta.trimestresALaFecha || meta.tipo !== "SUMA" || trimestre === 1) return v;
  return v - (serie[trimestre - 2]?.valor ?? 0);
}

/**
 * E/P of the corte's quarter alone, per tipo (the seeds' "cumplimiento IV trimestre"), never the
 * year so far. The quarter is the last one the corte closes (trimestresAlCorte): a corte given as a
 * date (31 December by default) closes one too, and the figures al corte stop at it.
 */
function pctDelTrimestre(v: ValoresAnio | undefined, trimestre: number, meta: MetaLeida): number | null {
  if (!v || trimestre < 1) return null;
  const p = delTrimestre(v.programadoTrimestres, trimestre, meta);
  const e = delTrimestre(v.ejecutadoTrimestres, trimestre, meta);
  if (p === null || p <= 0 || e === null) return null;
  return avanceRelativo(meta.tipo, e, p, numero(meta.lineaBase));
}

/**
 * E al corte against the year's whole target (its META of the year when the matrix has one, as
 * A-SUMA-PROGRAMADO reads it): only when the matrix programs an "al corte" apart from it.
 */
function pctDelAnio(v: ValoresAnio | undefined, ejecutado: Dato | null, meta: MetaLeida): number | null {
  if (!v?.programadoCorte) return null;
  const p = objetivoDelAnio(v).valor;
  const e = ejecutado?.valor ?? null;
  if (p === null || p <= 0 || e === null) return null;
  return avanceRelativo(meta.tipo, e, p, numero(meta.lineaBase));
}

function semaforoDe(anio: AnioEvaluado, p: Parametros): string {
  if (anio.estado === "NO_PROGRAMADA") return SIN_PROGRAMACION;
  if (anio.estado === "SIN_REPORTE") return SIN_REPORTE;
  return anio.pct === null ? SIN_DATO : nivelSemaforo(anio.pct, p.semaforo).nombre;
}

/**
 * @example calcularMeta(meta SUMA con P2024 = 10 y E2024 = 8, parámetros de 2024).calculada.pctVigencia → { bruto: 0.8, acotado: 0.8 }
 */
export function calcularMeta(meta: MetaLeida, p: Parametros, trimestresVigencia = trimestresAlCorte(p.corte, p.vigencia)): Evaluacion {
  const serie: ValorSerie[] = [];
  const anios: AnioEvaluado[] = [];
  let vigencia: AnioEvaluado | undefined;
  for (const anio of p.cuatrienio) {
    const v = valoresDelAnio(meta, anio);
    if (!v && anio !== p.vigencia) continue;
    // Only the vigencia is cut; earlier years are closed and later ones are shown whole (x[t]).
    const trimestres = anio === p.vigencia ? trimestresVigencia : 4;
    // figures to date within the year: the last quarter up to the corte is the year so far (SPEC §4)
    const comb = meta.trimestresALaFecha ? "CONSTANTE" : meta.tipo;
    const programado = programadoAlCorte(v, comb, trimestres);
    const ejecutado = ejecutadoAlCorte(v, comb, trimestres);
    if (v) serie.push({ anio, p: numero(programado), e: numero(ejecutado) });
    if (anio > p.vigencia) continue;
    const evaluado = evaluarAnio(anio, programado, ejecutado, meta);
    anios.push(evaluado);
    if (anio === p.vigencia) vigencia = evaluado;
  }
  const delAnio = valoresDelAnio(meta, p.vigencia);
  const pctTrimestre = porcentaje(pctDelTrimestre(delAnio, trimestresVigencia, meta));
  const pctAnual = porcentaje(pctDelAnio(delAnio, vigencia?.ejecutado ?? null, meta));
  if (!vigencia) throw new RangeError(`La vigencia ${p.vigencia} no está en el cuatrienio ${p.cuatrienio.join("-")}.`);
  const entrada: EntradaCuatrienio = {
    tipo: meta.tipo,
    lineaBase: numero(meta.lineaBase),
    metaCuatrienio: numero(meta.metaCuatrienio),
    acumuladoAnterior: numero(meta.acumuladoAnterior),
    serie,
    vigencia: p.vigencia,
  };
  const cuatrienio = calcularCuatrienio(entrada);
  const pctVigencia = porcentaje(vigencia.pct);
  // a one-year plan has no cuatrienio to advance in (modoPlan.ts): its figures stay null
  const cuenta = muestraCuatrienio(p);
  const pctCuatrienio = porcentaje(cuenta ? cuatrienio.avance : null);
  const esperado = porcentaje(cuenta ? esperadoSegunModo(p, cuatrienio.esperado) : null);
  const avance = segunTope(pctCuatrienio, p.tope);
  const x = segunTope(esperado, p.tope);
  const calculada: MetaCalculada = {
    meta,
    tipo: meta.tipo,
    estado: vigencia.estado,
    programado: numero(vigencia.programado),
    ejecutado: numero(vigencia.ejecutado),
    pctVigencia,
    pctCuatrienio,
    esperado,
    cumplimiento: avance !== null && x !== null && x > 0 ? avance / x : null,
    pctTrimestre,
    pctAnual,
    semaforo: semaforoDe(vigencia, p),
    estadoTexto: estadoTexto(vigencia.estado, vigencia.pct),
    presupuesto: presupuestoMeta(meta, p.vigencia),
  };
  return { calculada, anios, cuatrienio, entrada };
}

/** The meta's a[t] and x[t] per year (SPEC §5.4) under the same parámetros. */
export function aportesDeMeta(meta: MetaLeida, p: Parametros): readonly Aporte[] {
  const ev = calcularMeta(meta, p);
  return aportesPorAnio(ev.entrada, ev.cuatrienio);
}
