/**
 * What the finding rules of one meta share (hallazgosMeta and hallazgosPrograma): the settings,
 * the sheet's layout and how a finding is recorded. Apart from both so neither imports the other.
 */
import type { crearHallazgo } from "../hallazgos/crear";
import type { Parametros } from "./tipos";

export interface ContextoHallazgos {
  readonly parametros: Parametros;
  /** Letter of the sheet's observaciones column, when it has one. */
  readonly columnaObservaciones: string | null;
  /** The matrix holds every year of the cuatrienio (A-SUMA-PROGRAMADO needs them all). */
  readonly cuatrienioCompleto: boolean;
}

/** Records one finding of the meta being checked, on its sheet. */
export type Crear = (
  codigo: Parameters<typeof crearHallazgo>[0],
  celda: string,
  valor: string | number | null,
  params?: Record<string, string | number | null>,
) => void;
