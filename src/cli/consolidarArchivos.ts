/**
 * `seguimiento consolidar`: read the files, consolidate, print the terminal report, write the
 * JSON summary and the consolidated workbook. Returns the exit code (SPEC §9).
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { consolidar } from "../core/calculo/consolidar";
import type { Ajustes, Consolidacion } from "../core/calculo/tipos";
import type { Libro } from "../core/grid/libro";
import { MENSAJES } from "../core/hallazgos/mensajes";
import type { CorreccionHoja } from "../core/matriz/tipos";
import { planificar } from "../core/reporte/planificar";
import { resumenJson } from "../core/resumenJson";
import { escribirXlsx } from "../io/xlsx/escritor";
import { leerArchivoConAjustes, type ArchivoLeido } from "../io/xlsx/leerArchivo";
import { leerPropiedad } from "../io/xlsx/propiedad";
import type { OrdenConsolidar } from "./argumentos";
import { escribirArchivo, salidaPorOmision, unirLibros } from "./archivos";
import { unirCorrecciones } from "./correcciones";
import { correccionesGuardadas, leerMapa } from "./mapa";
import { crearProgreso } from "./progreso";
import { dudasReconocimiento, informeTerminal } from "./tablaTerminal";

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

async function leerTodos(orden: OrdenConsolidar, io: Io): Promise<ArchivoLeido[]> {
  const progreso = crearProgreso(orden.archivos.length, io.stderr, orden.json !== "-");
  const leidos: ArchivoLeido[] = [];
  try {
    for (const archivo of orden.archivos) {
      leidos.push(await leerArchivoConAjustes(archivo));
      progreso.avanzar(path.basename(archivo));
    }
  } finally {
    progreso.terminar();
  }
  return leidos;
}

/**
 * The run's settings with the corrections of SPEC §3.7: those saved in each workbook (the first
 * file that corrects a sheet keeps it), then `--mapa` over them for the sheets it names.
 */
function ajustesConCorrecciones(orden: OrdenConsolidar, leidos: readonly ArchivoLeido[], mapa: readonly CorreccionHoja[], io: Io): Ajustes {
  let guardadas: CorreccionHoja[] = [];
  leidos.forEach(({ ajustesGuardados }, i) => {
    if (ajustesGuardados === null) return;
    const r = correccionesGuardadas(ajustesGuardados, path.basename(orden.archivos[i] ?? ""));
    if ("aviso" in r) io.stderr.write(`${r.aviso}\n`);
    else guardadas = unirCorrecciones(r.correcciones, guardadas);
  });
  // A sheet name mistyped in --mapa would otherwise be ignored without a word.
  const hojas = new Set(leidos.flatMap((l) => l.libro.hojas.map((h) => h.nombre)));
  for (const c of mapa) if (!hojas.has(c.hoja)) io.stderr.write(`aviso: la hoja «${c.hoja}» de --mapa no está en ${leidos.length > 1 ? "los libros" : "el libro"}; su corrección no se aplica.\n`);
  const correcciones = unirCorrecciones(guardadas, mapa);
  return correcciones.length > 0 ? { ...orden.ajustes, correcciones } : orden.ajustes;
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
  // A bad --mapa is bad usage: say so before the (possibly long) reading of the workbooks.
  const mapa = orden.mapa === null ? [] : await leerMapa(orden.mapa);
  const leidos = await leerTodos(orden, io);
  const libros = leidos.map((l) => l.libro);
  const ajustes = ajustesConCorrecciones(orden, leidos, mapa, io);
  const c = consolidar(unirLibros(libros, orden.archivos.map((a) => path.basename(a))), ajustes);
  // With JSON on stdout, the human report goes to stderr so that stdout stays parseable.
  const informe = orden.json === "-" ? io.stderr : io.stdout;
  if (c.hallazgos.some((h) => h.codigo === "E-SIN-MATRIZ") || c.metas.length === 0) {
    const hojas = c.hojas.map((h) => h.hoja).join(", ") || "ninguna";
    const dudas = dudasReconocimiento(c).map((d) => `${d}\n`).join("");
    io.stderr.write(`${dudas}No se pudo consolidar: ${MENSAJES["E-SIN-MATRIZ"]}\nHojas revisadas: ${hojas}.\n`);
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
