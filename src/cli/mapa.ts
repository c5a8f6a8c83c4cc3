/**
 * The CLI's `--mapa` JSON file of recognition corrections (SPEC §3.7), which wins over the ones
 * saved in the input workbooks (src/app/correcciones.ts) for the sheets it names.
 */
import { promises as fs } from "node:fs";
import { listaProblemas, parsearJson } from "../app/correcciones";
import { leerCorrecciones } from "../core/ajustes";
import { ErrorMapa } from "../core/fallos";
import type { CorreccionHoja } from "../core/matriz/tipos";

/**
 * Reads and checks the `--mapa` file. Throws ErrorMapa naming every problem.
 * @example const correcciones = await leerMapa("correcciones.json")
 */
export async function leerMapa(ruta: string): Promise<CorreccionHoja[]> {
  let texto: string;
  try {
    texto = await fs.readFile(ruta, "utf8");
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code;
    const motivo = codigo === "ENOENT" || codigo === "ENOTDIR" ? "F-MAPA-NO-EXISTE" : codigo === "EISDIR" ? "F-MAPA-ES-CARPETA" : "F-MAPA-ILEGIBLE";
    throw new ErrorMapa(motivo, ruta, "", { cause: e });
  }
  const leido = parsearJson(texto.replace(/^\uFEFF/, ""));
  if ("detalle" in leido) throw new ErrorMapa("F-MAPA-JSON", ruta, leido.detalle);
  const r = leerCorrecciones(leido.valor);
  if (!r.ok) throw new ErrorMapa("F-MAPA-INVALIDO", ruta, listaProblemas(r.problemas));
  return r.valor;
}
