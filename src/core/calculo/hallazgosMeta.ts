/** Findings the computation raises for one meta (SPEC §7), each on its sheet and cell. */
import { memo } from "../_lib/memo";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { Dato, MetaLeida } from "../matriz/tipos";
import { normalizar } from "../texto/normalizar";
import { formatearNumero, formatearPorcentaje } from "./_lib/numero";
import type { AnioEvaluado, Evaluacion } from "./metaCalculada";
import type { ContextoHallazgos, Crear } from "./contextoHallazgos";
import { hallazgosPrograma } from "./hallazgosPrograma";
import { aportesPorAnio } from "./avanceCuatrienio";
import type { Parametros } from "./tipos";

const SOBREEJECUCION = 1.25;
const PROBABLE_ERROR = 1.5;
const DISCREPANCIA = 0.005;

export function celdaDe(d: Dato | null | undefined, meta: MetaLeida): string {
  return d?.celda || meta.celdaNombre;
}

/** Few distinct units per workbook: memoised, since normalizar is costly on 50.000 metas. */
const unidadPorcentaje = memo(10_000, (unidad: string) => /PORCENT|%/.test(normalizar(unidad)));

function esUnidadPorcentaje(unidad: string | null): boolean {
  return unidad !== null && unidadPorcentaje(unidad);
}

/** P ≤ 1,5 with E > 1,5 or the reverse: a fraction next to points (SPEC §4); never converted. */
function escalaMezclada(p: number | null, e: number | null): boolean {
  if (p === null || e === null || p <= 0 || e <= 0) return false;
  return (p <= 1.5 && e > 1.5) || (p > 1.5 && e <= 1.5);
}

function hallazgosAnio(meta: MetaLeida, a: AnioEvaluado, crear: Crear): void {
  const p = a.programado?.valor ?? null;
  const e = a.ejecutado?.valor ?? null;
  const celdaE = celdaDe(a.ejecutado, meta);
  if (a.estado === "NO_PROGRAMADA" && e !== null && e > 0 && a.ejecutado?.estado !== "NA") {
    crear("A-EJECUCION-SIN-PROGRAMACION", celdaE, e, { anio: a.anio, ejecutado: formatearNumero(e, 2) });
  }
  // a sheet without an ejecutado column is said once (A-RECONOCIMIENTO-DUDOSO), not per meta
  if (a.estado === "SIN_REPORTE" && !meta.sinColumnaEjecutado) crear("A-SIN-REPORTE", celdaE, null, { anio: a.anio });
  if (a.pct !== null) {
    const diezVeces = p !== null && e !== null && e > 10 * p;
    if (a.pct > PROBABLE_ERROR || diezVeces) crear("A-PROBABLE-ERROR", celdaE, e, { anio: a.anio, pct: formatearPorcentaje(a.pct) });
    else if (a.pct > SOBREEJECUCION) crear("A-SOBREEJECUCION", celdaE, e, { anio: a.anio, pct: formatearPorcentaje(a.pct) });
    if (a.pct < 0) crear("A-PORCENTAJE-NEGATIVO", celdaE, e, { anio: a.anio, pct: formatearPorcentaje(a.pct) });
  }
  if (esUnidadPorcentaje(meta.unidad) && escalaMezclada(p, e)) {
    crear("A-ESCALA-MEZCLADA", celdaE, e, { anio: a.anio, programado: formatearNumero(p ?? 0, 4), ejecutado: formatearNumero(e ?? 0, 4) });
  }
}

/** The matrix's own % against the computed one, raw or capped (entities often cap it themselves). */
function hallazgosReportados(meta: MetaLeida, ev: Evaluacion, p: Parametros, crear: Crear): void {
  for (const r of meta.reportados) {
    if (r.valor === null) continue;
    const anio = r.anio ?? (r.alcance === "vigencia" ? p.vigencia : null);
    if (anio !== null && anio > p.vigencia) continue;
    let calculado: number | null;
    if (r.alcance === "vigencia") calculado = ev.anios.find((a) => a.anio === anio)?.pct ?? null;
    else if (anio === null) calculado = ev.cuatrienio.avance;
    else calculado = aportesPorAnio(ev.entrada, ev.cuatrienio).find((x) => x.anio === anio)?.a ?? null;
    if (calculado === null) continue;
    const tope = Math.min(Math.max(calculado, 0), 1);
    if (Math.min(Math.abs(r.valor - calculado), Math.abs(r.valor - tope)) <= DISCREPANCIA + 1e-12) continue;
    crear("A-DISCREPANCIA-REPORTADO", r.celda || meta.celdaNombre, r.valor, {
      anio,
      alcance: r.alcance,
      reportado: formatearPorcentaje(r.valor),
      calculado: formatearPorcentaje(calculado),
    });
  }
}

function hallazgoObservacion(meta: MetaLeida, vigencia: AnioEvaluado | undefined, ctx: ContextoHallazgos, crear: Crear): void {
  if (ctx.columnaObservaciones === null || (meta.observacion ?? "").trim() !== "" || !vigencia || meta.sinColumnaEjecutado) return;
  let motivo: string | null = null;
  if (vigencia.ejecutado?.estado === "ND") motivo = "Reporte ND";
  else if (vigencia.estado === "SIN_REPORTE") motivo = "Meta programada sin reporte";
  else if (vigencia.pct !== null && vigencia.pct > SOBREEJECUCION) motivo = "Sobreejecución";
  if (motivo) crear("A-SIN-OBSERVACION", `${ctx.columnaObservaciones}${meta.fila}`, null, { motivo, anio: vigencia.anio });
}

/** Every computation finding of one meta, in a stable order. */
export function hallazgosMeta(ev: Evaluacion, ctx: ContextoHallazgos): Hallazgo[] {
  const meta = ev.calculada.meta;
  const lista: Hallazgo[] = [];
  const crear: Crear = (codigo, celda, valor, params = {}) => lista.push(crearHallazgo(codigo, meta.hoja, celda, valor, params, meta.archivo));
  // A one-year action plan has no meta cuatrienio to miss (issue 13).
  if (ev.cuatrienio.faltaMeta && !ctx.parametros.planAnual) crear("E-SIN-META-CUATRIENIO", celdaDe(meta.metaCuatrienio, meta), null);
  if (ev.cuatrienio.faltaLineaBase || ev.anios.some((a) => a.faltaLineaBase)) {
    crear("E-SIN-LINEA-BASE", celdaDe(meta.lineaBase, meta), null, { tipo: meta.tipo });
  }
  for (const a of ev.anios) hallazgosAnio(meta, a, crear);
  const avance = ev.cuatrienio.avance;
  if (avance !== null && avance < 0 && !ev.anios.some((a) => a.pct !== null && a.pct < 0)) {
    crear("A-PORCENTAJE-NEGATIVO", celdaDe(meta.metaCuatrienio, meta), avance, { pct: formatearPorcentaje(avance) });
  }
  // A cuatrienio far above its meta is the visible trace of a unit or scale slip (Tenjo code 229: 5.035 %).
  if (avance !== null && avance > PROBABLE_ERROR) {
    const c = ctx.parametros.cuatrienio;
    crear("A-PROBABLE-ERROR", celdaDe(meta.metaCuatrienio, meta), avance, { anio: `${c[0]}-${c[c.length - 1]}`, pct: formatearPorcentaje(avance) });
  }
  hallazgosPrograma(meta, ctx, crear);
  hallazgosReportados(meta, ev, ctx.parametros, crear);
  hallazgoObservacion(
    meta,
    ev.anios.find((a) => a.anio === ctx.parametros.vigencia),
    ctx,
    crear,
  );
  return lista;
}
