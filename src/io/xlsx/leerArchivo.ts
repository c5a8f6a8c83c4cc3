/** Node wrapper of leerXlsx for the CLI: file-system failures become ErrorArchivo with a Spanish message. */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import type { Libro } from "../../core/grid/libro";
import { ErrorArchivo, type CodigoErrorArchivo } from "./_lib/errorArchivo";
import { leerAjustesGuardados } from "./ajustesGuardados";
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
 * Reads an .xlsx from disk. Throws ErrorArchivo for a missing, locked, corrupt or non-xlsx file.
 * @example const libro = await leerArchivo("ejemplos/matriz.xlsx")
 */
export async function leerArchivo(ruta: string): Promise<Libro> {
  return leerXlsx(await leerBytes(ruta), path.basename(ruta));
}

/** A workbook and the JSON text of the settings the task pane saved in it (null when none). */
export interface ArchivoLeido {
  readonly libro: Libro;
  readonly ajustesGuardados: string | null;
}

/**
 * leerArchivo plus the pane's saved settings (SPEC §3.7: the CLI reuses the saved corrections).
 * @example const { libro, ajustesGuardados } = await leerArchivoConAjustes("plan.xlsx")
 */
export async function leerArchivoConAjustes(ruta: string): Promise<ArchivoLeido> {
  const bytes = await leerBytes(ruta);
  // leerXlsx first: it turns a package that is not a readable xlsx into ErrorArchivo.
  const libro = await leerXlsx(bytes, path.basename(ruta));
  return { libro, ajustesGuardados: await leerAjustesGuardados(await JSZip.loadAsync(bytes)) };
}
