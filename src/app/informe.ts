/**
 * The Informe as a document (issue 13), the same for every host: the core builds it from the
 * consolidation, the host's generator renders it (io/docx's informeADocx: the CLI imports it, the
 * pane loads it on demand so docx stays out of its first download) and the host saves the bytes.
 */
import { construirInforme, type Consolidacion, type Informe, type Semaforo, type WorkbookPlan } from "../core";

/** A renderer of the Informe: the run's semáforo colours its tables, the plan's charts become tables. */
export type GeneradorInforme = (informe: Informe, opciones: { readonly semaforo: Semaforo; readonly plan: WorkbookPlan }) => Promise<Uint8Array>;

/** @example await documentoInforme(resultado.consolidacion, resultado.plan, informeADocx) → the .docx bytes */
export function documentoInforme(consolidacion: Consolidacion, plan: WorkbookPlan, generar: GeneradorInforme): Promise<Uint8Array> {
  return generar(construirInforme(consolidacion), { semaforo: consolidacion.parametros.semaforo, plan });
}
