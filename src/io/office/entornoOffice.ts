/**
 * The host as office.js gives it (added by the task-pane helper): Excel.run and requirement-set
 * detection, in the adapter's EntornoExcel shape. The pane and the ribbon command get it from here
 * so that no other module names the Office globals.
 */
import type { EntornoExcel } from "./api";

export function entornoOffice(): EntornoExcel {
  return {
    run: (lote) => Excel.run((ctx) => lote(ctx)),
    soporta: (version) => Office.context.requirements.isSetSupported("ExcelApi", version),
  };
}
