/**
 * The programado and ejecutado of a year (SPEC §3.2 precedence): (1) an explicit total of the
 * year as stored, (2) the quarters combined per tipo (SUMA: sum; others: last reported), (3) the
 * plan's annual target, which is also kept as metaAnio. A stored total that differs from its
 * quarters by more than 0,5 % is A-TOTAL-INCONSISTENTE; the total is used.
 */
import type { Dato, TipoAcumulacion } from "./tipos";

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
  let presentes = 0;
  let numeros = 0;
  let suma = 0;
  let ultimo: number | null = null;
  let otro: Dato | null = null;
  for (const d of trimestres) {
    if (d === null) continue;
    presentes++;
    if (d.estado === "numero") {
      numeros++;
      suma += d.valor ?? 0;
      ultimo = d.valor;
    } else if (d.estado !== "vacio" && otro === null) otro = d;
  }
  if (presentes === 0) return null;
  if (numeros > 0) return { valor: tipo === "SUMA" ? suma : ultimo, estado: "numero", celda: "" };
  return otro ? { valor: null, estado: otro.estado, celda: otro.celda } : VACIO;
}

/** Total consistent with its quarters? Relative difference ≤ 0,5 % (of the larger magnitude). */
export function totalConsistente(total: number, trimestres: number): boolean {
  const escala = Math.max(Math.abs(total), Math.abs(trimestres));
  return escala === 0 || Math.abs(total - trimestres) <= TOLERANCIA * escala;
}

/** Value of the year per the precedence: stored total > quarters combined > annual target (> corte). */
export function resolverSerie(s: DatosSerie, tipo: TipoAcumulacion): Dato {
  return resolverValores(s.total, s.anual, s.corte, s.trimestres, tipo);
}

/** resolverSerie on loose values: the row reader calls it 400,000 times for 50,000 metas and allocates no series. */
export function resolverValores(total: Dato | null, anual: Dato | null, corte: Dato | null, trimestres: readonly (Dato | null)[], tipo: TipoAcumulacion): Dato {
  if (total && total.estado !== "vacio") return total;
  const combinado = combinarTrimestres(trimestres, tipo);
  if (combinado && combinado.estado !== "vacio") return combinado;
  if (anual && anual.estado !== "vacio") return anual;
  // without any annual value, what was executed up to the corte is the year's execution so far
  if (corte && corte.estado !== "vacio") return corte;
  return total ?? combinado ?? anual ?? corte ?? VACIO;
}

/** The quarters' combination when a stored numeric total differs from it by more than 0,5 % (A-TOTAL-INCONSISTENTE), else null. */
export function totalInconsistente(s: DatosSerie, tipo: TipoAcumulacion): number | null {
  if (s.total?.estado !== "numero") return null;
  const combinado = combinarTrimestres(s.trimestres, tipo);
  if (combinado?.estado !== "numero" || combinado.valor === null) return null;
  return totalConsistente(s.total.valor ?? 0, combinado.valor) ? null : combinado.valor;
}
