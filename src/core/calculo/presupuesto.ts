/** Budget execution of SPEC §5.9: ejecutado / presupuestado, never capped. */
import type { MetaLeida } from "../matriz/tipos";
import type { PresupuestoCalculado } from "./tipos";

/** pct is null without a positive presupuestado. */
export function presupuestoDe(programado: number, ejecutado: number, pagos: number | null): PresupuestoCalculado {
  return { programado, ejecutado, pagos, pct: programado > 0 ? ejecutado / programado : null };
}

/**
 * The meta's budget of the vigencia: the entries of that year, or the yearless ones when the
 * matrix names no year; null when no budget value was read.
 */
export function presupuestoMeta(meta: MetaLeida, vigencia: number): PresupuestoCalculado | null {
  if (meta.presupuesto.length === 0) return null;
  const anio = meta.presupuesto.some((p) => p.anio === vigencia) ? vigencia : null;
  let programado: number | null = null;
  let ejecutado: number | null = null;
  let pagos: number | null = null;
  for (const p of meta.presupuesto) {
    if (p.anio !== anio) continue;
    if (p.programado?.valor != null) programado = (programado ?? 0) + p.programado.valor;
    if (p.ejecutado?.valor != null) ejecutado = (ejecutado ?? 0) + p.ejecutado.valor;
    if (p.pagos?.valor != null) pagos = (pagos ?? 0) + p.pagos.valor;
  }
  if (programado === null && ejecutado === null) return null;
  return presupuestoDe(programado ?? 0, ejecutado ?? 0, pagos);
}
