/**
 * `seguimiento consolidar`: read the files, consolidate, print the terminal report, write the
 * JSON summary and the consolidated workbook. Returns the exit code (SPEC §9).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { consolidar } from "../core/calculo/consolidar";
import type { Consolidacion } from "../core/calculo/tipos";
import type { Libro } from "../core/grid/libro";
import { MENSAJES } from "../core/hallazgos/mensajes";
import { planificar } from "../core/reporte/planificar";
import { resumenJson } from "../core/resumenJson";
import { escribirXlsx } from "../io/xlsx/escritor";
import { leerArchivo } from "../io/xlsx/leerArchivo";
import { leerPropiedad } from "../io/xlsx/propiedad";
import type { OrdenConsolidar } from "./argumentos";
import { escribirArchivo, salidaPorOmision, unirLibros } from "./archivos";
import { crearProgreso } from "./progreso";
import { informeTerminal } from "./tablaTerminal";

export interface Flujo {
  write(s: string): unknown;
  isTTY?: boolean;
}

export interface Io {
  readonly stdout: Flujo;
  readonly stderr: Flujo;
  /** The run's clock (tests fix it); default: now. */
  readonly ahora?: () => Date;
}

async function leerTodos(orden: OrdenConsolidar, io: Io): Promise<Libro[]> {
  const progreso = crearProgreso(orden.archivos.length, io.stderr, orden.json !== "-");
  const libros: Libro[] = [];
  try {
    for (const archivo of orden.archivos) {
      libros.push(await leerArchivo(archivo));
      progreso.avanzar(path.basename(archivo));
    }
  } finally {
    progreso.terminar();
  }
  return libros;
}

async function escribirLibro(c: Consolidacion, primero: Libro, orden: OrdenConsolidar, destino: string, io: Io, inicio: number): Promise<void> {
  const origen = orden.archivos[0] ?? "";
  const entrada = new Uint8Array(await fs.readFile(origen));
  const propiedadPrevia = await leerPropiedad(await JSZip.loadAsync(entrada));
  const hojasExistentes = [...new Set([...primero.hojas.map((h) => h.nombre), ...(primero.hojasPropias ?? [])])];
  const plan = planificar(c, {
    hojasExistentes,
    propiedadPrevia,
    fechaEjecucion: (io.ahora?.() ?? new Date()).toISOString(),
    duracionMs: Math.round(performance.now() - inicio),
  });
  await escribirArchivo(destino, await escribirXlsx(entrada, plan));
}

export async function consolidarArchivos(orden: OrdenConsolidar, io: Io): Promise<number> {
  const inicio = performance.now();
  const destino = orden.salida === false ? null : (orden.salida ?? salidaPorOmision(orden.archivos[0] ?? ""));
  const entradas = new Set(orden.archivos.map((a) => path.resolve(a)));
  for (const [ruta, opcion] of [[destino, "--salida"], [orden.json === "-" ? null : orden.json, "--json"]] as const) {
    if (ruta !== null && entradas.has(path.resolve(ruta))) {
      io.stderr.write(`error: «${ruta}» es uno de los archivos de entrada; los archivos de entrada nunca se modifican. Use otra ruta en ${opcion}.\n`);
      return 2;
    }
  }
  const libros = await leerTodos(orden, io);
  const c = consolidar(unirLibros(libros, orden.archivos.map((a) => path.basename(a))), orden.ajustes);
  // With JSON on stdout, the human report goes to stderr so that stdout stays parseable.
  const informe = orden.json === "-" ? io.stderr : io.stdout;
  if (c.hallazgos.some((h) => h.codigo === "E-SIN-MATRIZ") || c.metas.length === 0) {
    const hojas = c.hojas.map((h) => h.hoja).join(", ") || "ninguna";
    io.stderr.write(`No se pudo consolidar: ${MENSAJES["E-SIN-MATRIZ"]}\nHojas revisadas: ${hojas}.\n`);
    return 1;
  }
  informe.write(informeTerminal(c));
  if (orden.json !== null) {
    const texto = `${JSON.stringify(resumenJson(c), null, 2)}\n`;
    if (orden.json === "-") io.stdout.write(texto);
    else {
      await escribirArchivo(orden.json, texto);
      informe.write(`Resumen JSON: ${orden.json}\n`);
    }
  }
  if (destino !== null && libros[0]) {
    await escribirLibro(c, libros[0], orden, destino, io, inicio);
    informe.write(`Libro consolidado: ${destino}\n`);
  }
  return 0;
}
