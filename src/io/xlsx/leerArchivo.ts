/** Node wrapper of the reader for the CLI: file-system failures become ErrorArchivo with a Spanish message. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Libro } from "../../core/grid/libro";
import { ErrorArchivo, type CodigoErrorArchivo } from "../../core/fallos";
import { comprobarTamanoArchivo } from "./_lib/limites";
import { abrirXlsx, type PaqueteXlsx } from "./lector";

export { ErrorArchivo, type CodigoErrorArchivo } from "../../core/fallos";

const CODIGO_POR_ERRNO: Readonly<Record<string, CodigoErrorArchivo>> = {
  ENOENT: "F-ARCHIVO-NO-ENCONTRADO",
  ENOTDIR: "F-ARCHIVO-NO-ENCONTRADO",
  EACCES: "F-ARCHIVO-BLOQUEADO",
  EPERM: "F-ARCHIVO-BLOQUEADO",
  EBUSY: "F-ARCHIVO-BLOQUEADO",
  EISDIR: "F-ARCHIVO-NO-XLSX",
  ENAMETOOLONG: "F-ARCHIVO-RUTA-LARGA",
  ELOOP: "F-ARCHIVO-ENLACES",
};

/** The file error of a Node errno ("EBUSY" → F-ARCHIVO-BLOQUEADO), null for one that is not about the file. */
export function codigoDeErrno(errno: string): CodigoErrorArchivo | null {
  return CODIGO_POR_ERRNO[errno] ?? null;
}

/**
 * Only a regular file within LIMITES.archivo is read (issue 12, probe 10): a FIFO blocks the read
 * forever, /dev/zero never ends, and Node refuses a file over 2 GiB with a RangeError.
 */
async function leerBytes(ruta: string): Promise<Uint8Array> {
  try {
    const estado = await fs.stat(ruta);
    if (!estado.isFile()) throw new ErrorArchivo("F-ARCHIVO-NO-XLSX", path.basename(ruta));
    comprobarTamanoArchivo(estado.size, path.basename(ruta));
    const bytes = await fs.readFile(ruta);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (e) {
    if (e instanceof ErrorArchivo) throw e;
    const errno = (e as NodeJS.ErrnoException).code ?? "";
    const codigo = codigoDeErrno(errno);
    if (codigo) throw new ErrorArchivo(codigo, path.basename(ruta), { cause: e });
    throw e;
  }
}

/**
 * Opens an .xlsx from disk: its bytes read once and unzipped once. Throws ErrorArchivo for a
 * missing, locked, corrupt or non-xlsx file.
 * @example const { libro, ajustesGuardados } = await abrirArchivo("plan.xlsx")
 */
export async function abrirArchivo(ruta: string): Promise<PaqueteXlsx> {
  return abrirXlsx(await leerBytes(ruta), path.basename(ruta));
}

/**
 * Reads an .xlsx from disk into the grid. Throws ErrorArchivo like abrirArchivo.
 * @example const libro = await leerArchivo("ejemplos/matriz.xlsx")
 */
export async function leerArchivo(ruta: string): Promise<Libro> {
  return (await abrirArchivo(ruta)).libro;
}
