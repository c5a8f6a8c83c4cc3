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
  readonly hoja: string | null;
  readonly celda: string | null;
  /** Spanish text from the catalogue (mensajes.ts), already interpolated. */
  readonly mensaje: string;
  /** The offending value as found, when there is one. */
  readonly valor: string | number | null;
  readonly params: ParamsHallazgo;
}
