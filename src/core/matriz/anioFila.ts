/** The values of a year on one row (SPEC §3.2 precedence), with A-TOTAL-INCONSISTENTE. */
import { crearHallazgo } from "../hallazgos/crear";
import { dato, type ContextoMeta } from "./lecturaCelda";
import type { PlanLectura } from "./planLectura";
import type { Dato, TipoAcumulacion, ValoresAnio } from "./tipos";
import { resolverValores, totalInconsistente, type DatosSerie } from "./precedenciaAnio";

/**
 * Shared by every row without quarters; the readonly type guards it. Not frozen: V8 iterates a
 * frozen array with for…of through the generic protocol, one result object per element.
 */
const SIN_TRIMESTRES: readonly (Dato | null)[] = [null, null, null, null];

function trimestres(ctx: ContextoMeta, fila: number, cols: readonly (number | null)[]): readonly (Dato | null)[] {
  if (cols[0] === null && cols[1] === null && cols[2] === null && cols[3] === null) return SIN_TRIMESTRES;
  return cols.map((c) => dato(ctx, fila, c, false));
}

/** The values of one year: each column read once, the year's value by precedence (SPEC §3.2). */
export function leerAnio(ctx: ContextoMeta, fila: number, s: PlanLectura["anios"][number], tipo: TipoAcumulacion): ValoresAnio {
  const p = s.programado;
  const e = s.ejecutado;
  const pTotal = dato(ctx, fila, p.total, false);
  const pAnual = dato(ctx, fila, p.anual, false);
  const pCorte = dato(ctx, fila, p.corte, false);
  const pTri = trimestres(ctx, fila, p.trimestres);
  const eTotal = dato(ctx, fila, e.total, false);
  const eAnual = dato(ctx, fila, e.anual, false);
  const eCorte = dato(ctx, fila, e.corte, false);
  const eTri = trimestres(ctx, fila, e.trimestres);
  if (s.verificarTotales) {
    inconsistente(ctx, s.anio, { total: pTotal, anual: pAnual, corte: pCorte, trimestres: pTri }, tipo);
    inconsistente(ctx, s.anio, { total: eTotal, anual: eAnual, corte: eCorte, trimestres: eTri }, tipo);
  }
  return {
    anio: s.anio,
    programado: resolverValores(pTotal, pAnual, pCorte, pTri, tipo),
    ejecutado: resolverValores(eTotal, eAnual, eCorte, eTri, tipo),
    metaAnio: pAnual,
    programadoTrimestres: pTri,
    ejecutadoTrimestres: eTri,
    programadoCorte: pCorte,
    ejecutadoCorte: eCorte,
  };
}

function inconsistente(ctx: ContextoMeta, anio: number, s: DatosSerie, tipo: TipoAcumulacion): void {
  const trimestres = totalInconsistente(s, tipo);
  if (trimestres === null || !s.total) return;
  ctx.hallazgos.push(crearHallazgo("A-TOTAL-INCONSISTENTE", ctx.hoja.nombre, s.total.celda, s.total.valor, { anio, total: s.total.valor, trimestres }));
}
