/**
 * The two ports every host implements (io/xlsx for files, io/office for Excel, the demo through
 * the fake Excel): a workbook source and a plan writer. The use cases of this folder are written
 * once against them; the hosts decide nothing the core did not say.
 */
import type { Libro, Propiedad, WorkbookPlan } from "../core";

/** The settings text one workbook holds (SPEC §8), as its host stored it. */
export interface AjustesGuardados {
  /** The workbook's file name, for messages. */
  readonly archivo: string;
  /** JSON text under CLAVE_AJUSTE_AJUSTES. */
  readonly texto: string;
}

/** Everything a run needs from the workbook(s), read in one pass. */
export interface LibroLeido {
  /** The grid; owned sheets are listed in `hojasPropias` and never read as input (SPEC §6). */
  readonly libro: Libro;
  /** The ownership record of the previous run, or null. */
  readonly propiedad: Propiedad | null;
  /** Every sheet name of the workbook written to, owned ones included: new names avoid them all. */
  readonly hojasExistentes: readonly string[];
  /** The saved settings of each workbook that has some, in input order. */
  readonly ajustesGuardados: readonly AjustesGuardados[];
  /** What the host could not do and the user should know (Spanish). */
  readonly avisos: readonly string[];
}

export interface FuenteLibro {
  leer(): Promise<LibroLeido>;
  /** Only the settings saved in the workbook, null when none: cheaper than `leer` (the pane loads them first). */
  leerAjustes(): Promise<string | null>;
}

export interface EscritorPlan {
  /** Writes all-or-nothing; `onProgress` gets 0–1 and 1 once the sheets are in; returns the degradations met (Spanish). */
  escribir(plan: WorkbookPlan, onProgress: (fraccion: number) => void): Promise<readonly string[]>;
}

/** Where the pane keeps its settings (the open workbook). */
export interface DestinoAjustes {
  guardarAjustes(texto: string): Promise<void>;
}
