/**
 * The CLI's file side: the default output path, and writing the output with a Spanish message
 * when the file system refuses.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { nombreConsolidado } from "../app/salida";
import { ErrorEscritura } from "../core/fallos";

/** The file system's refusals a user can fix, by errno; others are bugs and keep their own error. */
const MOTIVOS: Readonly<Record<string, ConstructorParameters<typeof ErrorEscritura>[0]>> = {
  ENOENT: "F-ESCRITURA-SIN-CARPETA",
  // «--salida informe.xlsx/x»: the folder named is a file
  ENOTDIR: "F-ESCRITURA-RUTA-ARCHIVO",
  EACCES: "F-ESCRITURA-SIN-PERMISO",
  EPERM: "F-ESCRITURA-SIN-PERMISO",
  EBUSY: "F-ESCRITURA-ABIERTO",
  EISDIR: "F-ESCRITURA-ES-CARPETA",
  ENOSPC: "F-ESCRITURA-SIN-ESPACIO",
  ENAMETOOLONG: "F-ESCRITURA-RUTA-LARGA",
  ELOOP: "F-ESCRITURA-ENLACES",
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

/** The file a path names (symlinks followed), or null when there is none to name yet. */
async function identidad(ruta: string): Promise<{ dev: bigint; ino: bigint; real: string } | null> {
  try {
    const { dev, ino } = await fs.stat(ruta, { bigint: true });
    return { dev, ino, real: await fs.realpath(ruta) };
  } catch {
    // a path that does not resolve to a file cannot be an input; writing to it fails on its own
    return null;
  }
}

/**
 * Whether writing to `salida` would overwrite `entrada` (issue 12, probe 1). Comparing resolved
 * path strings missed hard links, symlinks (of the file or of a folder on the way) and another
 * spelling on a case-insensitive file system: the device and inode name the file itself. The
 * real path backs them where a file system reports no inode (0, on some Windows volumes).
 * @example await mismoArchivo("plan.xlsx", "enlace-a-plan.xlsx") // true
 */
export async function mismoArchivo(entrada: string, salida: string): Promise<boolean> {
  const [a, b] = await Promise.all([identidad(entrada), identidad(salida)]);
  if (a === null || b === null) return false;
  return a.ino !== 0n ? a.dev === b.dev && a.ino === b.ino : a.real === b.real;
}

/**
 * "datos/plan.xlsx" → "datos/plan.consolidado.xlsx" (SPEC §9: beside the first file). A macro
 * workbook stays .xlsm: the copy keeps its macros and content type, which Excel refuses under .xlsx.
 */
export function salidaPorOmision(primerArchivo: string): string {
  return path.join(path.parse(primerArchivo).dir, nombreConsolidado(path.basename(primerArchivo)));
}
