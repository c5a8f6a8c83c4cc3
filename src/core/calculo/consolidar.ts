/** Public entry point of the engine: recognise, validate and compute a workbook (SPEC §3–§5, §7, §8). */
import type { Libro } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import { leerLibro } from "../matriz/leerLibro";
import { conPlantillas } from "../plantillas/conPlantillas";
import { consolidarLectura } from "./consolidacion";
import type { Ajustes, Consolidacion } from "./tipos";

/**
 * @example consolidar(libro, { vigencia: 2024, corte: "T3", tope: "100" }).plan.pctVigencia
 * @throws ErrorParametros when a setting does not fit the workbook (vigencia absent, corte malformed).
 */
export function consolidar(libro: Libro, ajustes: Ajustes = {}): Consolidacion {
  // filled templates (issue 14) read as their master's sheets
  const efectivo = conPlantillas(libro, ajustes);
  const leida = leerLibro(efectivo.libro, efectivo.ajustes.correcciones);
  const dudas = efectivo.dudas.map((motivo) => crearHallazgo("A-RECONOCIMIENTO-DUDOSO", null, null, null, { motivo }));
  const lectura = dudas.length === 0 ? leida : { ...leida, hallazgos: [...dudas, ...leida.hallazgos] };
  return consolidarLectura(lectura, efectivo.ajustes, libro.archivos ?? [], efectivo.vigenciaDe);
}
