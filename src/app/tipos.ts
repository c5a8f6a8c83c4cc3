/** What the Consolidar use case reports and returns, to the pane, the ribbon and the CLI alike. */
import type { Consolidacion, WorkbookPlan } from "../core";

export type Etapa = "leer" | "calcular" | "planificar" | "escribir" | "listo";

export interface Progreso {
  readonly etapa: Etapa;
  /** 0–1 over the whole run. */
  readonly fraccion: number;
  readonly texto: string;
}

export interface OpcionesConsolidar {
  readonly onProgress?: (p: Progreso) => void;
  readonly signal?: AbortSignal;
}

export interface ResultadoConsolidar {
  readonly consolidacion: Consolidacion;
  readonly plan: WorkbookPlan;
  readonly duracionMs: number;
  /** Degradations of the host (older API set…), in Spanish. */
  readonly avisos: readonly string[];
}

/** The run's clock, injected so tests fix the date written on Resumen. */
export interface Reloj {
  ahoraMs(): number;
  /**
   * The run's date-time, written on Resumen: RFC 9557 in the zone of the machine or browser that
   * runs it ("2026-01-31T10:30:00-05:00[America/Bogota]", see reloj.ts); a UTC ISO string also reads.
   */
  fechaIso(): string;
}
