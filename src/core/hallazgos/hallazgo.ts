import type { CodigoHallazgo, Severidad } from "./codigos";

/** Parameters a message interpolates; plain values so a finding stays serialisable. */
export type ParamsHallazgo = Readonly<Record<string, string | number | null>>;

/**
 * A validation finding (SPEC §7): bad user data is data, never an exception.
 * `celda` is an A1 address on `hoja`; both null only for workbook-wide findings (E-SIN-MATRIZ).
 */
export interface Hallazgo {
  readonly codigo: CodigoHallazgo;
  readonly severidad: Severidad;
  /**
   * The input file the cell is in, when the sheets carry one (the .xlsx reader); null inside Excel
   * and for workbook-wide findings. With several files, two sheets may share a name (probe 7).
   */
  readonly archivo: string | null;
  readonly hoja: string | null;
  readonly celda: string | null;
  /** Spanish text from the catalogue (mensajes.ts), already interpolated. */
  readonly mensaje: string;
  /** The offending value as found, when there is one. */
  readonly valor: string | number | null;
  readonly params: ParamsHallazgo;
}
