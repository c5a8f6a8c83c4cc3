/**
 * The product without the add-in (issue 14): the files opened in the web page consolidated by the
 * command line's path — their .xlsx packages behind libroXlsx, calcularLibro, escribirCalculo — in
 * the browser, from the bytes the user picked. Nothing is sent anywhere. The reader and the package
 * writer (exceljs, JSZip) arrive with the lazy lector-xlsx chunk, never with the page.
 */
import { calcularLibro, escribirCalculo, planificarCalculo, type Calculo, type ResultadoConsolidar } from "../app";
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

/** A file the user opened, kept as its bytes. */
export interface ArchivoAbierto {
  readonly nombre: string;
  readonly bytes: Uint8Array;
}

/** What consolidating gave: the run, or why there is nothing to consolidate (the CLI's exit 1). */
export type Consolidado<T> = { readonly ok: true; readonly valor: T } | { readonly ok: false; readonly mensaje: string };

/** The written copy of the first file and the run that produced it. */
export interface LibroConsolidado {
  readonly bytes: Uint8Array;
  readonly resultado: ResultadoConsolidar;
}

/** No matrix, or a matrix without metas: SPEC §9's "no se pudo consolidar", worded as the CLI's. */
function sinMatriz(c: Consolidacion): string | null {
  return c.hallazgos.some((h) => h.codigo === "E-SIN-MATRIZ") || c.metas.length === 0 ? `No se pudo consolidar: ${MENSAJES["E-SIN-MATRIZ"]}` : null;
}

async function calcular(xlsx: ModulosXlsx, archivos: readonly ArchivoAbierto[], ajustes: Ajustes, guardar: (bytes: Uint8Array) => void) {
  // opened one after the other, as the CLI does: a batch's unzipped parts are not all held twice at once
  const abrirTodos = async () => {
    const paquetes = [];
    for (const a of archivos) paquetes.push(await xlsx.abrirXlsx(a.bytes, a.nombre));
    return paquetes;
  };
  // the writer grafts into the package it opened, so every run opens the bytes afresh
  const libro = xlsx.libroXlsx(abrirTodos, (bytes) => Promise.resolve(guardar(bytes)));
  const calculo: Calculo = await calcularLibro(libro, ajustes);
  return { libro, calculo };
}

/**
 * The consolidated copy of the first file, as `seguimiento consolidar <archivos…>` writes it.
 * @example const r = await libroConsolidado(await cargarXlsx(), [{ nombre: "plan.xlsx", bytes }], {}); if (r.ok) r.valor.bytes
 */
export async function libroConsolidado(xlsx: ModulosXlsx, archivos: readonly ArchivoAbierto[], ajustes: Ajustes): Promise<Consolidado<LibroConsolidado>> {
  let escrito: Uint8Array | null = null;
  const { libro, calculo } = await calcular(xlsx, archivos, ajustes, (b) => (escrito = b));
  const mensaje = sinMatriz(calculo.consolidacion);
  if (mensaje !== null) return { ok: false, mensaje };
  const resultado = await escribirCalculo(calculo, libro);
  if (escrito === null) throw new Error("el escritor no entregó el libro");
  return { ok: true, valor: { bytes: escrito, resultado } };
}

/** The run and its plan without writing the workbook, for the Informe (the CLI's --sin-salida --informe). */
export async function informeConsolidado(
  xlsx: ModulosXlsx,
  archivos: readonly ArchivoAbierto[],
  ajustes: Ajustes,
): Promise<Consolidado<{ readonly consolidacion: Consolidacion; readonly plan: WorkbookPlan }>> {
  const { calculo } = await calcular(xlsx, archivos, ajustes, () => undefined);
  const mensaje = sinMatriz(calculo.consolidacion);
  return mensaje !== null ? { ok: false, mensaje } : { ok: true, valor: { consolidacion: calculo.consolidacion, plan: planificarCalculo(calculo) } };
}
