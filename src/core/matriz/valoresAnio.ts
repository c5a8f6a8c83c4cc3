/**
 * The programado and ejecutado of a year (SPEC §3.2 precedence): (1) an explicit total of the
 * year as stored, (2) the quarters combined per tipo (SUMA: sum; others: last reported), (3) the
 * plan's annual target, which is also kept as metaAnio. A stored total that differs from its
 * quarters by more than 0,5 % is A-TOTAL-INCONSISTENTE; the total is used.
 */
import type { Dato, TipoAcumulacion, ValoresAnio } from "./tipos";

export interface DatosSerie {
  readonly total: Dato | null;
  readonly anual: Dato | null;
  readonly corte: Dato | null;
  /** T1..T4; null when the matrix has no column for that quarter. */
  readonly trimestres: readonly (Dato | null)[];
}

const VACIO: Dato = { valor: null, estado: "vacio", celda: "" };
const TOLERANCIA = 0.005;

/**
 * Quarters combined per tipo (SPEC §5.1); null when no quarter column exists.
 * @example combinarTrimestres([q(1), q(2), null, null], "SUMA") // { valor: 3, estado: "numero", celda: "" }
 */
export function combinarTrimestres(trimestres: readonly (Dato | null)[], tipo: TipoAcumulacion): Dato | null {
  const presentes = trimestres.filter((d): d is Dato => d !== null);
  if (presentes.length === 0) return null;
  const numeros = presentes.filter((d) => d.estado === "numero");
  if (numeros.length > 0) {
    const valor = tipo === "SUMA" ? numeros.reduce((s, d) => s + (d.valor ?? 0), 0) : (numeros[numeros.length - 1]?.valor ?? null);
    return { valor, estado: "numero", celda: "" };
  }
  const estado = presentes.find((d) => d.estado !== "vacio");
  return estado ? { valor: null, estado: estado.estado, celda: estado.celda } : VACIO;
}

/** Total consistent with its quarters? Relative difference ≤ 0,5 % (of the larger magnitude). */
export function totalConsistente(total: number, trimestres: number): boolean {
  const escala = Math.max(Math.abs(total), Math.abs(trimestres));
  return escala === 0 || Math.abs(total - trimestres) <= TOLERANCIA * escala;
}

export interface SerieResuelta {
  readonly dato: Dato;
  /** Set when a stored total disagrees with its quarters. */
  readonly inconsistencia: { readonly total: Dato; readonly trimestres: number } | null;
}

export function resolverSerie(s: DatosSerie, tipo: TipoAcumulacion): SerieResuelta {
  const combinado = combinarTrimestres(s.trimestres, tipo);
  if (s.total && s.total.estado !== "vacio") {
    const inconsistente =
      s.total.estado === "numero" && combinado?.estado === "numero" && combinado.valor !== null && !totalConsistente(s.total.valor ?? 0, combinado.valor);
    return { dato: s.total, inconsistencia: inconsistente && combinado?.valor != null ? { total: s.total, trimestres: combinado.valor } : null };
  }
  if (combinado && combinado.estado !== "vacio") return { dato: combinado, inconsistencia: null };
  if (s.anual && s.anual.estado !== "vacio") return { dato: s.anual, inconsistencia: null };
  // without any annual value, what was executed up to the corte is the year's execution so far
  if (s.corte && s.corte.estado !== "vacio") return { dato: s.corte, inconsistencia: null };
  return { dato: s.total ?? combinado ?? s.anual ?? s.corte ?? VACIO, inconsistencia: null };
}

export function valoresDelAnio(p: SerieResuelta, e: SerieResuelta, prog: DatosSerie, ejec: DatosSerie): ValoresAnio {
  return {
    programado: p.dato,
    ejecutado: e.dato,
    metaAnio: prog.anual,
    programadoTrimestres: prog.trimestres,
    ejecutadoTrimestres: ejec.trimestres,
    programadoCorte: prog.corte,
    ejecutadoCorte: ejec.corte,
  };
}
