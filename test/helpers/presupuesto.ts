/**
 * A matrix by sector and a separate budget sheet by sector (issue 13), shared by the computation
 * and the Presupuesto sheet's tests. Figures worked out by hand:
 * - physical % of the vigencia per sector: Salud (80/100 + 10/10) / 2 = 0.9, Educación 10/20 = 0.5, Transporte 2/5 = 0.4;
 * - the budget sheet: total presupuestado 1 200 + 500 + 300 + 200 = 2 200 millones (its TOTAL row is not read);
 *   % ejecución Salud 900/1 200 = 75 %, Educación 550/500 = 110 %, Transporte 150/300 = 50 %, Cultura 180/200 = 90 %;
 *   «SALUD» and «Educacion» join «Salud» and «Educación» once normalised; Cultura has no sector in the matrix.
 */
import { hoja } from "./grid";

export const MATRIZ_SECTORES = hoja("PDM", [
  ["Sector", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
  ["Salud", "Vacunar niños", "Secretaría de Salud", 100, 80],
  ["Salud", "Controlar el dengue", "Secretaría de Salud", 10, 10],
  ["Educación", "Dotar aulas", "Secretaría de Educación", 20, 10],
  ["Transporte", "Pavimentar vías", "Secretaría de Obras", 5, 2],
]);

export const PRESUPUESTO_POR_SECTOR = hoja("Ejecución presupuestal", [
  ["EJECUCIÓN PRESUPUESTAL 2024"],
  ["SECTOR", "PRESUPUESTO DEFINITIVO", "COMPROMISOS", "PAGOS"],
  ["SALUD", "$ 1.200.000.000,00", "$ 900.000.000,00", "$ 600.000.000,00"],
  ["Educacion", "$ 500.000.000,00", "$ 550.000.000,00", "$ 400.000.000,00"],
  ["Transporte", 300_000_000, 150_000_000, 100_000_000],
  ["Cultura", "$ 200.000.000", "$ 180.000.000", "$ 0"],
  ["TOTAL", "$ 2.200.000.000,00", "$ 1.780.000.000,00", "$ 1.100.000.000,00"],
]);
