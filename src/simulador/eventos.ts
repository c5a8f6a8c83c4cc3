/**
 * Change events of the fake: worksheet.onChanged (ExcelApi 1.7) and worksheets.onChanged (1.9).
 * Handlers are registered at sync, persist after the run, and are called asynchronously after
 * a sync that changed cells — unless the add-in set runtime.enableEvents = false (1.8).
 * `triggerSource` (1.14) is "ThisLocalAddin" for the add-in's own writes, "Unknown" for the user's.
 */
import type { HojaModelo } from "./modelo";

export interface CambioFalso {
  readonly type: "WorksheetChanged";
  readonly worksheetId: string;
  readonly address: string;
  readonly changeType: "RangeEdited";
  readonly source: "Local";
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
}

export type ManejadorCambio = (args: CambioFalso) => Promise<unknown>;

export interface Suscripcion {
  /** null: every sheet (worksheets.onChanged). */
  readonly hoja: HojaModelo | null;
  readonly manejador: ManejadorCambio;
  activa: boolean;
}

export function avisarCambios(
  suscripciones: readonly Suscripcion[],
  cambios: readonly { hoja: HojaModelo; direccion: string }[],
  origen: CambioFalso["triggerSource"],
): void {
  for (const c of cambios)
    for (const s of suscripciones) {
      if (!s.activa || (s.hoja !== null && s.hoja !== c.hoja)) continue;
      const args: CambioFalso = {
        type: "WorksheetChanged",
        worksheetId: c.hoja.nombre,
        address: c.direccion,
        changeType: "RangeEdited",
        source: "Local",
        triggerSource: origen,
      };
      setTimeout(() => void s.manejador(args), 0);
    }
}
