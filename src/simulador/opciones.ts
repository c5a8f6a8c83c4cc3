/** How the fake Excel behaves: platform, API version, faults. */
import type { CodigoErrorFalso } from "./errores";

export const LIMITE_PAYLOAD = 5 * 1024 * 1024;

export interface OpcionesFalso {
  /** "web" enforces the 5 MB request/response limit; "escritorio" only meters it. */
  modo: "web" | "escritorio";
  /** Highest ExcelApi version supported ("1.7" = Office 2019). */
  versionApi: string;
  /** A user is editing a cell: every sync fails with InvalidOperationInCellEditMode. */
  edicion: boolean;
  /** Fail the n-th sync (1-based, counted over the fake's life) before anything is applied. */
  fallarEnSync: { readonly n: number; readonly codigo: CodigoErrorFalso } | null;
  /** The n-th sync never resolves (Excel on the web hanging, office-js#4805). */
  colgarEnSync: number | null;
  cultura: { nombre: string; decimal: string; miles: string };
}

export const OPCIONES_POR_DEFECTO: OpcionesFalso = {
  modo: "web",
  versionApi: "1.17",
  edicion: false,
  fallarEnSync: null,
  colgarEnSync: null,
  cultura: { nombre: "es-CO", decimal: ",", miles: "." },
};

/** "1.13" ≥ "1.7" compared as numbers per part. */
export function versionAlcanza(tiene: string, pide: string): boolean {
  const [a1 = 0, a2 = 0] = tiene.split(".").map(Number);
  const [b1 = 0, b2 = 0] = pide.split(".").map(Number);
  return a1 > b1 || (a1 === b1 && a2 >= b2);
}

/** One sync as the meter saw it. */
export interface RegistroSync {
  readonly numero: number;
  readonly bytesPeticion: number;
  readonly bytesRespuesta: number;
  readonly operaciones: number;
  readonly error: string | null;
}
