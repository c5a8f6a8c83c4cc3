/** What a source reads from one file holding one sheet "PDM", for the tests of several files (issue 14). */
import type { LibroLeido } from "../../src/app";
import type { Valor } from "../../src/core/grid/libro";
import { hoja, libro } from "./grid";

export function leidoConHoja(archivo: string, filas: readonly (readonly Valor[])[], extra: Partial<LibroLeido> = {}): LibroLeido {
  return {
    libro: { ...libro([hoja("PDM", filas, { archivo })]), archivos: [archivo] },
    propiedad: null,
    hojasExistentes: ["PDM"],
    ajustesGuardados: [],
    avisos: [],
    ...extra,
  };
}
