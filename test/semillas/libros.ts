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
  {
    nombre: "I. Escenario de cambio social",
    peso: 46.2,
    prospectivas: [35, 10, 18, 31, 20, 9, 62, 25, 18],
    noProgramadas: 12,
    conEjecucion: 194,
    sinEjecucion: 22,
    pct: 0.67226,
  },
  {
    nombre: "II. Escenario de cambio territorial",
    peso: 29.1,
    prospectivas: [24, 14, 9, 11, 30, 16],
    noProgramadas: 8,
    conEjecucion: 73,
    sinEjecucion: 23,
    pct: 0.515,
  },
  {
    nombre: "III. Escenario de cambio productivo",
    peso: 16.9,
    prospectivas: [22, 9, 24, 17, 27, 10],
    noProgramadas: 4,
    conEjecucion: 89,
    sinEjecucion: 16,
    pct: 0.6389,
  },
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
  const filas: Valor[][] = [
    [
      "ESCENARIO DE CAMBIO",
      "PESO ESCENARIO DE CAMBIO",
      "PROSPECTIVA",
      "CÓDIGO META",
      "META DE PRODUCTO",
      "DEPENDENCIA",
      "META CUATRIENIO",
      "PROGRAMADO 2021",
      "EJECUTADO 2021",
    ],
  ];
  ESCENARIOS_SOPO.forEach((e, i) => {
    const programadas = e.conEjecucion + e.sinEjecucion;
    const ejecutados = repartir(Math.round(e.pct * programadas * P_SOPO), e.conEjecucion);
    let k = 0;
    e.prospectivas.forEach((n, j) => {
      for (let x = 0; x < n; x++, k++) {
        const estado = k < e.noProgramadas ? "no" : k < e.noProgramadas + e.sinEjecucion ? "sin" : "con";
        const p = estado === "no" ? 0 : P_SOPO;
        const ejecutado = estado === "con" ? (ejecutados[k - e.noProgramadas - e.sinEjecucion] ?? null) : null;
        filas.push([
          e.nombre,
          e.peso,
          `${String.fromCharCode(65 + j)}. Prospectiva ${i + 1}.${j + 1}`,
          `${i + 1}.${j + 1}.${x + 1}`,
          `Meta ${i + 1}.${j + 1}.${x + 1}`,
          `Secretaría ${(k % 5) + 1}`,
          4 * P_SOPO,
          p,
          ejecutado,
        ]);
      }
    });
  });
  return libro([hoja("Plan indicativo 2021", filas)]);
}

// ─── 003 · Prosperidad Social 2020 ──────────────────────────────────────────────────────────────
/**
 * Seed 003's table "Actividades críticas": activities reported per estrategia, and by name the ones
 * under 50 % and over 100 % with their %, dependency and estrategia. Every other activity is at
 * 100 % (P = E = 100), which the seed's counts of < 50 % allow.
 */
export const ESTRATEGIAS_PS: readonly {
  readonly reportadas: number;
  readonly bajo50: readonly [string, number][];
  readonly sobre100: readonly [string, number][];
}[] = [
  { reportadas: 13, bajo50: [], sobre100: [] },
  {
    reportadas: 19,
    bajo50: [["Dirección de Transferencias Monetarias Condicionadas", 33]],
    sobre100: [["Dirección de Transferencias Monetarias Condicionadas", 158]],
  },
  {
    reportadas: 23,
    bajo50: [
      ...[1, 12, 0, 40, 40, 0].map((p): [string, number] => ["Dirección de Inclusión Productiva", p]),
      ["Dirección de Gestión y Articulación de la Oferta Social", 10],
    ],
    sobre100: [["Dirección de Gestión y Articulación de la Oferta Social", 198]],
  },
  { reportadas: 7, bajo50: [["Dirección de Infraestructura Social y Hábitat", 39]], sobre100: [["Dirección de Infraestructura Social y Hábitat", 243]] },
  { reportadas: 4, bajo50: [], sobre100: [] },
  { reportadas: 18, bajo50: [], sobre100: [] },
  { reportadas: 288, bajo50: [], sobre100: [] },
];

/** One action-plan sheet of 2020: estrategia, dependency, code, activity, programado and ejecutado (P = 100, E = the %). */
export function libroProsperidad(): Libro {
  const filas: Valor[][] = [["ESTRATEGIA", "DEPENDENCIA", "CÓDIGO", "ACTIVIDAD", "PROGRAMADO 2020", "EJECUTADO 2020"]];
  ESTRATEGIAS_PS.forEach((e, i) => {
    const criticas = [...e.bajo50, ...e.sobre100];
    for (let k = 0; k < e.reportadas; k++) {
      const [dependencia, ejecutado] = criticas[k] ?? ["Subdirección General de Programas y Proyectos", 100];
      filas.push([
        `Es${i + 1} - Estrategia ${i + 1}`,
        dependencia,
        `20${i + 1}${String(k + 1).padStart(4, "0")}`,
        `Actividad ${i + 1}.${k + 1}`,
        100,
        ejecutado,
      ]);
    }
  });
  return libro([hoja("Plan de acción 2020", filas)]);
}

// ─── 004 · Secretaría General de Bogotá 2021 ────────────────────────────────────────────────────
/** Seed 004's indicadores de gestión below 100 % at 31 March ("entre el 75 % y 99 %"). */
export const ENTRE_75_Y_99_BOGOTA = [98.94, 92.31, 84.26, 75];

/**
 * 57 indicators for 2021: 5 without programación for the period (P blank), 48 at 100 % and the 4
 * above. One year and no meta cuatrienio: a one-year action plan.
 */
export function libroBogota(): Libro {
  const filas: Valor[][] = [["PROCESO", "INDICADOR", "PROGRAMADO 2021", "EJECUTADO 2021"]];
  for (let k = 0; k < 57; k++) {
    const p = k < 5 ? null : 100;
    const e = k < 5 ? null : (ENTRE_75_Y_99_BOGOTA[k - 5] ?? 100);
    filas.push([k % 2 === 0 ? "Gestión financiera" : "Contratación", `Indicador de gestión ${k + 1}`, p, e]);
  }
  return libro([hoja("Indicadores de gestión 2021", filas)]);
}
