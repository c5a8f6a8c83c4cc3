/**
 * A deadline on every sync: on the web a sync can hang for good (office-js#4805, #6150, #6678),
 * leaving the pane spinning. The adapter's context wraps sync() so a hang becomes an ErrorExcel.
 */
import type { ContextoExcel } from "./api";
import { ErrorExcel } from "./errores";

export const ESPERA_SYNC_MS = 120_000;

export function conEspera(ctx: ContextoExcel, ms: number): ContextoExcel {
  return {
    workbook: ctx.workbook,
    runtime: ctx.runtime,
    sync: () => {
      let reloj: ReturnType<typeof setTimeout> | undefined;
      const limite = new Promise<never>((_, rechazar) => {
        reloj = setTimeout(() => rechazar(new ErrorExcel("F-EXCEL-SIN-RESPUESTA", null)), ms);
      });
      return Promise.race([ctx.sync(), limite]).finally(() => clearTimeout(reloj));
    },
  };
}
