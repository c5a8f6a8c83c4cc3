/**
 * What the task pane needs from the workbook, as one injected service (components never
 * call Excel: the Office implementation is in office.ts, the tests pass fakes).
 */
import type { ArchivoAgregado, OpcionesConsolidar, ResultadoConsolidar } from "../../app";
import type { Ajustes, Consolidacion } from "../../core/calculo/tipos";
import type { ResultadoPlantillas } from "../../core/plantillas";

/** Consolidar's options in the pane: the run's, and the files added beside the open workbook (issue 14). */
export interface OpcionesPanel extends OpcionesConsolidar {
  readonly archivos?: readonly ArchivoAgregado[];
}

export interface ServicioPanel {
  /** Settings saved in the workbook (SPEC §8), `{}` when none. */
  cargarAjustes(): Promise<Ajustes>;
  guardarAjustes(ajustes: Ajustes): Promise<void>;
  /** Reads the workbook (and the added files) and runs recognition, validation and computation without writing. */
  validar(ajustes: Ajustes, archivos?: readonly ArchivoAgregado[]): Promise<Consolidacion>;
  /** Consolidates the workbook's matrices with the added files; writes only into the open workbook. */
  consolidar(ajustes: Ajustes, opciones: OpcionesPanel): Promise<ResultadoConsolidar>;
  seleccionarCelda(hoja: string, celda: string): Promise<void>;
  activarHoja(hoja: string): Promise<void>;
  /** The plans of the dependencies' templates of the open workbook (issue 14); absent where the host cannot read it whole. */
  plantillas?(ajustes: Ajustes): Promise<ResultadoPlantillas>;
  /** Calls `alCambiar` when the user edits the workbook (not on the add-in's own writes); returns the unsubscribe. */
  suscribirCambios(alCambiar: () => void): Promise<() => void>;
}
