/**
 * From a chart request to its categories and series (issue 14): the metas the filter keeps, grouped
 * as `por` says (dependencias, a nivel's nodes, the years, the quarters), each category a Grupo
 * rolled up by the consolidation's own functions, and each measure a registry entry reading it.
 * A request the matrix cannot answer (a nivel it lacks, a filter matching nothing) gives a Spanish
 * notice instead: a saved chart must never stop Consolidar.
 */
import { OPCIONES_MEDIDA_GRAFICO, partesFiltro, POR_DEPENDENCIA } from "../ajustes/graficos";
import { listaTexto } from "../ajustes/opciones";
import type { Consolidacion, Grupo, MedidaGrafico, MetaCalculada, SolicitudGrafico, TipoGrafico } from "../calculo/tipos";
import { COLOR_EJECUTADO, COLOR_ESPERADO, COLOR_PROGRAMADO, COLOR_REAL } from "../reporte/_lib/graficos";
import { colorNivel, nivelesEnOrden } from "../reporte/_lib/semaforo";
import type { Medida, SerieGrupos } from "../reporte/graficosGrupos";
import { normalizar } from "../texto/normalizar";
import { gruposDe, porAnio, porTrimestre, totalDe } from "./agrupar";

/** One category of the chart: a group, a year or a quarter, with the metas it rolls up. */
export interface FilaGrafico {
  readonly codigo: string | null;
  readonly nombre: string;
  readonly grupo: Grupo;
  readonly metas: readonly MetaCalculada[];
}

export interface GraficoSolicitado {
  readonly titulo: string;
  readonly tituloCategorias: string;
  readonly tipo: TipoGrafico;
  readonly filas: readonly FilaGrafico[];
  readonly series: readonly SerieGrupos<FilaGrafico>[];
  readonly medida: Medida;
  /** Bars sorted by this value (groups); absent over time, which keeps its order. */
  readonly orden?: (f: FilaGrafico) => number | null;
  /** What the reader must know about blank values (units that do not add up). */
  readonly nota: string | null;
}

export type ResultadoGrafico = { readonly ok: true; readonly grafico: GraficoSolicitado } | { readonly ok: false; readonly aviso: string };

interface Lectura {
  readonly titulo: string;
  readonly medida: Medida;
  readonly series: readonly SerieGrupos<FilaGrafico>[];
  readonly nota?: string | null;
  /** What sorts the bars; the first series when absent. */
  readonly orden?: (f: FilaGrafico) => number | null;
}

/** Σ of a field over metas of one unit; null when the units differ («never add up across units», SPEC §5.7). */
function suma(f: FilaGrafico, campo: "programado" | "ejecutado"): number | null {
  const unidades = new Set(f.metas.map((m) => normalizar(m.meta.unidad ?? "")));
  if (unidades.size !== 1) return null;
  const valores = f.metas.flatMap((m) => (m[campo] === null ? [] : [m[campo]]));
  return valores.length === 0 ? null : valores.reduce((a, b) => a + b, 0);
}

/** «a, b y c»: the names a notice lists together (listaTexto says «o», for alternatives). */
function enumerar(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(", ")} y ${xs.at(-1) ?? ""}` : xs.join("");
}

/** Categories named in a notice before «y N más». */
const MAXIMO_NOMBRADOS = 5;

const unidadesDistintas = (f: FilaGrafico): boolean => new Set(f.metas.map((m) => normalizar(m.meta.unidad ?? ""))).size > 1;

/** What a measure reads: the consolidation, the categories, the chart type, and whether the categories are moments. */
type LectorMedida = (c: Consolidacion, filas: readonly FilaGrafico[], tipo: TipoGrafico, enElTiempo: boolean) => Lectura;

const MEDIDAS: Readonly<Record<MedidaGrafico, LectorMedida>> = {
  pct_vigencia: (c, _f, _t, enElTiempo) => ({
    // over the years each point is its own vigencia
    titulo: enElTiempo ? "% de ejecución de la vigencia" : `% de ejecución de la vigencia ${c.parametros.vigencia}`,
    medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de ejecución" },
    series: [
      { nombre: "% vigencia", valor: (f) => f.grupo.pctVigencia, color: COLOR_REAL, colorPunto: (f) => colorNivel(f.grupo.semaforo, c.parametros.semaforo) },
    ],
  }),
  pct_cuatrienio: (c) => ({
    titulo: "% de avance del cuatrienio",
    medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de avance" },
    series: [{ nombre: "% cuatrienio", valor: (f) => f.grupo.pctCuatrienio, color: COLOR_REAL }],
  }),
  esperado_real: (c) => ({
    titulo: "Avance esperado frente a avance real",
    medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de avance" },
    series: [
      { nombre: "Esperado", valor: (f) => f.grupo.esperado, color: COLOR_ESPERADO },
      { nombre: "Real", valor: (f) => f.grupo.pctCuatrienio, color: COLOR_REAL },
    ],
    // as on Por dependencia: the real avance sorts, the expected one stands beside it
    orden: (f) => f.grupo.pctCuatrienio,
  }),
  semaforo: (c, filas) => ({
    titulo: "Metas por nivel del semáforo",
    medida: { tipo: "cantidad", titulo: "Metas" },
    // only the levels some category has: an empty series is a legend entry that draws nothing
    series: nivelesEnOrden(c.parametros.semaforo)
      .filter((nivel) => filas.some((f) => (f.grupo.conteos.porSemaforo[nivel] ?? 0) > 0))
      .map((nivel) => ({ nombre: nivel, valor: (f: FilaGrafico) => f.grupo.conteos.porSemaforo[nivel] ?? 0, color: colorNivel(nivel, c.parametros.semaforo) })),
  }),
  programado_ejecutado: (_c, filas) => {
    const todas = filas.filter(unidadesDistintas).map((f) => `«${f.nombre}»`);
    const distintas = todas.length > MAXIMO_NOMBRADOS ? [...todas.slice(0, MAXIMO_NOMBRADOS), `${todas.length - MAXIMO_NOMBRADOS} más`] : todas;
    return {
      titulo: "Programado frente a ejecutado",
      medida: { tipo: "cantidad", titulo: "Cantidad (en la unidad de las metas)" },
      series: [
        { nombre: "Programado", valor: (f) => suma(f, "programado"), color: COLOR_PROGRAMADO },
        { nombre: "Ejecutado", valor: (f) => suma(f, "ejecutado"), color: COLOR_EJECUTADO },
      ],
      nota:
        distintas.length === 0
          ? null
          : `${enumerar(distintas)} tienen metas de unidades distintas, que no se suman (SPEC §5.7), y quedan sin cifra; filtre por un elemento con metas de una sola unidad.`,
    };
  },
  presupuesto: (_c, _f, tipo) => {
    const ejecutado: SerieGrupos<FilaGrafico> = { nombre: "Ejecutado", valor: (f) => f.grupo.presupuesto?.ejecutado ?? null, color: COLOR_EJECUTADO };
    return {
      titulo: tipo === "circular" ? "Presupuesto ejecutado" : "Presupuesto programado frente a ejecutado",
      medida: { tipo: "pesos" },
      // a pie shows the parts of one total: the executed budget
      series:
        tipo === "circular"
          ? [ejecutado]
          : [{ nombre: "Presupuestado", valor: (f) => f.grupo.presupuesto?.programado ?? null, color: COLOR_PROGRAMADO }, ejecutado],
    };
  },
};

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The metas the filter keeps, or why none. */
function filtrar(
  c: Consolidacion,
  filtro: string | undefined,
): { readonly metas: readonly MetaCalculada[]; readonly que: string | null } | { readonly aviso: string } {
  if (filtro === undefined) return { metas: c.metas, que: null };
  const partes = partesFiltro(filtro);
  if (!partes) return { aviso: `el filtro «${filtro}» no tiene la forma dependencia:<nombre> o <nivel>:<nombre>.` };
  const nombre = normalizar(partes.nombre);
  if (normalizar(partes.nivel) === normalizar(POR_DEPENDENCIA)) {
    const metas = c.metas.filter((m) => normalizar(m.meta.dependencia) === nombre);
    if (metas.length > 0) return { metas, que: metas[0]?.meta.dependencia ?? partes.nombre };
    const dependencias = c.grupos.filter((g) => g.nivel === POR_DEPENDENCIA).map((g) => `«${g.nombre}»`);
    return { aviso: `ninguna meta es de la dependencia «${partes.nombre}»; las dependencias son ${listaTexto(dependencias)}.` };
  }
  const nivel = c.niveles.find((n) => normalizar(n) === normalizar(partes.nivel));
  if (nivel === undefined) return { aviso: `la matriz no tiene el nivel «${partes.nivel}»; filtre por dependencia o por ${listaTexto(c.niveles)}.` };
  const coincide = (m: MetaCalculada): boolean =>
    m.meta.niveles.some((n) => n.nivel === nivel && (normalizar(n.nombre) === nombre || (n.codigo !== null && normalizar(n.codigo) === nombre)));
  const metas = c.metas.filter(coincide);
  if (metas.length === 0) return { aviso: `ningún elemento del nivel «${nivel}» se llama o tiene el código «${partes.nombre}».` };
  return { metas, que: `${nivel} ${metas[0]?.meta.niveles.find((n) => n.nivel === nivel)?.nombre ?? partes.nombre}` };
}

/** The categories: the groups of `por`, or the plan's moments rolled up whole. */
function categorias(
  c: Consolidacion,
  metas: readonly MetaCalculada[],
  por: string,
): { readonly filas: FilaGrafico[]; readonly titulo: string } | { readonly aviso: string } {
  const clave = normalizar(por);
  if (clave === "ANIO" || clave === "TRIMESTRE") {
    const momentos = clave === "ANIO" ? porAnio(metas, c.parametros) : porTrimestre(metas, c.parametros);
    if (momentos.length === 0) return { aviso: `el corte ${c.parametros.corte.fecha} no cierra ningún trimestre de la vigencia ${c.parametros.vigencia}.` };
    return {
      titulo: clave === "ANIO" ? "Año" : "Trimestre",
      filas: momentos.map((m) => ({ codigo: null, nombre: m.etiqueta, grupo: totalDe(m.metas, m.parametros), metas: m.metas })),
    };
  }
  const nivel = clave === normalizar(POR_DEPENDENCIA) ? POR_DEPENDENCIA : c.niveles.find((n) => normalizar(n) === clave);
  if (nivel === undefined) return { aviso: `no se puede agrupar por «${por}»; use ${listaTexto([POR_DEPENDENCIA, ...c.niveles, "anio", "trimestre"])}.` };
  const porId = new Map(metas.map((m) => [m.meta.id, m]));
  return {
    titulo: mayuscula(nivel),
    filas: gruposDe(metas, c.parametros, nivel).map((g) => ({
      codigo: g.codigo,
      nombre: g.nombre,
      grupo: g,
      metas: g.metas.flatMap((id) => porId.get(id) ?? []),
    })),
  };
}

/**
 * The chart a request asks for, over this consolidation.
 * @example seriesGrafico(c, { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Salud" })
 *   → { ok: true, grafico: { titulo: "% de avance del cuatrienio por programa — Secretaría de Salud", … } }
 */
export function seriesGrafico(c: Consolidacion, s: SolicitudGrafico): ResultadoGrafico {
  const filtradas = filtrar(c, s.filtro);
  if ("aviso" in filtradas) return { ok: false, aviso: filtradas.aviso };
  const cats = categorias(c, filtradas.metas, s.por);
  if ("aviso" in cats) return { ok: false, aviso: cats.aviso };
  const enElTiempo = cats.titulo === "Año" || cats.titulo === "Trimestre";
  const tipo = s.tipo ?? (enElTiempo ? "columnas" : "barras");
  const lectura = MEDIDAS[s.medida](c, cats.filas, tipo, enElTiempo);
  const primera = lectura.series[0];
  const vacio = cats.filas.every((f) => lectura.series.every((serie) => serie.valor(f) === null));
  if (!primera || vacio) {
    const medida = OPCIONES_MEDIDA_GRAFICO.find((o) => o.valor === s.medida)?.etiqueta ?? s.medida;
    return { ok: false, aviso: lectura.nota ?? `no hay datos para «${medida}» en estas metas.` };
  }
  const sufijo = filtradas.que === null ? "" : ` — ${filtradas.que}`;
  return {
    ok: true,
    grafico: {
      titulo: `${lectura.titulo} por ${cats.titulo.toLowerCase()}${sufijo}`,
      tituloCategorias: cats.titulo,
      tipo,
      filas: cats.filas,
      series: lectura.series,
      medida: lectura.medida,
      ...(enElTiempo ? {} : { orden: lectura.orden ?? primera.valor }),
      nota: lectura.nota ?? null,
    },
  };
}
