/**
 * The sanity net of SPEC §3.6: no meta, group or plan figure is published from an implausible
 * reading without an A-RECONOCIMIENTO-DUDOSO on the sheet concerned: (a) every programmed meta of a
 * sheet sin reporte, (b) a meta's % beyond any real one, (c) the plan's or a group's figures out of
 * reach of their metas, (d) a row counted twice. Each threshold says why it is where it is.
 */
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { MetaLeida } from "../matriz/tipos";
import { valoresDelAnio } from "../matriz/anioDeMeta";
import { formatearPorcentaje } from "./_lib/numero";
import { celdaDe } from "./hallazgosMeta";
import type { Grupo, MetaCalculada, Parametros } from "./tipos";

/**
 * 100 × (10.000 %): no real meta gets there, while the usual misreadings do — a meta cuatrienio
 * read from a % column (M = 0,8 against E = 500), a quantity divided by a ratio. NaN and ±∞ too.
 */
const ABSURDO = 100;

/**
 * A sheet whose programmed metas all lack a report is doubtful from two programmed metas on: one
 * meta without report is that meta's own A-SIN-REPORTE, two or more all blank point at a column.
 */
const MINIMO_SIN_REPORTE = 2;

/**
 * The plan's esperado (the programming to date over the metas, §5.5). Before the last year the
 * average meta cannot be programmed beyond its whole cuatrienio: CONSTANTE metas sit at exactly
 * 100 % from the first year, so the bar is 100 % plus the half point SPEC §5.7 tolerates. In the
 * last year it is 150 %, A-PROBABLE-ERROR's bar for one meta: a plan programmed half again over
 * its metas has its meta cuatrienio read from the wrong column.
 */
const ESPERADO_PLAN_ANTES = 1.005;
const ESPERADO_PLAN_ULTIMO = 1.5;

/**
 * The plan's cumplimiento (A / X): even the whole plan ahead of schedule stays within a few times
 * its expectation; ten times means the programado to date is near zero next to the ejecutado —
 * programado and ejecutado read in different units.
 */
const CUMPLIMIENTO_PLAN = 10;

const esAbsurdo = (x: number | null): boolean => x !== null && !(Math.abs(x) <= ABSURDO);

type Figura = "pctVigencia" | "pctCuatrienio" | "esperado" | "cumplimiento";

const NOMBRES: Readonly<Record<Figura, string>> = {
  pctVigencia: "una ejecución de la vigencia",
  pctCuatrienio: "un avance del cuatrienio",
  esperado: "un avance esperado",
  cumplimiento: "un cumplimiento",
};
const FIGURAS = Object.keys(NOMBRES) as readonly Figura[];

/** The figure as published: raw % for a meta (what tope "ninguno" shows), the mean for a group. */
function valor(x: MetaCalculada | Grupo, f: Figura): number | null {
  if (!("meta" in x)) return x[f];
  switch (f) {
    case "pctVigencia":
      return x.pctVigencia.bruto;
    case "pctCuatrienio":
      return x.pctCuatrienio.bruto;
    case "esperado":
      return x.esperado.bruto;
    default:
      return x[f];
  }
}

function figuraAbsurda(x: MetaCalculada | Grupo): Figura | null {
  for (const f of FIGURAS) if (esAbsurdo(valor(x, f))) return f;
  return null;
}

/** Where to look: the vigencia's ejecutado for its %, the meta cuatrienio for the others. */
function celdaFigura(meta: MetaLeida, f: Figura, vigencia: number): string {
  return f === "pctVigencia" ? celdaDe(valoresDelAnio(meta, vigencia)?.ejecutado, meta) : celdaDe(meta.metaCuatrienio, meta);
}

const pct = (x: number): string => (Number.isFinite(x) ? formatearPorcentaje(x, 0) : "indefinido");

/** What one sheet's metas showed; the first offending meta of each rule gives the cell. */
interface Hoja {
  programadas: number;
  conReporte: number;
  primeraProgramada: { meta: MetaLeida; celda: string } | null;
  absurdas: number;
  primeraAbsurda: { meta: MetaLeida; figura: Figura; valor: number; celda: string } | null;
  repetidas: number;
  primeraRepetida: MetaLeida | null;
  /** Rows seen on this sheet (numbers hash faster than the metas' id strings). */
  readonly filas: Set<number>;
}

function revisarMetas(metas: readonly MetaCalculada[], p: Parametros): { hojas: Map<string, Hoja>; absurdas: Set<string> } {
  const hojas = new Map<string, Hoja>();
  const absurdas = new Set<string>();
  // metas come sheet by sheet: the sheet's record is looked up when the sheet changes, not per meta
  let anterior: { archivo: string | null; hoja: string; h: Hoja } | null = null;
  for (const m of metas) {
    let h: Hoja;
    if (anterior && anterior.hoja === m.meta.hoja && anterior.archivo === m.meta.archivo) h = anterior.h;
    else {
      const clave = `${m.meta.archivo ?? ""}|${m.meta.hoja}`;
      h = hojas.get(clave) ?? {
        programadas: 0,
        conReporte: 0,
        primeraProgramada: null,
        absurdas: 0,
        primeraAbsurda: null,
        repetidas: 0,
        primeraRepetida: null,
        filas: new Set(),
      };
      hojas.set(clave, h);
      anterior = { archivo: m.meta.archivo, hoja: m.meta.hoja, h };
    }
    // (d) a row counted twice inflates every count and mean it is part of
    if (h.filas.has(m.meta.fila)) {
      h.repetidas++;
      h.primeraRepetida ??= m.meta;
    }
    h.filas.add(m.meta.fila);
    if (m.estado !== "NO_PROGRAMADA") {
      h.programadas++;
      if (m.estado === "REPORTADA") h.conReporte++;
      h.primeraProgramada ??= { meta: m.meta, celda: celdaFigura(m.meta, "pctVigencia", p.vigencia) };
    }
    const f = figuraAbsurda(m);
    if (f === null) continue;
    absurdas.add(m.meta.id);
    h.absurdas++;
    h.primeraAbsurda ??= { meta: m.meta, figura: f, valor: valor(m, f) ?? Number.NaN, celda: celdaFigura(m.meta, f, p.vigencia) };
  }
  return { hojas, absurdas };
}

function dudoso(meta: MetaLeida, celda: string, valor: number | null, motivo: string): Hallazgo {
  return crearHallazgo("A-RECONOCIMIENTO-DUDOSO", meta.hoja, celda, valor, { motivo }, meta.archivo);
}

/** (a) every programmed meta sin reporte, (b) absurd % of metas, (d) rows counted twice. */
function hallazgosHoja(h: Hoja, p: Parametros): Hallazgo[] {
  const lista: Hallazgo[] = [];
  if (h.primeraRepetida) {
    const r = h.primeraRepetida;
    const motivo = h.repetidas === 1 ? `la fila ${r.fila} se cuenta dos veces` : `${h.repetidas} filas se cuentan dos veces (la primera, la fila ${r.fila})`;
    lista.push(dudoso(r, r.celdaNombre, null, motivo));
  }
  // a sheet without an ejecutado column already says so from recognition
  if (h.primeraProgramada && h.conReporte === 0 && h.programadas >= MINIMO_SIN_REPORTE && !h.primeraProgramada.meta.sinColumnaEjecutado) {
    const motivo = `ninguna meta programada en ${p.vigencia} tiene ejecución reportada (${h.programadas} metas programadas): quizá no se encontró la columna de ejecutado o se leyó otra`;
    lista.push(dudoso(h.primeraProgramada.meta, h.primeraProgramada.celda, null, motivo));
  }
  if (h.primeraAbsurda) {
    const a = h.primeraAbsurda;
    const cuantas =
      h.absurdas === 1
        ? `la meta de la fila ${a.meta.fila} tiene`
        : `${h.absurdas} metas tienen porcentajes de más de ${pct(ABSURDO)}; la primera, en la fila ${a.meta.fila}, tiene`;
    const motivo = `${cuantas} ${NOMBRES[a.figura]} de ${pct(a.valor)}: probablemente su meta, su programado o su ejecutado se leyó de otra columna`;
    lista.push(dudoso(a.meta, a.celda, a.valor, motivo));
  }
  return lista;
}

function nombreGrupo(g: Grupo): string {
  return g.nivel === "plan" ? "el plan" : `${g.nivel} «${g.nombre}»`;
}

/** The meta of `g` with the largest `f`: the one most to blame for the group's figure. */
function mayor(g: Grupo, porId: ReadonlyMap<string, MetaCalculada>, f: Figura): MetaCalculada | undefined {
  let mejor: MetaCalculada | undefined;
  let maximo = -Infinity;
  for (const id of g.metas) {
    const m = porId.get(id);
    const v = m ? (valor(m, f) ?? -Infinity) : -Infinity;
    if (m && (mejor === undefined || v > maximo)) {
      mejor = m;
      maximo = v;
    }
  }
  return mejor;
}

/**
 * (c) The plan's esperado and cumplimiento against their bars, and any group (the plan included)
 * with an absurd figure none of its metas explains — a mean of tiny expectations under a
 * cumplimiento. Each on the sheet of the meta most to blame.
 */
function hallazgosGrupos(
  plan: Grupo,
  esperadoBruto: number | null,
  grupos: readonly Grupo[],
  metas: readonly MetaCalculada[],
  absurdas: ReadonlySet<string>,
  p: Parametros,
): Hallazgo[] {
  // built only when a group needs a meta to blame: most runs have none
  let indice: Map<string, MetaCalculada> | null = null;
  const porId = (): ReadonlyMap<string, MetaCalculada> => (indice ??= new Map(metas.map((m) => [m.meta.id, m])));
  const lista: Hallazgo[] = [];
  const en = (m: MetaCalculada | undefined, f: Figura, valor: number, motivo: string): void => {
    if (m) lista.push(dudoso(m.meta, celdaFigura(m.meta, f, p.vigencia), valor, motivo));
  };
  const ultimo = p.cuatrienio[p.cuatrienio.length - 1] ?? p.vigencia;
  const tope = p.vigencia >= ultimo ? ESPERADO_PLAN_ULTIMO : ESPERADO_PLAN_ANTES;
  const periodo = `${p.cuatrienio[0] ?? ""}-${ultimo}`;
  if (esperadoBruto !== null && !esAbsurdo(esperadoBruto) && esperadoBruto > tope) {
    const cuando = p.vigencia >= ultimo ? `en el último año del cuatrienio ${periodo}` : `antes del último año del cuatrienio (${p.vigencia} de ${periodo})`;
    en(
      mayor(plan, porId(), "esperado"),
      "esperado",
      esperadoBruto,
      `el avance esperado del plan es ${pct(esperadoBruto)} ${cuando}: lo programado supera la meta cuatrienio`,
    );
  }
  if (plan.cumplimiento !== null && !esAbsurdo(plan.cumplimiento) && plan.cumplimiento > CUMPLIMIENTO_PLAN) {
    en(
      mayor(plan, porId(), "cumplimiento"),
      "cumplimiento",
      plan.cumplimiento,
      `el cumplimiento del plan es ${pct(plan.cumplimiento)}: lo programado a la fecha es casi nulo frente a lo ejecutado`,
    );
  }
  // The plan, its dependencias and niveles share their metas: one finding per meta to blame.
  const culpables = new Set<string>();
  for (const g of [plan, ...grupos]) {
    const f = figuraAbsurda(g);
    if (f === null || g.metas.some((id) => absurdas.has(id))) continue;
    const m = mayor(g, porId(), f);
    if (!m || culpables.has(m.meta.id)) continue;
    culpables.add(m.meta.id);
    const v = valor(g, f) ?? Number.NaN;
    en(m, f, v, `${nombreGrupo(g)} tiene ${NOMBRES[f]} de ${pct(v)} sin que ninguna de sus metas lo tenga`);
  }
  return lista;
}

/**
 * Every A-RECONOCIMIENTO-DUDOSO the computed figures call for (SPEC §3.6), sheet by sheet.
 * `esperadoBruto` is the plan's esperado without the cap: the bar it is held to is above 100 %.
 * @example revisarPlausibilidad(metas con E2025 vacío en las 12 metas programadas de «PDM», …) → [A-RECONOCIMIENTO-DUDOSO en PDM: «ninguna meta programada en 2025 tiene ejecución reportada …»]
 */
export function revisarPlausibilidad(
  metas: readonly MetaCalculada[],
  plan: Grupo,
  grupos: readonly Grupo[],
  p: Parametros,
  esperadoBruto: number | null = plan.esperado,
): Hallazgo[] {
  const { hojas, absurdas } = revisarMetas(metas, p);
  const lista: Hallazgo[] = [];
  for (const h of hojas.values()) lista.push(...hallazgosHoja(h, p));
  lista.push(...hallazgosGrupos(plan, esperadoBruto, grupos, metas, absurdas, p));
  return lista;
}
