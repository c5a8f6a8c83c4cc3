/**
 * Generators of synthetic matrices: the bundled example (with its planted mistakes) and
 * plain N-meta matrices for the bench, as a grid (no exceljs, fast) or as an .xlsx file.
 */
import { CULTURA_ES_CO, type Libro } from "../../src/core/grid/libro";
import { crearAzar } from "./azar";
import { sembrarErrores, type ErrorSembrado } from "./errores";
import { hojaInstrucciones, hojaPrincipal, hojaTrimestral } from "./hojas";
import type { HojaEjemplo } from "./lienzo";
import { generarMetas, reportarPorTrimestre } from "./metas";
import { xlsxDeHojas } from "./xlsx";

export const SEMILLA_EJEMPLO = 20240101;
export const METAS_EJEMPLO = 150;
export const NOMBRE_EJEMPLO = "matriz-seguimiento-ejemplo.xlsx";

export interface Ejemplo {
  readonly hojas: readonly HojaEjemplo[];
  readonly errores: readonly ErrorSembrado[];
}

/** The bundled example: main matrix, the quarterly Salud sheet and an instructions sheet. */
export function generarEjemplo(semilla = SEMILLA_EJEMPLO): Ejemplo {
  const azar = crearAzar(semilla);
  const metas = generarMetas(METAS_EJEMPLO, azar);
  reportarPorTrimestre(metas, azar);
  const errores = sembrarErrores(metas);
  return { hojas: [hojaPrincipal(metas), hojaTrimestral(metas), hojaInstrucciones()], errores };
}

export function libroDeHojas(hojas: readonly HojaEjemplo[]): Libro {
  return { hojas: hojas.map((h) => h.hoja), cultura: CULTURA_ES_CO };
}

export function ejemploXlsx(semilla = SEMILLA_EJEMPLO): Promise<Uint8Array> {
  return xlsxDeHojas(generarEjemplo(semilla).hojas);
}

/** One sheet of `n` metas × 4 years with a dependency column and no planted mistakes. */
function hojaGrande(n: number, semilla: number): HojaEjemplo {
  return hojaPrincipal(generarMetas(n, crearAzar(semilla)), "PDM");
}

/** A grid of `n` metas for the bench, without exceljs. */
export function generarLibroGrande(n: number, semilla = 7): Libro {
  return libroDeHojas([hojaGrande(n, semilla)]);
}

/** The same matrix as an .xlsx file. */
export function generarXlsxGrande(n: number, semilla = 7): Promise<Uint8Array> {
  return xlsxDeHojas([hojaGrande(n, semilla)]);
}
