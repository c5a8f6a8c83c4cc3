/** P and E of one year as used at the corte, and the state of the meta in that year (SPEC §5.2–§5.3). */
import type { Dato, TipoAcumulacion, ValoresAnio } from "../matriz/tipos";
import type { EstadoMeta } from "./tipos";

/**
 * Quarters up to the corte combined per tipo (SPEC §5.1): SUMA adds them, the level tipos take
 * the last one reported. The derived value points at the last quarter's cell, where a missing
 * report has to be typed.
 */
function combinarTrimestres(trimestres: readonly (Dato | null)[], hasta: number, tipo: TipoAcumulacion): Dato | null {
  let celda = "";
  let ultimo: Dato | null = null;
  let suma = 0;
  for (let i = 0; i < hasta && i < trimestres.length; i++) {
    const d = trimestres[i];
    if (!d) continue;
    celda = d.celda;
    if (d.valor === null) continue;
    ultimo = d;
    suma += d.valor;
  }
  if (ultimo === null) return { valor: null, estado: "vacio", celda };
  if (tipo !== "SUMA") return ultimo;
  return { valor: suma, estado: "numero", celda };
}

function tieneTrimestres(trimestres: readonly (Dato | null)[]): boolean {
  return trimestres.some((d) => d !== null);
}

function alCorte(corte: Dato | null, trimestres: readonly (Dato | null)[], anio: Dato, tipo: TipoAcumulacion, hasta: number): Dato | null {
  return corte ?? (hasta < 4 && tieneTrimestres(trimestres) ? combinarTrimestres(trimestres, hasta, tipo) : anio);
}

/**
 * The year's P (or E, below) at the corte: "al corte" columns when present; else, when the corte
 * falls inside the year and quarters exist, the quarters up to it; else the year value.
 * `trimestres` is how many quarters of the year the corte covers (0–4). Two functions, not one
 * returning a pair: this runs for every year of 50,000 metas.
 */
export function programadoAlCorte(v: ValoresAnio | undefined, tipo: TipoAcumulacion, trimestres: number): Dato | null {
  return v ? alCorte(v.programadoCorte, v.programadoTrimestres, v.programado, tipo, trimestres) : null;
}

export function ejecutadoAlCorte(v: ValoresAnio | undefined, tipo: TipoAcumulacion, trimestres: number): Dato | null {
  return v ? alCorte(v.ejecutadoCorte, v.ejecutadoTrimestres, v.ejecutado, tipo, trimestres) : null;
}

/**
 * NO_PROGRAMADA: P blank, 0 or NA, or E is NA (no aplica). SIN_REPORTE: P > 0 and E blank, ND
 * or unreadable. REPORTADA: P > 0 and E numeric.
 */
export function estadoDe(programado: Dato | null, ejecutado: Dato | null): EstadoMeta {
  const p = programado?.valor ?? null;
  if (p === null || p <= 0 || ejecutado?.estado === "NA") return "NO_PROGRAMADA";
  return ejecutado?.valor === null || ejecutado === null ? "SIN_REPORTE" : "REPORTADA";
}
