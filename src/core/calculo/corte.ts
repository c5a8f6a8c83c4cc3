/** The corte of SPEC §8: an ISO date or a quarter of the vigencia, and the quarters it covers. */
import type { Corte, Trimestre } from "../matriz/tipos";
import { ErrorParametros } from "../fallos";

const FIN_TRIMESTRE = ["03-31", "06-30", "09-30", "12-31"] as const;

/** End date of a quarter: `finTrimestre(2024, 3)` → "2024-09-30". */
export function finTrimestre(anio: number, trimestre: Trimestre): string {
  return `${anio}-${FIN_TRIMESTRE[trimestre - 1]}`;
}

/** Default corte: the end of the vigencia. */
export function finVigencia(vigencia: number): Corte {
  return { fecha: `${vigencia}-12-31`, trimestre: null };
}

/** A real calendar date written AAAA-MM-DD: `esFechaValida("2024-02-30")` → false. */
export function esFechaValida(fecha: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fecha);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === fecha;
}

/**
 * Reads the user's corte: "2021-09-30" or "T3" (a quarter of the vigencia).
 * @example interpretarCorte("T3", 2021) → { fecha: "2021-09-30", trimestre: 3 }
 */
export function interpretarCorte(texto: string, vigencia: number): Corte {
  const limpio = texto.trim();
  const t = /^T\.?\s*([1-4])$/i.exec(limpio);
  if (t) {
    const trimestre = Number(t[1]) as Trimestre;
    return { fecha: finTrimestre(vigencia, trimestre), trimestre };
  }
  if (!esFechaValida(limpio)) {
    throw new ErrorParametros("F-CORTE-INVALIDO", { corte: texto });
  }
  if (Number(limpio.slice(0, 4)) !== vigencia) {
    throw new ErrorParametros("F-CORTE-FUERA", { corte: limpio, vigencia });
  }
  return { fecha: limpio, trimestre: null };
}

/**
 * How many quarters of year `anio` are complete at the corte (0–4): the corte 2021-09-30 covers
 * T1–T3 of 2021, all of 2020 and none of 2022.
 */
export function trimestresAlCorte(corte: Corte, anio: number): number {
  const anioCorte = Number(corte.fecha.slice(0, 4));
  if (anio < anioCorte) return 4;
  if (anio > anioCorte) return 0;
  if (corte.trimestre !== null) return corte.trimestre;
  const mesDia = corte.fecha.slice(5);
  return FIN_TRIMESTRE.filter((fin) => fin <= mesDia).length;
}
