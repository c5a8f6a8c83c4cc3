/**
 * What the task pane needs from the workbook, as one injected service (components never
 * call Excel: the Office implementation is in office.ts, the tests pass fakes).
 */
import type { OpcionesConsolidar, ResultadoConsolidar } from "../../app";
import type { Ajustes, Consolidacion } from "../../core/calculo/tipos";

export interface ServicioPanel {
  /** Settings saved in the workbook (SPEC §8), `{}` when none. */
  cargarAjustes(): Promise<Ajustes>;
  guardarAjustes(ajustes: Ajustes): Promise<void>;
  /** Reads the workbook and runs recognition, validation and computation without writing. */
  validar(ajustes: Ajustes): Promise<Consolidacion>;
  consolidar(ajustes: Ajustes, opciones: OpcionesConsolidar): Promise<ResultadoConsolidar>;
  seleccionarCelda(hoja: string, celda: string): Promise<void>;
  activarHoja(hoja: string): Promise<void>;
  /** Calls `alCambiar` when the user edits the workbook (not on the add-in's own writes); returns the unsubscribe. */
  suscribirCambios(alCambiar: () => void): Promise<() => void>;
}
