/**
 * Roll-ups of a subset of metas for a chart on demand (issue 14): the same trees, weighted means,
 * counts and Grupo records as the consolidation (SPEC §5.7), over the metas a filter keeps, and
 * over the years or quarters of the plan by evaluating the metas again at each one.
 */
import { acumularNodos, nuevoAcumulado } from "../calculo/acumulado";
import { construirArboles } from "../calculo/arbol";
import { finTrimestre, finVigencia, trimestresAlCorte } from "../calculo/corte";
import { grupoDe, medidas } from "../calculo/grupos";
import { calcularMeta } from "../calculo/metaCalculada";
import { muestraCuatrienio } from "../calculo/modoPlan";
import { mediasPorNodo } from "../calculo/ponderacion";
import type { Grupo, MetaCalculada, Parametros } from "../calculo/tipos";
import type { Trimestre } from "../matriz/tipos";
import { normalizar } from "../texto/normalizar";

/** The groups of one nivel (or the dependencias) over these metas, in plan order. */
export function gruposDe(metas: readonly MetaCalculada[], p: Parametros, nivel: string): Grupo[] {
  const arboles = construirArboles(metas);
  const lista = medidas(p);
  if (normalizar(nivel) === "DEPENDENCIA") {
    return arboles.dependencias.map((dep) =>
      grupoDe(dep, mediasPorNodo(dep, [], lista, p.ponderacion).get(dep), acumularNodos(dep, []).get(dep) ?? nuevoAcumulado(), p, null),
    );
  }
  const medias = mediasPorNodo(arboles.plan, arboles.nodos, lista, p.ponderacion);
  const acumulados = acumularNodos(arboles.plan, arboles.nodos);
  return arboles.nodos
    .filter((n) => normalizar(n.nivel) === normalizar(nivel))
    .map((n) => grupoDe(n, medias.get(n), acumulados.get(n) ?? nuevoAcumulado(), p, null));
}

/** These metas as one group (the plan's node of their tree). */
export function totalDe(metas: readonly MetaCalculada[], p: Parametros): Grupo {
  const arboles = construirArboles(metas);
  const medias = mediasPorNodo(arboles.plan, arboles.nodos, medidas(p), p.ponderacion);
  return grupoDe(arboles.plan, medias.get(arboles.plan), acumularNodos(arboles.plan, arboles.nodos).get(arboles.plan) ?? nuevoAcumulado(), p, null);
}

/** A point in time of the plan and the metas evaluated as if it were the corte. */
export interface Momento {
  readonly etiqueta: string;
  readonly metas: readonly MetaCalculada[];
  readonly parametros: Parametros;
}

function evaluadas(metas: readonly MetaCalculada[], p: Parametros): MetaCalculada[] {
  return metas.map((m) => calcularMeta(m.meta, p).calculada);
}

/**
 * Each year of the cuatrienio up to the vigencia as a vigencia of its own, closed at 31 December;
 * the vigencia itself keeps the run's corte, so its point equals the run's figures.
 */
export function porAnio(metas: readonly MetaCalculada[], p: Parametros): Momento[] {
  // a one-year plan has no other year (modoPlan.ts)
  const anios = muestraCuatrienio(p) ? p.cuatrienio.filter((anio) => anio <= p.vigencia) : [p.vigencia];
  return anios.map((anio) => {
    if (anio === p.vigencia) return { etiqueta: String(anio), parametros: p, metas };
    const parametros: Parametros = { ...p, vigencia: anio, corte: finVigencia(anio) };
    // a budget column with no year is the vigencia's (presupuestoDeVigencia): an earlier year must not repeat it
    const conAnio = metas.map((m) => ({ ...m, meta: { ...m.meta, presupuesto: m.meta.presupuesto.filter((x) => x.anio !== null) } }));
    return { etiqueta: String(anio), parametros, metas: evaluadas(conAnio, parametros) };
  });
}

/** Each quarter of the vigencia up to the corte, as a corte of its own (the figures of the year so far). */
export function porTrimestre(metas: readonly MetaCalculada[], p: Parametros): Momento[] {
  const hasta = trimestresAlCorte(p.corte, p.vigencia);
  return Array.from({ length: hasta }, (_, i) => {
    const trimestre = (i + 1) as Trimestre;
    const parametros: Parametros = { ...p, corte: { fecha: finTrimestre(p.vigencia, trimestre), trimestre } };
    return { etiqueta: `T${trimestre} ${p.vigencia}`, parametros, metas: evaluadas(metas, parametros) };
  });
}
