/** Node wrapper of leerXlsx for the CLI: file-system failures become ErrorArchivo with a Spanish message. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import type { Libro } from "../../core/grid/libro";
import { ErrorArchivo, type CodigoErrorArchivo } from "./_lib/errorArchivo";
import { leerXlsx } from "./lector";

export { ErrorArchivo, type CodigoErrorArchivo } from "./_lib/errorArchivo";

const CODIGO_POR_ERRNO: Readonly<Record<string, CodigoErrorArchivo>> = {
  ENOENT: "NO_ENCONTRADO",
  ENOTDIR: "NO_ENCONTRADO",
  EACCES: "BLOQUEADO",
  EPERM: "BLOQUEADO",
  EBUSY: "BLOQUEADO",
  EISDIR: "NO_XLSX",
};

/** The file error of a Node errno ("EBUSY" → BLOQUEADO), null for one that is not about the file. */
export function codigoDeErrno(errno: string): CodigoErrorArchivo | null {
  return CODIGO_POR_ERRNO[errno] ?? null;
}

/**
 * Reads an .xlsx from disk. Throws ErrorArchivo for a missing, locked, corrupt or non-xlsx file.
 * @example const libro = await leerArchivo("ejemplos/matriz.xlsx")
 */
export async function leerArchivo(ruta: string): Promise<Libro> {
  const nombre = path.basename(ruta);
  let datos: Buffer;
  try {
    datos = await fs.readFile(ruta);
  } catch (e) {
    const errno = (e as NodeJS.ErrnoException).code ?? "";
    const codigo = codigoDeErrno(errno);
    if (codigo) throw new ErrorArchivo(codigo, nombre, { cause: e });
    throw e;
  }
  return leerXlsx(new Uint8Array(datos.buffer, datos.byteOffset, datos.byteLength), nombre);
}
