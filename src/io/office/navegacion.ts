/** Small single-sync operations the pane needs: select a finding's cell, save the settings. */
import type { Ajustes } from "../../core/calculo/tipos";
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

/** Keep the user's settings in the workbook (SPEC §8), as JSON under CLAVE_AJUSTE_AJUSTES. */
export async function guardarAjustes(entorno: EntornoExcel, ajustes: Ajustes): Promise<void> {
  try {
    await entorno.run(async (excel) => {
      const ctx = conEspera(excel, ESPERA_SYNC_MS);
      ctx.workbook.settings.add(CLAVE_AJUSTE_AJUSTES, JSON.stringify(ajustes));
      await ctx.sync();
    });
  } catch (e) {
    throw traducirError(e);
  }
}
