/** Small single-sync operations the pane needs: select a finding's cell, save the settings. */
import { CLAVE_AJUSTE_AJUSTES } from "../../core/reporte/plan";
import type { EntornoExcel } from "./api";
import { traducirError } from "./errores";
import { ESPERA_SYNC_MS, conEspera } from "./espera";

/** Activate `hoja` and select `celda` ("D17" or "D17:F20"): one sync. */
export async function seleccionarCelda(entorno: EntornoExcel, hoja: string, celda: string): Promise<void> {
  try {
    await entorno.run(async (excel) => {
      const ctx = conEspera(excel, ESPERA_SYNC_MS);
      const h = ctx.workbook.worksheets.getItem(hoja);
      h.activate();
      h.getRange(celda).select();
      await ctx.sync();
    });
  } catch (e) {
    throw traducirError(e);
  }
}

/** Keep the user's settings in the workbook (SPEC §8): their JSON text (src/app/ajustes.ts) under CLAVE_AJUSTE_AJUSTES. */
export async function guardarAjustes(entorno: EntornoExcel, texto: string): Promise<void> {
  try {
    await entorno.run(async (excel) => {
      const ctx = conEspera(excel, ESPERA_SYNC_MS);
      ctx.workbook.settings.add(CLAVE_AJUSTE_AJUSTES, texto);
      await ctx.sync();
    });
  } catch (e) {
    throw traducirError(e);
  }
}
