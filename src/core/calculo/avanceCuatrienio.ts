/** % de avance del cuatrienio, its expectation por programación, and a[t], x[t] (SPEC §5.4–§5.5). */
import type { TipoAcumulacion } from "../matriz/tipos";
import { avanceRelativo, faltaLineaBase } from "./_lib/formula";

/** One year's numbers (null = blank, ND, NA or unreadable); the vigencia carries its values at the corte. */
export interface ValorSerie {
  readonly anio: number;
  readonly p: number | null;
  readonly e: number | null;
}

export interface EntradaCuatrienio {
  readonly tipo: TipoAcumulacion;
  readonly lineaBase: number | null;
  readonly metaCuatrienio: number | null;
  /** "Acumulado vigencias anteriores" of a single-vigencia matrix. */
  readonly acumuladoAnterior: number | null;
  /** The cuatrienio years the meta has, ascending, with the vigencia's values at the corte. */
  readonly serie: readonly ValorSerie[];
  readonly vigencia: number;
}

export interface Cuatrienio {
  /** M used: the meta cuatrienio, or derived from the programado when blank. */
  readonly meta: number | null;
  readonly avance: number | null;
  /** Expected avance por programación (X of §5.5). */
  readonly esperado: number | null;
  readonly faltaMeta: boolean;
  readonly faltaLineaBase: boolean;
}

/** One year's contribution a[t] and expected contribution x[t] to the cuatrienio (§5.4). */
export interface Aporte {
  readonly anio: number;
  readonly a: number | null;
  readonly x: number | null;
}

/** The last entry of serie[0, hasta) with a value in `campo`. */
function ultimo(serie: readonly ValorSerie[], campo: "p" | "e", hasta = serie.length): ValorSerie | undefined {
  for (let i = hasta - 1; i >= 0; i--) {
    const s = serie[i];
    if (s && s[campo] !== null) return s;
  }
  return undefined;
}

/** Σ of `campo` over serie[0, hasta); null when none has a value. */
function sumar(serie: readonly ValorSerie[], campo: "p" | "e", hasta = serie.length): number | null {
  let total: number | null = null;
  for (let i = 0; i < hasta; i++) {
    const v = serie[i]?.[campo] ?? null;
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/**
 * M when the meta cuatrienio is blank (§5.4): SUMA → Σ P of the cuatrienio; CONSTANTE → the P of
 * the year of the last report (or the last programmed year); CRECIENTE/DECRECIENTE → the last P.
 */
function metaEfectiva(e: EntradaCuatrienio, hasta: number): number | null {
  const m = e.metaCuatrienio;
  if (m !== null && (m !== 0 || e.tipo === "DECRECIENTE")) return m;
  let derivada: number | null;
  if (e.tipo === "SUMA") derivada = sumar(e.serie, "p");
  else if (e.tipo === "CONSTANTE") derivada = ultimo(e.serie, "e", hasta)?.p ?? ultimo(e.serie, "p", hasta)?.p ?? null;
  else derivada = ultimo(e.serie, "p")?.p ?? null;
  return derivada === null || derivada === 0 ? null : derivada;
}

/** Avance of the values of `campo` up to the vigencia: Σ for SUMA, the last level otherwise. */
function avanceDe(e: EntradaCuatrienio, hasta: number, campo: "p" | "e", meta: number): number | null {
  if (e.tipo === "SUMA") {
    const extra = campo === "e" ? (e.acumuladoAnterior ?? 0) : 0;
    return avanceRelativo("SUMA", (sumar(e.serie, campo, hasta) ?? 0) + extra, meta, null);
  }
  const nivel = ultimo(e.serie, campo, hasta)?.[campo];
  // Nothing reported yet: no progress (the level is still the línea base).
  if (nivel === undefined || nivel === null) {
    return avanceRelativo(e.tipo, e.tipo === "CONSTANTE" ? 0 : (e.lineaBase ?? 0), meta, e.lineaBase);
  }
  return avanceRelativo(e.tipo, nivel, meta, e.lineaBase);
}

/**
 * @example SUMA, M = 10, E2024 = 2, E2025 = 2, vigencia 2025 → avance 0.4
 * @example CONSTANTE, M = 884, E = 884 then 919 → avance 919/884, never (884 + 919)/884
 */
export function calcularCuatrienio(e: EntradaCuatrienio): Cuatrienio {
  // the years up to the vigencia are serie[0, hasta)
  let hasta = 0;
  while (hasta < e.serie.length && (e.serie[hasta]?.anio ?? Infinity) <= e.vigencia) hasta++;
  const meta = metaEfectiva(e, hasta);
  if (meta === null) return { meta, avance: null, esperado: null, faltaMeta: true, faltaLineaBase: false };
  const avance = avanceDe(e, hasta, "e", meta);
  const esperado = avanceDe(e, hasta, "p", meta);
  return { meta, avance, esperado, faltaMeta: false, faltaLineaBase: faltaLineaBase(e.tipo, e.lineaBase) };
}

/**
 * a[t] for the years up to the vigencia and x[t] for every year, against the M of `c`; none
 * without M. Asked for when needed (the Datos sheet, a reported per-year %), not kept per meta:
 * at 50,000 metas those four records each were a third of what the computation kept.
 * @example SUMA, M = 10, P = [2, 3, 3, 2], E = [2, 2, 0, –], vigencia 2025 → a = [0.2, 0.2, null, null], x = [0.2, 0.3, 0.3, 0.2]
 */
export function aportesPorAnio(e: EntradaCuatrienio, c: Cuatrienio): Aporte[] {
  const meta = c.meta;
  if (meta === null) return [];
  return e.serie.map((s) => ({
    anio: s.anio,
    a: s.e !== null && s.anio <= e.vigencia ? avanceRelativo(e.tipo, s.e, meta, e.lineaBase) : null,
    x: s.p !== null ? avanceRelativo(e.tipo, s.p, meta, e.lineaBase) : null,
  }));
}
