/** Node wrapper of the reader for the CLI: file-system failures become ErrorArchivo with a Spanish message. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Libro } from "../../core/grid/libro";
import { ErrorArchivo, type CodigoErrorArchivo } from "../../core/fallos";
import { abrirXlsx, type PaqueteXlsx } from "./lector";

export { ErrorArchivo, type CodigoErrorArchivo } from "../../core/fallos";

const CODIGO_POR_ERRNO: Readonly<Record<string, CodigoErrorArchivo>> = {
  ENOENT: "F-ARCHIVO-NO-ENCONTRADO",
  ENOTDIR: "F-ARCHIVO-NO-ENCONTRADO",
  EACCES: "F-ARCHIVO-BLOQUEADO",
  EPERM: "F-ARCHIVO-BLOQUEADO",
  EBUSY: "F-ARCHIVO-BLOQUEADO",
  EISDIR: "F-ARCHIVO-NO-XLSX",
};

/** The file error of a Node errno ("EBUSY" → F-ARCHIVO-BLOQUEADO), null for one that is not about the file. */
export function codigoDeErrno(errno: string): CodigoErrorArchivo | null {
  return CODIGO_POR_ERRNO[errno] ?? null;
}

async function leerBytes(ruta: string): Promise<Uint8Array> {
  try {
    const datos = await fs.readFile(ruta);
    return new Uint8Array(datos.buffer, datos.byteOffset, datos.byteLength);
  } catch (e) {
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
