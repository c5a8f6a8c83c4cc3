/**
 * The one Consolidar service, shared by the task pane and the ribbon command:
 * read (adapter) → consolidar (core) → planificar (core) → write (adapter).
 * Cancellation is checked between steps and on every write progress report: the adapter
 * writes all-or-nothing, so a cancel during the write leaves the workbook as it was.
 */
import { consolidar } from "../../core/calculo/consolidar";
import type { Ajustes, Consolidacion } from "../../core/calculo/tipos";
import type { Libro } from "../../core/grid/libro";
import type { Propiedad, WorkbookPlan } from "../../core/reporte/plan";
import { planificar } from "../../core/reporte/planificar";
import { ConsolidarCancelado } from "./errores";
import type { OpcionesConsolidar, Progreso, ResultadoConsolidar } from "./tipos";

/** What the workbook gives the service: the grid, the ownership record, every sheet name. */
export interface LibroLeido {
  readonly libro: Libro;
  readonly propiedad: Propiedad | null;
  readonly hojasExistentes: readonly string[];
  /** What the host could not do and the user should know (Spanish). */
  readonly avisos: readonly string[];
}

/** The workbook as the service sees it (Office adapter inside Excel, the fake in tests). */
export interface PuertoLibro {
  leer(): Promise<LibroLeido>;
  /** Writes all-or-nothing; returns the degradations met (Spanish). */
  escribir(plan: WorkbookPlan, onProgress: (fraccion: number) => void): Promise<readonly string[]>;
}

export interface Reloj {
  ahoraMs(): number;
  /** ISO date-time of the run, written on Resumen. */
  fechaIso(): string;
}

const RELOJ_SISTEMA: Reloj = { ahoraMs: () => Date.now(), fechaIso: () => new Date().toISOString() };

/** Reads and computes without writing: what the Validación and Matriz tabs show. */
export async function validarLibro(puerto: PuertoLibro, ajustes: Ajustes): Promise<Consolidacion> {
  const { libro } = await puerto.leer();
  return consolidar(libro, ajustes);
}

export async function consolidarLibro(
  puerto: PuertoLibro,
  ajustes: Ajustes,
  opciones: OpcionesConsolidar = {},
  reloj: Reloj = RELOJ_SISTEMA,
): Promise<ResultadoConsolidar> {
  const inicio = reloj.ahoraMs();
  const avisar = (p: Progreso): void => {
    if (opciones.signal?.aborted) throw new ConsolidarCancelado();
    opciones.onProgress?.(p);
  };
  avisar({ etapa: "leer", fraccion: 0, texto: "Leyendo el libro…" });
  const leido = await puerto.leer();
  avisar({ etapa: "calcular", fraccion: 0.25, texto: "Validando y calculando…" });
  const consolidacion = consolidar(leido.libro, ajustes);
  avisar({ etapa: "planificar", fraccion: 0.4, texto: "Preparando las hojas del informe…" });
  const plan = planificar(consolidacion, {
    hojasExistentes: leido.hojasExistentes,
    propiedadPrevia: leido.propiedad,
    fechaEjecucion: reloj.fechaIso(),
    duracionMs: reloj.ahoraMs() - inicio,
  });
  avisar({ etapa: "escribir", fraccion: 0.5, texto: "Escribiendo las hojas…" });
  const avisosEscritura = await puerto.escribir(plan, (f) => {
    const p: Progreso = { etapa: "escribir", fraccion: 0.5 + 0.5 * f, texto: "Escribiendo las hojas…" };
    // At 1 the sheets are already swapped in: too late to cancel, so never throw there.
    if (f < 1) avisar(p);
    else opciones.onProgress?.(p);
  });
  opciones.onProgress?.({ etapa: "listo", fraccion: 1, texto: "Consolidación terminada." });
  return { consolidacion, plan, duracionMs: reloj.ahoraMs() - inicio, avisos: [...leido.avisos, ...avisosEscritura] };
}
