/**
 * The one Consolidar, shared by the task pane, the ribbon and the command line:
 * read (source) → consolidar (core) → planificar (core) → write (writer).
 * Cancellation is checked between steps and on every write progress report: the writers write
 * all-or-nothing, so a cancel during the write leaves the workbook as it was.
 */
import { type Ajustes, type Consolidacion, confirmarPropiedad, consolidar, ErrorCancelado, planificar, type WorkbookPlan } from "../core";
import type { EscritorPlan, FuenteLibro, LibroLeido } from "./puertos";
import { fechaIsoLocal } from "./reloj";
import type { OpcionesConsolidar, Progreso, Reloj, ResultadoConsolidar } from "./tipos";

/** The host's clock; the date in its zone (the browser's in the pane). */
export const RELOJ_SISTEMA: Reloj = { ahoraMs: () => Date.now(), fechaIso: () => fechaIsoLocal(new Date()) };

/** The settings of a run, or how to make them from what was read (the CLI adds each file's saved corrections). */
export type AjustesDeLibro = Ajustes | ((leido: LibroLeido) => Ajustes);

/** A computed run not yet written: the CLI stops here when there is no matrix (SPEC §9). */
export interface Calculo {
  readonly leido: LibroLeido;
  readonly consolidacion: Consolidacion;
  /** reloj.ahoraMs() when the run started (the duration written on Resumen counts the read). */
  readonly inicioMs: number;
}

function avisador(opciones: OpcionesConsolidar): (p: Progreso) => void {
  return (p) => {
    if (opciones.signal?.aborted) throw new ErrorCancelado();
    opciones.onProgress?.(p);
  };
}

/** Reads and computes without writing. */
export async function calcularLibro(
  fuente: FuenteLibro,
  ajustes: AjustesDeLibro,
  opciones: OpcionesConsolidar = {},
  reloj: Reloj = RELOJ_SISTEMA,
): Promise<Calculo> {
  const inicioMs = reloj.ahoraMs();
  const avisar = avisador(opciones);
  avisar({ etapa: "leer", fraccion: 0, texto: "Leyendo el libro…" });
  const leido = await fuente.leer();
  avisar({ etapa: "calcular", fraccion: 0.25, texto: "Validando y calculando…" });
  const consolidacion = consolidar(leido.libro, typeof ajustes === "function" ? ajustes(leido) : ajustes);
  return { leido, consolidacion, inicioMs };
}

/** What the Validación and Matriz tabs show: the computation, nothing written. */
export async function validarLibro(fuente: FuenteLibro, ajustes: AjustesDeLibro): Promise<Consolidacion> {
  return (await calcularLibro(fuente, ajustes)).consolidacion;
}

/** The report sheets of a computed run, planned against the workbook it was read from. */
export function planificarCalculo(calculo: Calculo, reloj: Reloj = RELOJ_SISTEMA): WorkbookPlan {
  const { leido, consolidacion, inicioMs } = calculo;
  // The record is the written workbook's, so only its sheets confirm it: a user sheet «Alertas» in
  // an added file (issue 14) says nothing about the open workbook's «Alertas».
  const escrito = leido.libro.archivos?.[0];
  const hojasEscritas = leido.libro.hojas.filter((h) => h.archivo === undefined || h.archivo === escrito);
  return planificar(consolidacion, {
    hojasExistentes: leido.hojasExistentes,
    // only the sheets that still carry the product's marker are ours (issue 12, probe 2)
    propiedadPrevia: confirmarPropiedad(leido.propiedad, hojasEscritas),
    fechaEjecucion: reloj.fechaIso(),
    duracionMs: Math.round(reloj.ahoraMs() - inicioMs),
  });
}

/** Plans the report sheets of a computed run and writes them. */
export async function escribirCalculo(
  calculo: Calculo,
  escritor: EscritorPlan,
  opciones: OpcionesConsolidar = {},
  reloj: Reloj = RELOJ_SISTEMA,
): Promise<ResultadoConsolidar> {
  const { leido, consolidacion, inicioMs } = calculo;
  const avisar = avisador(opciones);
  avisar({ etapa: "planificar", fraccion: 0.4, texto: "Preparando las hojas del informe…" });
  const plan = planificarCalculo(calculo, reloj);
  avisar({ etapa: "escribir", fraccion: 0.5, texto: "Escribiendo las hojas…" });
  const avisosEscritura = await escritor.escribir(plan, (f) => {
    const p: Progreso = { etapa: "escribir", fraccion: 0.5 + 0.5 * f, texto: "Escribiendo las hojas…" };
    // At 1 the sheets are already swapped in: too late to cancel, so never throw there.
    if (f < 1) avisar(p);
    else opciones.onProgress?.(p);
  });
  opciones.onProgress?.({ etapa: "listo", fraccion: 1, texto: "Consolidación terminada." });
  return { consolidacion, plan, duracionMs: Math.round(reloj.ahoraMs() - inicioMs), avisos: [...leido.avisos, ...avisosEscritura] };
}

/** Read, compute, plan and write: the pane's button and the ribbon. */
export async function consolidarLibro(
  fuente: FuenteLibro,
  escritor: EscritorPlan,
  ajustes: AjustesDeLibro,
  opciones: OpcionesConsolidar = {},
  reloj: Reloj = RELOJ_SISTEMA,
): Promise<ResultadoConsolidar> {
  return escribirCalculo(await calcularLibro(fuente, ajustes, opciones, reloj), escritor, opciones, reloj);
}
