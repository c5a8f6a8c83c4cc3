/**
 * The CLI's file side: the default output path, and writing the output with a Spanish message
 * when the file system refuses.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { ErrorEscritura } from "../core/fallos";

/** The file system's refusals a user can fix, by errno; others are bugs and keep their own error. */
const MOTIVOS: Readonly<Record<string, ConstructorParameters<typeof ErrorEscritura>[0]>> = {
  ENOENT: "F-ESCRITURA-SIN-CARPETA",
  ENOTDIR: "F-ESCRITURA-SIN-CARPETA",
  EACCES: "F-ESCRITURA-SIN-PERMISO",
  EPERM: "F-ESCRITURA-SIN-PERMISO",
  EBUSY: "F-ESCRITURA-ABIERTO",
  EISDIR: "F-ESCRITURA-ES-CARPETA",
  ENOSPC: "F-ESCRITURA-SIN-ESPACIO",
};

export async function escribirArchivo(ruta: string, datos: Uint8Array | string): Promise<void> {
  try {
    await fs.writeFile(ruta, datos);
  } catch (e) {
    const motivo = MOTIVOS[(e as NodeJS.ErrnoException).code ?? ""];
    if (!motivo) throw e;
    throw new ErrorEscritura(motivo, ruta, { cause: e });
  }
}

/**
 * "datos/plan.xlsx" → "datos/plan.consolidado.xlsx" (SPEC §9: beside the first file). A macro
 * workbook stays .xlsm: the copy keeps its macros and content type, which Excel refuses under .xlsx.
 */
export function salidaPorOmision(primerArchivo: string): string {
  const { dir, name, ext } = path.parse(primerArchivo);
  return path.join(dir, `${name}.consolidado${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
}
