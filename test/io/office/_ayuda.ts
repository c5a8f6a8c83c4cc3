/** Consolidar through the adapter on the fake: read → consolidar → planificar → write. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { interpretarAjustes } from "../../../src/app";
import { consolidar } from "../../../src/core/calculo/consolidar";
import { planificar } from "../../../src/core/reporte/planificar";
import type { WorkbookPlan } from "../../../src/core/reporte/plan";
import { ExcelFalso } from "../../../src/simulador";
import type { OpcionesFalso } from "../../../src/simulador";
import { escribirPlanExcel, leerLibroExcel } from "../../../src/io/office";
import { leerXlsx } from "../../../src/io/xlsx/lector";

export const RUTA_EJEMPLO = path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
export const FECHA = "2026-01-31T10:00:00Z";

export function bytesEjemplo(): Uint8Array {
  return new Uint8Array(readFileSync(RUTA_EJEMPLO));
}

export async function falsoDelEjemplo(opciones: Partial<OpcionesFalso> = {}): Promise<ExcelFalso> {
  return new ExcelFalso(opciones).cargarLibro(await leerXlsx(bytesEjemplo(), "matriz-seguimiento-ejemplo.xlsx"));
}

export async function planDelFalso(falso: ExcelFalso, cargaPorSync?: number): Promise<WorkbookPlan> {
  const l = await leerLibroExcel(falso.entorno, cargaPorSync !== undefined ? { cargaPorSync } : {});
  const c = consolidar(l.libro, interpretarAjustes(l.ajustesGuardados[0]?.texto ?? null));
  return planificar(c, { hojasExistentes: l.hojasExistentes, propiedadPrevia: l.propiedad, fechaEjecucion: FECHA, duracionMs: null });
}

/** `cargaPorSync` small makes a small workbook span many syncs (same code path). */
export async function consolidarEnFalso(falso: ExcelFalso, cargaPorSync?: number): Promise<WorkbookPlan> {
  const plan = await planDelFalso(falso, cargaPorSync);
  await escribirPlanExcel(falso.entorno, plan, undefined, cargaPorSync !== undefined ? { cargaPorSync } : {});
  return plan;
}
