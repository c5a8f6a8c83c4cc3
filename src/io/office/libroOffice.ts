/**
 * The open workbook behind the application's ports (src/app/puertos.ts): the source, the plan
 * writer and the settings store, plus the navigation the pane and the ribbon need.
 */
import type { DestinoAjustes, EscritorPlan, FuenteLibro } from "../../app/puertos";
import type { EntornoExcel } from "./api";
import { entornoOffice } from "./entornoOffice";
import type { Quien } from "./cerrojo";
import { escribirPlanExcel } from "./escritor";
import { leerAjustesExcel, leerLibroExcel } from "./lector";
import { guardarAjustes, seleccionarCelda } from "./navegacion";

export interface LibroOffice extends FuenteLibro, EscritorPlan, DestinoAjustes {
  seleccionarCelda(hoja: string, celda: string): Promise<void>;
}

/**
 * `entorno` defaults to the real Excel.run (the fake Excel passes its own in tests and the demo);
 * `quien` names the runtime in the lock the pane and the ribbon share (cerrojo.ts).
 */
export function libroOffice(entorno: EntornoExcel = entornoOffice(), quien: Quien = "panel"): LibroOffice {
  return {
    leer: () => leerLibroExcel(entorno),
    leerAjustes: () => leerAjustesExcel(entorno),
    escribir: async (plan, onProgress) => (await escribirPlanExcel(entorno, plan, onProgress, { quien })).avisos,
    guardarAjustes: (texto) => guardarAjustes(entorno, texto),
    seleccionarCelda: (hoja, celda) => seleccionarCelda(entorno, hoja, celda),
  };
}
