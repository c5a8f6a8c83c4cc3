/**
 * A small matrix for the charts on demand, every figure worked out by hand in the tests (SPEC §5):
 * two dependencias, two ejes, three programas, six SUMA metas over 2024–2025.
 */
import type { Valor } from "../../../src/core/grid/libro";
import { hoja, libro } from "../../helpers/grid";

export const ENCABEZADO: Valor[] = [
  "Eje",
  "Programa",
  "Dependencia",
  "Código",
  "Meta",
  "Unidad",
  "Tipo",
  "Meta cuatrienio",
  "Programado 2024",
  "Ejecutado 2024",
  "Programado 2025",
  "Ejecutado 2025",
];

/** [eje, programa, dependencia, código, meta, unidad, M, P2024, E2024, P2025, E2025] */
export const FILAS: readonly (readonly Valor[])[] = [
  ["1 Salud para todos", "11 Salud pública", "Secretaría de Salud", "M1", "Vacunar niños", "Niños", 10, 2, 2, 3, 3],
  ["1 Salud para todos", "11 Salud pública", "Secretaría de Salud", "M2", "Visitas a hogares", "Visitas", 20, 5, 4, 5, 2],
  ["2 Territorio", "21 Vías", "Secretaría de Salud", "M3", "Caminos a puestos de salud", "Km", 8, 2, 2, 2, 1],
  ["2 Territorio", "21 Vías", "Secretaría de Gobierno", "M4", "Vías terciarias", "Km", 4, 1, 1, 1, null],
  ["2 Territorio", "22 Seguridad", "Secretaría de Gobierno", "M5", "Cámaras instaladas", "Cámaras", 10, 3, 3, 4, 5],
  ["2 Territorio", "22 Seguridad", "Secretaría de Gobierno", "M6", "Frentes de seguridad", "Frentes", 6, 2, 1, 0, null],
];

export function libroGraficos() {
  const filas: Valor[][] = [
    ENCABEZADO,
    ...FILAS.map(([eje, prog, dep, cod, meta, unidad, ...num]) => [
      eje ?? null,
      prog ?? null,
      dep ?? null,
      cod ?? null,
      meta ?? null,
      unidad ?? null,
      "SUMA",
      ...num,
    ]),
  ];
  return libro([hoja("PDM", filas)]);
}

/** SUMA per meta (SPEC §5.3–§5.5), vigencia 2025: % vigencia = E25/P25, A = (E24+E25)/M, X = (P24+P25)/M. */
export const M1 = { vigencia: 3 / 3, avance: (2 + 3) / 10, esperado: (2 + 3) / 10 };
export const M2 = { vigencia: 2 / 5, avance: (4 + 2) / 20, esperado: (5 + 5) / 20 };
export const M3 = { vigencia: 1 / 2, avance: (2 + 1) / 8, esperado: (2 + 2) / 8 };
// M4: P25 = 1 without E25 — sin reporte, 0 % in the year's mean (§5.2)
export const M4 = { vigencia: 0, avance: 1 / 4, esperado: (1 + 1) / 4 };
// M5: 5 of 4 is 125 %, capped to 100 % in the aggregates (§5.6)
export const M5 = { vigencia: 1, avance: (3 + 5) / 10, esperado: (3 + 4) / 10 };
// M6: P25 = 0 — no programada in 2025, out of the year's mean
export const M6 = { avance: 1 / 6, esperado: 2 / 6 };
export const media = (...xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
