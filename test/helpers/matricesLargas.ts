/**
 * Two synthetic matrices in the long layout (SPEC §3.2) for the templates of issue 14: one row per
 * meta and year, and one per meta and quarter. Rows are ordered by year, so a meta's rows are not
 * next to each other; two dependencies share each sheet. Both consolidate for vigencia 2025.
 */
import type { Valor } from "../../src/core";

export const VIGENCIA_LARGA = 2025;

/** Header row 1: A código, B meta, C dependencia, D tipo, E año, F programado, G ejecutado, H observaciones. */
export const LARGA_POR_ANIO: readonly (readonly Valor[])[] = [
  ["Código", "Meta de producto", "Dependencia", "Tipo de acumulación", "AÑO", "Programado", "Ejecutado", "Observaciones"],
  ["1", "Vacunar niños", "Secretaría de Salud", "Suma", 2024, 100, 90, null],
  ["2", "Pavimentar vías", "Secretaría de Obras", "Suma", 2024, 5, 5, null],
  ["3", "Visitas a hogares", "Secretaría de Salud", "Suma", 2024, 20, 18, "ok"],
  ["1", "Vacunar niños", "Secretaría de Salud", "Suma", 2025, 100, 70, null],
  ["2", "Pavimentar vías", "Secretaría de Obras", "Suma", 2025, 5, 2, "lluvias"],
  ["3", "Visitas a hogares", "Secretaría de Salud", "Suma", 2025, 20, 15, null],
];

const trimestres = (codigo: string, meta: string, dependencia: string, tipo: string, anio: number, p: number, e: readonly number[]): Valor[][] =>
  e.map((x, i) => [codigo, meta, dependencia, tipo, anio, `T${i + 1}`, p, x]);

/** Header row 1: A código, B meta, C dependencia, D tipo, E vigencia, F trimestre, G programado, H ejecutado. */
export const LARGA_POR_TRIMESTRE: readonly (readonly Valor[])[] = [
  ["Código", "Meta de producto", "Dependencia", "Tipo de acumulación", "VIGENCIA", "TRIMESTRE", "Programado", "Ejecutado"],
  ...trimestres("1", "Capacitar docentes", "Secretaría de Educación", "Suma", 2024, 25, [20, 30, 25, 15]),
  ...trimestres("2", "Mantener cupos PAE", "Secretaría de Inclusión", "Constante", 2024, 500, [480, 490, 500, 510]),
  ...trimestres("1", "Capacitar docentes", "Secretaría de Educación", "Suma", 2025, 25, [10, 20, 25, 30]),
  ...trimestres("2", "Mantener cupos PAE", "Secretaría de Inclusión", "Constante", 2025, 500, [450, 460, 470, 400]),
];
