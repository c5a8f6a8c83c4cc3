/**
 * "Datos" (SPEC §6): the flat table for pivots, one row per meta and year. The computed values
 * (% vigencia, % cuatrienio, estado, semáforo) belong to the vigencia evaluated, so they are
 * filled on that year's row only — a pivot over every year then counts each meta once. The
 * semáforo colours the Semáforo column (one rule per level) rather than the % column, whose
 * alternating blanks would need a rule set per row.
 */
import type { Aporte } from "../calculo/avanceCuatrienio";
import { aportesDeMeta } from "../calculo/metaCalculada";
import { segunModoPlan } from "../calculo/modoPlan";
import type { Consolidacion, MetaCalculada } from "../calculo/tipos";
import type { HojaPlan } from "./plan";
import { HojaEnConstruccion } from "./_lib/hoja";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { mayusculaInicial } from "./_lib/textos";
import { destinoMeta } from "./_lib/vinculos";
import { valoresDelAnio } from "../matriz/anioDeMeta";

export const NOMBRE_TABLA_DATOS = "Seg_Datos";

export interface FilaDatos {
  readonly meta: MetaCalculada;
  readonly anio: number;
  readonly evaluada: boolean;
}

/** The years of a meta's rows: the cuatrienio years it has values for, and always the vigencia. */
export function filasDatos(c: Consolidacion): FilaDatos[] {
  const vigencia = c.parametros.vigencia;
  return c.metas.flatMap((meta) => {
    const anios = [...new Set([...c.parametros.cuatrienio.filter((a) => valoresDelAnio(meta.meta, a) !== undefined), vigencia])].sort((a, b) => a - b);
    return anios.map((anio) => ({ meta, anio, evaluada: anio === vigencia }));
  });
}

const siEvaluada = <T>(f: FilaDatos, v: T): T | null => (f.evaluada ? v : null);

export function hojaDatos(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("datos", nombre);
  const filas = filasDatos(c);
  const niveles: ColumnaTabla<FilaDatos>[] = c.niveles.map((nivel) => ({
    encabezado: mayusculaInicial(nivel),
    valor: (f) => f.meta.meta.niveles.find((n) => n.nivel === nivel)?.nombre ?? null,
  }));
  const anio = (f: FilaDatos) => valoresDelAnio(f.meta.meta, f.anio);
  // a meta's rows are consecutive: its aportes are computed once, for its first row
  let deMeta: { meta: MetaCalculada; aportes: readonly Aporte[] } | null = null;
  const aporte = (f: FilaDatos): Aporte | null => {
    if (deMeta?.meta !== f.meta) deMeta = { meta: f.meta, aportes: aportesDeMeta(f.meta.meta, c.parametros) };
    return deMeta.aportes.find((p) => p.anio === f.anio) ?? null;
  };
  const columnas: readonly ColumnaTabla<FilaDatos>[] = segunModoPlan(c.parametros, [
    ...niveles,
    { encabezado: "Dependencia", valor: (f) => f.meta.meta.dependencia },
    { encabezado: "Código", valor: (f) => f.meta.meta.codigo },
    { encabezado: "Meta", valor: (f) => f.meta.meta.nombre, ancho: 50 },
    { encabezado: "Unidad", valor: (f) => f.meta.meta.unidad },
    { encabezado: "Tipo", valor: (f) => f.meta.tipo },
    { encabezado: "Línea base", valor: (f) => f.meta.meta.lineaBase?.valor ?? null, formato: "General" },
    { encabezado: "Meta cuatrienio", valor: (f) => f.meta.meta.metaCuatrienio?.valor ?? null, formato: "General", cuatrienio: true },
    // as the matrix writes it (a fraction or points): Datos is the matrix's data, not the roll-up's weight
    { encabezado: "Ponderación", valor: (f) => f.meta.meta.ponderacion, formato: "General" },
    { encabezado: "Año", valor: (f) => f.anio, formato: "0" },
    { encabezado: "Programado", valor: (f) => (f.evaluada ? f.meta.programado : (anio(f)?.programado.valor ?? null)), formato: "General" },
    // the whole year's programación, beside the one evaluated (al corte when a corte applies, SPEC §5.3)
    { encabezado: "Programado anual", valor: (f) => anio(f)?.programado.valor ?? null, formato: "General" },
    { encabezado: "Ejecutado", valor: (f) => (f.evaluada ? f.meta.ejecutado : (anio(f)?.ejecutado.valor ?? null)), formato: "General" },
    { encabezado: "% vigencia (sin tope)", valor: (f) => siEvaluada(f, f.meta.pctVigencia.bruto), formato: "0.0%" },
    { encabezado: "% vigencia (con tope)", valor: (f) => siEvaluada(f, f.meta.pctVigencia.acotado), formato: "0.0%" },
    { encabezado: "% cuatrienio (sin tope)", valor: (f) => siEvaluada(f, f.meta.pctCuatrienio.bruto), formato: "0.0%", cuatrienio: true },
    { encabezado: "% cuatrienio (con tope)", valor: (f) => siEvaluada(f, f.meta.pctCuatrienio.acotado), formato: "0.0%", cuatrienio: true },
    { encabezado: "Aporte al cuatrienio", valor: (f) => aporte(f)?.a ?? null, formato: "0.0%", cuatrienio: true },
    { encabezado: "Aporte esperado", valor: (f) => aporte(f)?.x ?? null, formato: "0.0%", cuatrienio: true },
    { encabezado: "Estado", valor: (f) => siEvaluada(f, f.meta.estadoTexto) },
    { encabezado: "Semáforo", valor: (f) => siEvaluada(f, f.meta.semaforo), semaforo: "nivel" },
    { encabezado: "Observaciones", valor: (f) => siEvaluada(f, f.meta.meta.observacion), ancho: 40 },
    { encabezado: "Hoja", valor: (f) => f.meta.meta.hoja, vinculo: (f) => destinoMeta(c, f.meta) },
    { encabezado: "Fila", valor: (f) => f.meta.meta.fila, formato: "0" },
  ]);
  if (filas.length === 0) {
    h.bloque(0, 0, [["No hay metas consolidadas."]]);
    return h.construir();
  }
  escribirTabla(h, { fila: 0, columna: 0, nombre: NOMBRE_TABLA_DATOS, columnas, filas, semaforo: c.parametros.semaforo });
  h.congelar(1, 0);
  return h.construir();
}
