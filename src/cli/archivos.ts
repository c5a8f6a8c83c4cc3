/**
 * The CLI's file side: the default output path, and writing the output with a Spanish message
 * when the file system refuses.
 */
import { promises as fs } from "node:fs";
import path from "node:path";

/** A file the CLI could not write (folder missing, no permission, open in Excel). */
export class ErrorEscritura extends Error {
  override readonly name = "ErrorEscritura";
}

const MOTIVOS: Readonly<Record<string, string>> = {
  ENOENT: "la carpeta no existe",
  ENOTDIR: "la carpeta no existe",
  EACCES: "no hay permiso de escritura",
  EPERM: "no hay permiso de escritura",
  EBUSY: "el archivo está abierto en otro programa; ciérrelo e intente de nuevo",
  EISDIR: "es una carpeta",
  ENOSPC: "no hay espacio en el disco",
};

export async function escribirArchivo(ruta: string, datos: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(ruta, datos);
  } catch (e) {
    const motivo = MOTIVOS[(e as NodeJS.ErrnoException).code ?? ""];
    if (!motivo) throw e;
    throw new ErrorEscritura(`No se pudo escribir «${ruta}»: ${motivo}.`, { cause: e });
  }
}

/** "datos/plan.xlsx" → "datos/plan.consolidado.xlsx" (SPEC §9: beside the first file). */
export function salidaPorOmision(primerArchivo: string): string {
  const { dir, name } = path.parse(primerArchivo);
  return path.join(dir, `${name}.consolidado.xlsx`);
}
