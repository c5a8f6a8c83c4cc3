/**
 * Templates for dependencies (issue 14): read the master through its source, consolidate it
 * (the recognition, the vigencia and the dependencies are the run's), and plan one template per
 * dependency. The hosts write them: io/xlsx's plantilla for the CLI, the pane and the web page.
 */
import { planificarPlantillas, type ResultadoPlantillas } from "../core";
import { calcularLibro, type AjustesDeLibro } from "./consolidar";
import type { FuenteLibro } from "./puertos";

/** The open workbook of the pane has no file name to give. */
const SIN_NOMBRE = "el libro abierto";

/**
 * The templates of a master; none (and a Spanish notice) when it holds no matrix.
 * @example (await plantillasLibro(fuente, {})).plantillas.map((p) => p.archivo)
 */
export async function plantillasLibro(fuente: FuenteLibro, ajustes: AjustesDeLibro): Promise<ResultadoPlantillas> {
  const { leido, consolidacion } = await calcularLibro(fuente, ajustes);
  if (consolidacion.metas.length === 0)
    return { plantillas: [], avisos: ["El libro no tiene una matriz de seguimiento reconocida: no hay plantillas que preparar."] };
  return planificarPlantillas(consolidacion, leido.libro, { archivoMaestro: leido.libro.archivos?.[0] ?? SIN_NOMBRE });
}
