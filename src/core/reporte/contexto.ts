import type { Propiedad } from "./plan";

/** What the plan needs besides the consolidation: the workbook's sheets, the last ownership record, the run. */
export interface ContextoPlan {
  readonly hojasExistentes: readonly string[];
  readonly propiedadPrevia: Propiedad | null;
  /** ISO date-time of the run (nothing ambient in the core). */
  readonly fechaEjecucion: string;
  readonly duracionMs: number | null;
}
