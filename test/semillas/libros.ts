/**
 * Synthetic workbooks in the layouts of the three seed reports (../shared/seeds/: Sopó 2021 = 001,
 * Prosperidad Social 2020 = 003, Secretaría General de Bogotá 2021 = 004). Names are placeholders;
 * only the structure and the figures each seed states are reproduced, derived by hand below so that
 * the rules of the engine, not a copy of its output, give the seed's numbers.
 */
import type { Libro, Valor } from "../../src/core/grid/libro";
import { hoja, libro } from "../helpers/grid";

/** Ejecutados for `n` metas of P = 1000 whose % add up to `suma` (in thousandths): as even as integers allow. */
export function repartir(suma: number, n: number): number[] {
  const base = Math.floor(suma / n);
  return Array.from({ length: n }, (_, i) => base + (i < suma - base * n ? 1 : 0));
}

// ─── 001 · Sopó 2021 ────────────────────────────────────────────────────────────────────────────
/** P of every programmed meta: per-meta % are E / 1000. */
const P_SOPO = 1000;

export interface EscenarioSopo {
  readonly nombre: string;
  /** Weight in the plan, points (seed: 46,2 / 29,1 / 16,9 / 7,8). */
  readonly peso: number;
  /** Metas per prospectiva (the seed's table of the plan's structure). */
  readonly prospectivas: readonly number[];
  readonly noProgramadas: number;
  readonly conEjecucion: number;
  readonly sinEjecucion: number;
  /** Target mean % of the vigencia over its programmed metas (sin ejecución count 0). */
  readonly pct: number;
}

/**
 * Seed 001's counts per escenario (metas, no programadas, "reportaron ejecución", "sin ninguna
 * ejecución") and weights. Its escenario figures "9,40 % sobre 13,8 %", "4,5 / 8,7", "3,24 / 5,1"
 * and "1,74 / 2,34" add up to 18,88 %, not the 18,79 % it states for the plan (18,79 / 30 =
 * 62,6 %), so they cannot all hold: escenarios II–IV keep the seed's cumplimiento (51,5 %,
 * 63,89 %, 74,2 %) and escenario I takes what the plan's 62,63 % leaves:
 * (0,6263 − 0,291·0,515 − 0,169·0,6389 − 0,078·0,742) / 0,462 = 0,67226.
 */
export const ESCENARIOS_SOPO: readonly EscenarioSopo[] = [
  { nombre: "I. Escenario de cambio social", peso: 46.2, prospectivas: [35, 10, 18, 31, 20, 9, 62, 25, 18], noProgramadas: 12, conEjecucion: 194, sinEjecucion: 22, pct: 0.67226 },
  { nombre: "II. Escenario de cambio territorial", peso: 29.1, prospectivas: [24, 14, 9, 11, 30, 16], noProgramadas: 8, conEjecucion: 73, sinEjecucion: 23, pct: 0.515 },
  { nombre: "III. Escenario de cambio productivo", peso: 16.9, prospectivas: [22, 9, 24, 17, 27, 10], noProgramadas: 4, conEjecucion: 89, sinEjecucion: 16, pct: 0.6389 },
  { nombre: "IV. Escenario de cambio institucional", peso: 7.8, prospectivas: [36], noProgramadas: 2, conEjecucion: 31, sinEjecucion: 3, pct: 0.742 },
];

/** Only 2021's weight (30 %) is stated; the other three years are an assumption adding up to 100. */
export const PESOS_ANIO_SOPO = [20, 30, 30, 20];

/**
 * One sheet, one row per meta: escenario with its weight, prospectiva, code, meta, dependency,
 * meta cuatrienio, programado and ejecutado 2021. Within an escenario the metas are no programadas
 * first (P = 0), then sin ejecución (E blank), then with ejecución, whose E share out
 * pct × programadas × 1000 so that the simple mean over programadas is the escenario's pct.
 */
export function libroSopo(): Libro {
  const filas: Valor[][] = [["ESCENARIO DE CAMBIO", "PESO ESCENARIO DE CAMBIO", "PROSPECTIVA", "CÓDIGO META", "META DE PRODUCTO", "DEPENDENCIA", "META CUATRIENIO", "PROGRAMADO 2021", "EJECUTADO 2021"]];
  ESCENARIOS_SOPO.forEach((e, i) => {
    const programadas = e.conEjecucion + e.sinEjecucion;
    const ejecutados = repartir(Math.round(e.pct * programadas * P_SOPO), e.conEjecucion);
    let k = 0;
    e.prospectivas.forEach((n, j) => {
      for (let x = 0; x < n; x++, k++) {
        const estado = k < e.noProgramadas ? "no" : k < e.noProgramadas + e.sinEjecucion ? "sin" : "con";
        const p = estado === "no" ? 0 : P_SOPO;
        const ejecutado = estado === "con" ? (ejecutados[k - e.noProgramadas - e.sinEjecucion] ?? null) : null;
        filas.push([e.nombre, e.peso, `${String.fromCharCode(65 + j)}. Prospectiva ${i + 1}.${j + 1}`, `${i + 1}.${j + 1}.${x + 1}`, `Meta ${i + 1}.${j + 1}.${x + 1}`, `Secretaría ${(k % 5) + 1}`, 4 * P_SOPO, p, ejecutado]);
      }
    });
  });
  return libro([hoja("Plan indicativo 2021", filas)]);
}
