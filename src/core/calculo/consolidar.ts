/** Public entry point of the engine: recognise, validate and compute a workbook (SPEC §3–§5, §7, §8). */
import type { Libro } from "../grid/libro";
import { leerLibro } from "../matriz/leerLibro";
import { consolidarLectura } from "./consolidacion";
import type { Ajustes, Consolidacion } from "./tipos";

/**
 * @example consolidar(libro, { vigencia: 2024, corte: "T3", tope: "100" }).plan.pctVigencia
 * @throws ErrorParametros when a setting does not fit the workbook (vigencia absent, corte malformed).
 */
export function consolidar(libro: Libro, ajustes: Ajustes = {}): Consolidacion {
  const lectura = leerLibro(libro, ajustes.correcciones);
  return consolidarLectura(lectura, ajustes, libro.archivos ?? []);
}
