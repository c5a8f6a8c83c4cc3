/**
 * From a chart request to its categories and series (issue 14): the metas the filter keeps, grouped
 * as `por` says (dependencias, a nivel's nodes, the years, the quarters), each category a Grupo
 * rolled up by the consolidation's own functions, and each measure a registry entry reading it.
 * A request the matrix cannot answer (a nivel it lacks, a filter matching nothing) gives a Spanish
 * notice instead: a saved chart must never stop Consolidar.
 */
import { OPCIONES_MEDIDA_GRAFICO, POR_DEPENDENCIA, porTiempo } from "../ajustes/graficos";
import { listaTexto } from "../ajustes/opciones";
import type { Consolidacion, MetaCalculada, SolicitudGrafico, TipoGrafico } from "../calculo/tipos";
import type { Medida, SerieGrupos } from "../reporte/graficosGrupos";
import { normalizar } from "../texto/normalizar";
import { gruposDe, porAnio, porTrimestre, totalDe } from "./agrupar";
import { filtrar } from "./filtro";
import { MEDIDAS, type FilaGrafico } from "./medidas";

export type { FilaGrafico } from "./medidas";

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

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The categories: the groups of `por`, or the plan's moments rolled up whole. */
function categorias(
  c: Consolidacion,
  metas: readonly MetaCalculada[],
  por: string,
): { readonly filas: FilaGrafico[]; readonly titulo: string } | { readonly aviso: string } {
  const tiempo = porTiempo(por);
  if (tiempo !== null) {
    const momentos = tiempo === "anio" ? porAnio(metas, c.parametros) : porTrimestre(metas, c.parametros);
    if (momentos.length === 0) return { aviso: `el corte ${c.parametros.corte.fecha} no cierra ningún trimestre de la vigencia ${c.parametros.vigencia}.` };
    return {
      titulo: tiempo === "anio" ? "Año" : "Trimestre",
      filas: momentos.map((m) => ({ codigo: null, nombre: m.etiqueta, grupo: totalDe(m.metas, m.parametros), metas: m.metas })),
    };
  }
  const clave = normalizar(por);
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
  const enElTiempo = porTiempo(s.por) !== null;
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
