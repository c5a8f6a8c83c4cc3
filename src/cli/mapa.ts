/**
 * The CLI's `--mapa` JSON file of recognition corrections (SPEC §3.7), which wins over the ones
 * saved in the input workbooks (src/app/correcciones.ts) for the sheets it names.
 */
import { listaProblemas } from "../app/correcciones";
import { leerCorrecciones } from "../core/ajustes";
import { ErrorMapa } from "../core/fallos";
import type { CorreccionHoja } from "../core/matriz/tipos";
import { leerArchivoJson } from "./_lib/archivoJson";

/**
 * Reads and checks the `--mapa` file. Throws ErrorMapa naming every problem.
 * @example const correcciones = await leerMapa("correcciones.json")
 */
export async function leerMapa(ruta: string): Promise<CorreccionHoja[]> {
  const valor = await leerArchivoJson(ruta, (motivo, detalle, causa) => new ErrorMapa(`F-MAPA-${motivo}`, ruta, detalle, { cause: causa }));
  const r = leerCorrecciones(valor);
  if (!r.ok) throw new ErrorMapa("F-MAPA-INVALIDO", ruta, listaProblemas(r.problemas));
  return r.valor;
}
