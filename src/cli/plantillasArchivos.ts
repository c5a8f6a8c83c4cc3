/**
 * `seguimiento plantillas`: read the master, plan one template per dependency (src/app) and
 * write each .xlsx into the folder asked for. Returns the exit code (SPEC §9).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { ajustesConGuardadas } from "../app";
import { plantillasLibro } from "../app/plantillas";
import { abrirArchivo } from "../io/xlsx/leerArchivo";
import { libroXlsx } from "../io/xlsx/libroXlsx";
import { escribirPlantilla } from "../io/xlsx/plantilla";
import { escribirArchivo, mismoArchivo } from "./archivos";
import type { Io } from "./consolidarArchivos";
import { leerMapa } from "./mapa";
import type { OrdenPlantillas } from "./ordenPlantillas";

export async function plantillasArchivos(orden: OrdenPlantillas, io: Io): Promise<number> {
  const mapa = orden.mapa === null ? [] : await leerMapa(orden.mapa);
  const fuente = libroXlsx(
    async () => [await abrirArchivo(orden.archivo)],
    // the master is only read: nothing is ever written into it
    () => Promise.reject(new Error("plantillas no escribe el libro maestro")),
  );
  // the master's saved corrections (SPEC §3.7), --mapa over them for the sheets it names
  const { plantillas, avisos } = await plantillasLibro(fuente, (leido) => {
    const r = ajustesConGuardadas(mapa.length > 0 ? { ...orden.ajustes, correcciones: mapa } : orden.ajustes, leido.ajustesGuardados);
    for (const aviso of r.avisos) io.stderr.write(`aviso: ${aviso}\n`);
    return r.ajustes;
  });
  for (const aviso of avisos) io.stderr.write(`aviso: ${aviso}\n`);
  if (plantillas.length === 0) {
    // the notices above say why (no matrix, or only sheets a template cannot hold)
    io.stderr.write("No se prepararon plantillas.\n");
    return 1;
  }
  for (const p of plantillas) {
    const ruta = path.join(orden.salida, p.archivo);
    if (await mismoArchivo(orden.archivo, ruta)) {
      io.stderr.write(`error: «${ruta}» es el archivo de entrada; los archivos de entrada nunca se modifican. Use otra carpeta en --salida.\n`);
      return 2;
    }
  }
  // a folder that cannot be made shows up as the first write's Spanish error (archivos.ts)
  await fs.mkdir(orden.salida, { recursive: true }).catch(() => undefined);
  for (const p of plantillas) {
    const ruta = path.join(orden.salida, p.archivo);
    await escribirArchivo(ruta, await escribirPlantilla(p));
    io.stdout.write(`Plantilla de ${p.dependencia} (${p.registro.filas.length} metas): ${ruta}\n`);
  }
  return 0;
}
