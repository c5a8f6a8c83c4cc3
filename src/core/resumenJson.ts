/**
 * The summary `--json` writes (SPEC §9): plain data with snake_case keys, percentages as
 * fractions (0.9341 = 93,41 %) and null for absent values. Pure: no I/O here.
 */
import type { Consolidacion, Grupo, MetaCalculada, Porcentaje, Tope } from "./calculo/tipos";
import { consolidarPresupuesto } from "./calculo/presupuestoHojas";
import { segunTope } from "./calculo/tope";
import type { Campo, HojaReconocida, TipoAcumulacion, Trimestre } from "./matriz/tipos";
import type { Hallazgo } from "./hallazgos/hallazgo";
import { variosArchivos } from "./reporte/_lib/vinculos";

export interface PlanJson {
  readonly metas: number;
  readonly programadas: number;
  readonly sin_reporte: number;
  readonly pct_vigencia: number | null;
  readonly pct_cuatrienio: number | null;
  readonly esperado: number | null;
  readonly cumplimiento: number | null;
}

export interface GrupoJson {
  /** "dependencia", or the nivel ("eje", "programa", "objetivo"…). */
  readonly nivel: string;
  /** The level's own code ("1", "010101"), kept beside its name (SPEC §3.4); null for dependencies and uncoded levels. */
  readonly codigo: string | null;
  readonly nombre: string;
  readonly metas: number;
  readonly programadas: number;
  readonly con_reporte: number;
  readonly sin_reporte: number;
  readonly no_programadas: number;
  readonly sobreejecutadas: number;
  readonly ejecucion_sin_programacion: number;
  readonly bajo_50: number;
  readonly pct_vigencia: number | null;
  readonly pct_cuatrienio: number | null;
  readonly semaforo: string;
}

export interface MetaJson {
  readonly hoja: string;
  readonly fila: number;
  readonly codigo: string | null;
  readonly nombre: string;
  /** The meta's group per level, by nivel name: {"dependencia": "…", "eje": "…", "programa": "…"}. */
  readonly grupo: Readonly<Record<string, string>>;
  readonly tipo: TipoAcumulacion;
  /** As the aggregates use it: capped when tope is "100", raw when "ninguno" (SPEC §5.6). */
  readonly pct_vigencia: number | null;
  readonly pct_vigencia_sin_tope: number | null;
  /** Follows the tope like pct_vigencia. */
  readonly pct_cuatrienio: number | null;
  readonly estado: string;
}

/**
 * A finding as SPEC §9 shows it: the finding without its message params. `archivo` names the input
 * file when several were consolidated together (issue 12, probe 7); null with one, so the CLI's
 * JSON equals the pane's, whose workbook has no file name on its sheets.
 */
export type HallazgoJson = Omit<Hallazgo, "params">;

export interface ColumnaJson {
  readonly columna: string;
  readonly campo: Campo;
  readonly anio: number | null;
  readonly trimestre: Trimestre | null;
}

export interface HojaJson {
  readonly hoja: string;
  readonly reconocida: boolean;
  readonly fila_encabezado: number | null;
  readonly metas: number;
  readonly columnas: readonly ColumnaJson[];
}

/** A separate budget sheet's row (SPEC §5.9): its figures of the vigencia and the matrix group it joined. */
export interface FilaPresupuestoJson {
  readonly fila: number;
  readonly codigo: string | null;
  readonly nombre: string;
  /** The matrix group it joined (of the sheet's `nivel`); null when none matches. */
  readonly grupo: string | null;
  readonly presupuestado: number;
  readonly ejecutado: number;
  readonly pagos: number | null;
  /** ejecutado / presupuestado, never capped. */
  readonly pct_ejecucion: number | null;
  /** presupuestado / the sheet's total presupuestado. */
  readonly participacion: number | null;
  /** The joined group's % of the vigencia. */
  readonly pct_fisica: number | null;
}

export interface PresupuestoJson {
  readonly hoja: string;
  /** What a row is: "sector", "dependencia", "proyecto"… */
  readonly por: string;
  /** The level its rows joined; null when none matched. */
  readonly nivel: string | null;
  readonly filas: readonly FilaPresupuestoJson[];
}

export interface ResumenJson {
  readonly vigencia: number;
  /** Why that vigencia, in Spanish (SPEC §8): "se indicó en los ajustes", "es el último año con ejecución reportada en …". */
  readonly motivo_vigencia: string;
  /** ISO date of the cut. */
  readonly corte: string;
  readonly tope: Tope;
  readonly plan: PlanJson;
  /** One entry per group of every level, in plan order. */
  readonly grupos: readonly GrupoJson[];
  readonly metas: readonly MetaJson[];
  readonly hallazgos: readonly HallazgoJson[];
  readonly hojas: readonly HojaJson[];
  /** Only when the workbook has separate budget sheets (issue 13): their rows, joined. */
  readonly presupuesto?: readonly PresupuestoJson[];
}

/** NaN/Infinity are not JSON: an absent value is null. */
const num = (x: number | null): number | null => (x !== null && Number.isFinite(x) ? x : null);

function grupoJson(g: Grupo): GrupoJson {
  const c = g.conteos;
  return {
    nivel: g.nivel,
    codigo: g.codigo,
    nombre: g.nombre,
    metas: c.metas,
    programadas: c.programadas,
    con_reporte: c.conReporte,
    sin_reporte: c.sinReporte,
    no_programadas: c.noProgramadas,
    sobreejecutadas: c.sobreejecutadas,
    ejecucion_sin_programacion: c.ejecucionSinProgramacion,
    bajo_50: c.bajo50,
    pct_vigencia: num(g.pctVigencia),
    pct_cuatrienio: num(g.pctCuatrienio),
    semaforo: g.semaforo,
  };
}

function hojaJson(h: HojaReconocida): HojaJson {
  return {
    hoja: h.hoja,
    reconocida: h.reconocida,
    fila_encabezado: h.filaEncabezado,
    metas: h.metas,
    columnas: h.columnas.map((col) => ({ columna: col.letra, campo: col.campo, anio: col.anio, trimestre: col.trimestre })),
  };
}

/** meta id → { nivel → group name }, dependencia first, then the niveles top-down. */
function gruposPorMeta(c: Consolidacion): Map<string, Record<string, string>> {
  const orden = ["dependencia", ...c.niveles];
  const porMeta = new Map<string, Record<string, string>>();
  const grupos = c.grupos.filter((g) => g.nivel !== "plan").sort((a, b) => orden.indexOf(a.nivel) - orden.indexOf(b.nivel));
  for (const g of grupos) {
    for (const id of g.metas) {
      const r = porMeta.get(id) ?? {};
      r[g.nivel] = g.nombre;
      porMeta.set(id, r);
    }
  }
  return porMeta;
}

function metaJson(m: MetaCalculada, tope: Tope, grupo: Readonly<Record<string, string>>): MetaJson {
  const usado = (p: Porcentaje): number | null => num(segunTope(p, tope));
  return {
    hoja: m.meta.hoja,
    fila: m.meta.fila,
    codigo: m.meta.codigo,
    nombre: m.meta.nombre,
    grupo,
    tipo: m.tipo,
    pct_vigencia: usado(m.pctVigencia),
    pct_vigencia_sin_tope: num(m.pctVigencia.bruto),
    pct_cuatrienio: usado(m.pctCuatrienio),
    estado: m.estadoTexto,
  };
}

/**
 * The SPEC §9 summary of a consolidation.
 * @example JSON.stringify(resumenJson(consolidar(libro)), null, 2)
 */
export function resumenJson(c: Consolidacion): ResumenJson {
  const { parametros: p, plan } = c;
  const porMeta = gruposPorMeta(c);
  return {
    vigencia: p.vigencia,
    motivo_vigencia: p.motivoVigencia,
    corte: p.corte.fecha,
    tope: p.tope,
    plan: {
      metas: plan.conteos.metas,
      programadas: plan.conteos.programadas,
      sin_reporte: plan.conteos.sinReporte,
      pct_vigencia: num(plan.pctVigencia),
      pct_cuatrienio: num(plan.pctCuatrienio),
      esperado: num(plan.esperado),
      cumplimiento: num(plan.cumplimiento),
    },
    grupos: c.grupos.filter((g) => g.nivel !== "plan").map(grupoJson),
    metas: c.metas.map((m) => metaJson(m, p.tope, porMeta.get(m.meta.id) ?? { dependencia: m.meta.dependencia })),
    hallazgos: c.hallazgos.map((h) => ({
      codigo: h.codigo,
      severidad: h.severidad,
      archivo: variosArchivos(c) ? h.archivo : null,
      hoja: h.hoja,
      celda: h.celda,
      mensaje: h.mensaje,
      valor: h.valor,
    })),
    hojas: c.hojas.map(hojaJson),
    ...presupuestoJson(c),
  };
}

function presupuestoJson(c: Consolidacion): { presupuesto?: PresupuestoJson[] } {
  const { hojas } = consolidarPresupuesto(c);
  if (hojas.length === 0) return {};
  return {
    presupuesto: hojas.map((h) => ({
      hoja: h.hoja,
      por: h.por,
      nivel: h.nivel,
      filas: h.filas.map(({ fila, presupuesto: p, participacion, grupo }) => ({
        fila: fila.fila,
        codigo: fila.codigo,
        nombre: fila.nombre,
        grupo: grupo?.nombre ?? null,
        presupuestado: p.programado,
        ejecutado: p.ejecutado,
        pagos: p.pagos,
        pct_ejecucion: num(p.pct),
        participacion: num(participacion),
        pct_fisica: num(grupo?.pctVigencia ?? null),
      })),
    })),
  };
}
