/**
 * `seguimiento consolidar`: read the files, consolidate, print the terminal report, write the
 * JSON summary, the consolidated workbook and the Informe in Word. Returns the exit code (SPEC §9).
 */
import path from "node:path";
import {
  ajustesConGuardadas,
  calcularLibro,
  conArchivos,
  documentoInforme,
  escribirCalculo,
  planificarCalculo,
  type ArchivoAgregado,
  type Calculo,
  type LibroLeido,
  type Reloj,
} from "../app";
import type { Ajustes } from "../core/calculo/tipos";
import { MENSAJES } from "../core/hallazgos/mensajes";
import type { CorreccionHoja } from "../core/matriz/tipos";
import { resumenJson } from "../core/resumenJson";
import { abrirArchivo } from "../io/xlsx/leerArchivo";
import { informeADocx } from "../io/docx/escritorDocx";
import { leidoDe, libroXlsx } from "../io/xlsx/libroXlsx";
import { fechaIsoLocal } from "../app/reloj";
import type { OrdenConsolidar } from "./argumentos";
import { escribirArchivo, mismoArchivo, salidaPorOmision } from "./archivos";
import { conGraficos, solicitudesGrafico } from "./graficos";
import { leerMapa } from "./mapa";
import { crearProgreso, type Progreso } from "./progreso";
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

/** A file after the first, read from disk and unzipped once when the run reaches it. */
function archivoEnDisco(ruta: string, progreso: Progreso): ArchivoAgregado {
  const nombre = path.basename(ruta);
  return {
    nombre,
    leer: async () => {
      const leido = leidoDe([await abrirArchivo(ruta)]);
      progreso.avanzar(nombre);
      return leido;
    },
  };
}

/**
 * The run's settings with the corrections of SPEC §3.7: those saved in each workbook (the first
 * file that corrects a sheet keeps it), then `--mapa` over them for the sheets it names.
 */
function ajustesConCorrecciones(ajustes: Ajustes, leido: LibroLeido, mapa: readonly CorreccionHoja[], io: Io): Ajustes {
  const r = ajustesConGuardadas(mapa.length > 0 ? { ...ajustes, correcciones: mapa } : ajustes, leido.ajustesGuardados);
  for (const aviso of r.avisos) io.stderr.write(`aviso: ${aviso}\n`);
  // A sheet name mistyped in --mapa would otherwise be ignored without a word.
  const hojas = new Set([...leido.libro.hojas.map((h) => h.nombre), ...leido.hojasExistentes]);
  const varios = (leido.libro.archivos ?? []).length > 1;
  for (const c of mapa)
    if (!hojas.has(c.hoja))
      io.stderr.write(`aviso: la hoja «${c.hoja}» de --mapa no está en ${varios ? "los libros" : "el libro"}; su corrección no se aplica.\n`);
  return r.ajustes;
}

async function esEntrada(ruta: string, entradas: readonly string[]): Promise<boolean> {
  for (const entrada of entradas) if (path.resolve(entrada) === path.resolve(ruta) || (await mismoArchivo(entrada, ruta))) return true;
  return false;
}

function relojDe(io: Io): Reloj {
  // The machine's zone, named on Resumen (issue 12, probe 14).
  return { ahoraMs: () => performance.now(), fechaIso: () => fechaIsoLocal(io.ahora?.() ?? new Date()) };
}

export async function consolidarArchivos(orden: OrdenConsolidar, io: Io): Promise<number> {
  const destino = orden.salida === false ? null : (orden.salida ?? salidaPorOmision(orden.archivos[0] ?? ""));
  const salidas = [
    [destino, "--salida"],
    [orden.json === "-" ? null : orden.json, "--json"],
    [orden.informe, "--informe"],
  ] as const;
  for (const [ruta, opcion] of salidas) {
    if (ruta !== null && (await esEntrada(ruta, orden.archivos))) {
      io.stderr.write(`error: «${ruta}» es uno de los archivos de entrada; los archivos de entrada nunca se modifican. Use otra ruta en ${opcion}.\n`);
      return 2;
    }
  }
  // the later write would replace the earlier one: the consolidated workbook lost under the Word report
  for (const [i, [ruta, opcion]] of salidas.entries()) {
    const otra = salidas.slice(i + 1).find(([r]) => ruta !== null && r !== null && path.resolve(r) === path.resolve(ruta));
    if (otra) {
      io.stderr.write(`error: «${ruta}» es a la vez la ruta de ${opcion} y de ${otra[1]}; use una ruta distinta para cada una.\n`);
      return 2;
    }
  }
  // A bad --mapa is bad usage: say so before the (possibly long) reading of the workbooks.
  const mapa = orden.mapa === null ? [] : await leerMapa(orden.mapa);
  const graficos = await solicitudesGrafico(orden.graficos ?? []);
  const progreso = crearProgreso(orden.archivos.length, io.stderr, orden.json !== "-");
  const [primero = "", ...demas] = orden.archivos;
  // The first file is the one written to: unreadable, it stops the run (exit 1); a later one is
  // left out with a notice and the others consolidate, as in the pane (issue 14).
  const libro = libroXlsx(
    async () => {
      const paquete = await abrirArchivo(primero);
      progreso.avanzar(path.basename(primero));
      return [paquete];
    },
    (bytes) => escribirArchivo(destino ?? "", bytes),
  );
  const fuente = conArchivos(
    libro,
    demas.map((ruta) => archivoEnDisco(ruta, progreso)),
  );
  const reloj = relojDe(io);
  let calculo: Calculo;
  try {
    calculo = await calcularLibro(fuente, (leido) => conGraficos(ajustesConCorrecciones(orden.ajustes, leido, mapa, io), graficos, leido), {}, reloj);
  } finally {
    progreso.terminar();
  }
  // What the readers could not use (a damaged ownership record, a file left out): said, and the run goes on.
  for (const aviso of calculo.leido.avisos) io.stderr.write(`aviso: ${aviso}\n`);
  const c = calculo.consolidacion;
  // With JSON on stdout, the human report goes to stderr so that stdout stays parseable.
  const informe = orden.json === "-" ? io.stderr : io.stdout;
  if (c.hallazgos.some((h) => h.codigo === "E-SIN-MATRIZ") || c.metas.length === 0) {
    const hojas = c.hojas.map((h) => h.hoja).join(", ") || "ninguna";
    const dudas = dudasReconocimiento(c)
      .map((d) => `${d}\n`)
      .join("");
    io.stderr.write(`${dudas}No se pudo consolidar: ${MENSAJES["E-SIN-MATRIZ"]}\nHojas revisadas: ${hojas}.\n`);
    return 1;
  }
  // The workbook is written first: a package the writer refuses (no [Content_Types].xml) then
  // stops the run before a table or a JSON file claims a result it did not deliver (issue 12, probe 10).
  const escrito = destino === null ? null : await escribirCalculo(calculo, libro, {}, reloj);
  // The Informe's charts are the workbook's: the written plan's, or the same plan unwritten.
  if (orden.informe !== null) await escribirArchivo(orden.informe, await documentoInforme(c, escrito?.plan ?? planificarCalculo(calculo, reloj), informeADocx));
  const rutaJson = orden.json === "-" ? null : orden.json;
  const json = orden.json === null ? "" : `${JSON.stringify(resumenJson(c), null, 2)}\n`;
  if (rutaJson !== null) await escribirArchivo(rutaJson, json);
  informe.write(informeTerminal(c));
  if (orden.json === "-") io.stdout.write(json);
  if (rutaJson !== null) informe.write(`Resumen JSON: ${rutaJson}\n`);
  if (destino !== null) informe.write(`Libro consolidado: ${destino}\n`);
  if (orden.informe !== null) informe.write(`Informe en Word: ${orden.informe}\n`);
  return 0;
}
