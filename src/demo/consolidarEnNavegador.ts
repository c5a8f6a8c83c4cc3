/**
 * The product without the add-in (issue 14): the files opened in the web page consolidated by the
 * command line's path — the first file's package behind libroXlsx (the one written to), the others
 * — the pane's added files, read once for its review and for every run — joined by conArchivos (a
 * file that cannot be read is left out with a notice), the corrections
 * saved in each file by ajustesConGuardadas, then calcularLibro and escribirCalculo — in the
 * browser, from the bytes the user picked. Nothing is sent anywhere.
 */
import { ajustesConGuardadas, calcularLibro, conArchivos, escribirCalculo, planificarCalculo, type ArchivoAgregado, type ResultadoConsolidar } from "../app";
import { MENSAJES, type Ajustes, type Consolidacion, type WorkbookPlan } from "../core";
import type { abrirXlsx } from "../io/xlsx/lector";
import type { libroXlsx } from "../io/xlsx/libroXlsx";

/** The reader and the package writer, passed in: the page loads them on demand (cargarXlsx), tests import them. */
export interface ModulosXlsx {
  readonly abrirXlsx: typeof abrirXlsx;
  readonly libroXlsx: typeof libroXlsx;
}

/** The lazy lector-xlsx chunk (exceljs, JSZip): fetched when a file is opened or consolidated, never with the page. */
export async function cargarXlsx(): Promise<ModulosXlsx> {
  const [lector, libro] = await Promise.all([
    import(/* webpackChunkName: "lector-xlsx" */ "../io/xlsx/lector.js"),
    import(/* webpackChunkName: "lector-xlsx" */ "../io/xlsx/libroXlsx.js"),
  ]);
  return { abrirXlsx: lector.abrirXlsx, libroXlsx: libro.libroXlsx };
}

/** The first file the user opened, kept as its bytes: shown in the simulated Excel and written to. */
export interface ArchivoAbierto {
  readonly nombre: string;
  readonly bytes: Uint8Array;
}

/**
 * What consolidating gave: the run with what the user should know (a file left out, damaged saved
 * corrections), or why there is nothing to consolidate (the CLI's exit 1).
 */
export type Consolidado<T> = { readonly ok: true; readonly valor: T; readonly avisos: readonly string[] } | { readonly ok: false; readonly mensaje: string };

/** The written copy of the first file and the run that produced it. */
export interface LibroConsolidado {
  readonly bytes: Uint8Array;
  readonly resultado: ResultadoConsolidar;
}

/** The run and its plan, for the Informe. */
export interface InformeConsolidado {
  readonly consolidacion: Consolidacion;
  readonly plan: WorkbookPlan;
}

/** No matrix, or a matrix without metas: SPEC §9's "no se pudo consolidar", worded as the CLI's. */
function sinMatriz(c: Consolidacion): string | null {
  return c.hallazgos.some((h) => h.codigo === "E-SIN-MATRIZ") || c.metas.length === 0 ? `No se pudo consolidar: ${MENSAJES["E-SIN-MATRIZ"]}` : null;
}

async function calcular(xlsx: ModulosXlsx, primero: ArchivoAbierto, demas: readonly ArchivoAgregado[], ajustes: Ajustes, guardar: (bytes: Uint8Array) => void) {
  // every run opens the bytes afresh: the writer grafts into the package it opened
  const libro = xlsx.libroXlsx(
    async () => [await xlsx.abrirXlsx(primero.bytes, primero.nombre)],
    (bytes) => Promise.resolve(guardar(bytes)),
  );
  const fuente = conArchivos(libro, demas);
  const avisos: string[] = [];
  const calculo = await calcularLibro(fuente, (leido) => {
    const r = ajustesConGuardadas(ajustes, leido.ajustesGuardados);
    avisos.push(...r.avisos);
    return r.ajustes;
  });
  return { libro, calculo, avisos: [...calculo.leido.avisos, ...avisos] };
}

/**
 * The consolidated copy of the first file with `demas` joined, as `seguimiento consolidar <archivos…>` writes it.
 * @example const r = await libroConsolidado(await cargarXlsx(), { nombre: "plan.xlsx", bytes }, [], {}); if (r.ok) r.valor.bytes
 */
export async function libroConsolidado(
  xlsx: ModulosXlsx,
  primero: ArchivoAbierto,
  demas: readonly ArchivoAgregado[],
  ajustes: Ajustes,
): Promise<Consolidado<LibroConsolidado>> {
  let escrito: Uint8Array | null = null;
  const { libro, calculo, avisos } = await calcular(xlsx, primero, demas, ajustes, (b) => (escrito = b));
  const mensaje = sinMatriz(calculo.consolidacion);
  if (mensaje !== null) return { ok: false, mensaje };
  const resultado = await escribirCalculo(calculo, libro);
  if (escrito === null) throw new Error("el escritor no entregó el libro");
  return { ok: true, valor: { bytes: escrito, resultado }, avisos };
}

/** The run and its plan without writing the workbook, for the Informe (the CLI's --sin-salida --informe). */
export async function informeConsolidado(
  xlsx: ModulosXlsx,
  primero: ArchivoAbierto,
  demas: readonly ArchivoAgregado[],
  ajustes: Ajustes,
): Promise<Consolidado<InformeConsolidado>> {
  const { calculo, avisos } = await calcular(xlsx, primero, demas, ajustes, () => undefined);
  const mensaje = sinMatriz(calculo.consolidacion);
  return mensaje !== null ? { ok: false, mensaje } : { ok: true, valor: { consolidacion: calculo.consolidacion, plan: planificarCalculo(calculo) }, avisos };
}
