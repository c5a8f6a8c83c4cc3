/** How the fake Excel behaves: platform, API version, faults. */
import type { CodigoErrorFalso } from "./errores";

export const LIMITE_PAYLOAD = 5 * 1024 * 1024;

/**
 * What Office.js adds around each queued call in the request body (RichApi JSON): an action
 * object (`{"Id":…,"ActionType":…,"Name":"…","ObjectPathId":…,"ArgumentInfo":{…}}`, ~70 bytes
 * before its arguments) and, for a call that makes a new proxy, its object path
 * (`{"Id":…,"ObjectPathType":…,"Name":"getRangeByIndexes","ParentObjectPathId":…}`, ~80 bytes).
 * The fake counts every operation as one action plus one path: 150 bytes plus its arguments' JSON.
 * An estimate from the request shape of office.js, not a measurement on a host.
 */
export const BYTES_POR_ACCION = 150;

export interface OpcionesFalso {
  /** "web" enforces the 5 MB request/response limit; "escritorio" only meters it. */
  modo: "web" | "escritorio";
  /** Highest ExcelApi version supported ("1.7" = Office 2019). */
  versionApi: string;
  /** A user is editing a cell: every sync fails with InvalidOperationInCellEditMode. */
  edicion: boolean;
  /** Fail the n-th sync (1-based, counted over the fake's life) before anything is applied. */
  fallarEnSync: { readonly n: number; readonly codigo: CodigoErrorFalso } | null;
  /**
   * Fail the `operacion`-th operation (1-based) of the `sync`-th sync: the operations before it
   * stay applied, as in Excel, which runs a batch in order and rolls nothing back
   * (office-js-docs-pr "Error handling": a failed sync leaves earlier operations in effect).
   */
  fallarEnOperacion: { readonly sync: number; readonly operacion: number; readonly codigo: CodigoErrorFalso } | null;
  /** Called after every sync with its number: the user acting between two round trips (tests). */
  entreSyncs: ((numero: number) => void) | null;
  /** The n-th sync never resolves (Excel on the web hanging, office-js#4805). */
  colgarEnSync: number | null;
  cultura: { nombre: string; decimal: string; miles: string };
}

export const OPCIONES_POR_DEFECTO: OpcionesFalso = {
  modo: "web",
  versionApi: "1.17",
  edicion: false,
  fallarEnSync: null,
  fallarEnOperacion: null,
  entreSyncs: null,
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
