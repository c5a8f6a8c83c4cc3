/** The templates of a master workbook on disk, planned through the app layer as the CLI and the pane do (tests of issue 14). */
import { plantillasLibro } from "../../src/app/plantillas";
import type { ResultadoPlantillas } from "../../src/core/plantillas";
import type { PaqueteXlsx } from "../../src/io/xlsx/lector";
import { abrirArchivo } from "../../src/io/xlsx/leerArchivo";
import { libroXlsx } from "../../src/io/xlsx/libroXlsx";

/** A source over opened packages that the tests never write to. */
export function fuenteDe(abrir: () => Promise<readonly PaqueteXlsx[]>) {
  return libroXlsx(abrir, () => Promise.reject(new Error("la prueba no escribe")));
}

/** The master opened once and its templates. */
export async function plantillasDe(ruta: string): Promise<{ paquete: PaqueteXlsx } & ResultadoPlantillas> {
  const paquete = await abrirArchivo(ruta);
  return {
    paquete,
    ...(await plantillasLibro(
      fuenteDe(() => Promise.resolve([paquete])),
      {},
    )),
  };
}
