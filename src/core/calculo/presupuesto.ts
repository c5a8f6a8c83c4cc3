/** Budget execution of SPEC §5.9: ejecutado / presupuestado, never capped. */
import type { MetaLeida, PresupuestoMeta } from "../matriz/tipos";
import type { PresupuestoCalculado } from "./tipos";

/** pct is null without a positive presupuestado. */
export function presupuestoDe(programado: number, ejecutado: number, pagos: number | null): PresupuestoCalculado {
  return { programado, ejecutado, pagos, pct: programado > 0 ? ejecutado / programado : null };
}

/**
 * Budget entries of the vigencia (a meta's, or a budget sheet row's): the entries of that year, or
 * the yearless ones when the table names no year; null when no budget value was read.
 * @example presupuestoDeVigencia(meta.presupuesto, 2024)?.pct
 */
export function presupuestoDeVigencia(entradas: readonly PresupuestoMeta[], vigencia: number): PresupuestoCalculado | null {
  if (entradas.length === 0) return null;
  const anio = entradas.some((p) => p.anio === vigencia) ? vigencia : null;
  let programado: number | null = null;
  let ejecutado: number | null = null;
  let pagos: number | null = null;
  for (const p of entradas) {
    if (p.anio !== anio) continue;
    if (p.programado?.valor != null) programado = (programado ?? 0) + p.programado.valor;
    if (p.ejecutado?.valor != null) ejecutado = (ejecutado ?? 0) + p.ejecutado.valor;
    if (p.pagos?.valor != null) pagos = (pagos ?? 0) + p.pagos.valor;
  }
  if (programado === null && ejecutado === null) return null;
  return presupuestoDe(programado ?? 0, ejecutado ?? 0, pagos);
}

/** The meta's budget of the vigencia (SPEC §5.9). */
export function presupuestoMeta(meta: MetaLeida, vigencia: number): PresupuestoCalculado | null {
  return presupuestoDeVigencia(meta.presupuesto, vigencia);
}
