/**
 * What each measure of a chart on demand reads from a category's roll-up (issue 14), as a registry:
 * its title, its axis (%, metas or pesos) and its series with their colours.
 */
import { consolidarPresupuesto } from "../calculo/presupuestoHojas";
import type { Consolidacion, Grupo, MedidaGrafico, MetaCalculada, PresupuestoCalculado, TipoGrafico } from "../calculo/tipos";
import { COLOR_EJECUTADO, COLOR_ESPERADO, COLOR_PROGRAMADO, COLOR_REAL } from "../reporte/_lib/graficos";
import { colorNivel, nivelesEnOrden } from "../reporte/_lib/semaforo";
import type { Medida, SerieGrupos } from "../reporte/graficosGrupos";
import { normalizar } from "../texto/normalizar";

/** One category of the chart: a group, a year or a quarter, with the metas it rolls up. */
export interface FilaGrafico {
  readonly codigo: string | null;
  readonly nombre: string;
  readonly grupo: Grupo;
  readonly metas: readonly MetaCalculada[];
}

export interface Lectura {
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

/**
 * The budget of each category: where a budget sheet joins the categories' level, its figures as the
 * Presupuesto sheet shows them (consolidarPresupuesto; the level takes no matrix figure then, as
 * there), else the matrix's budget columns summed over the category's metas.
 */
function presupuestoDe(c: Consolidacion, filas: readonly FilaGrafico[]): { de: (f: FilaGrafico) => PresupuestoCalculado | null; nota: string | null } {
  const nivel = consolidarPresupuesto(c).niveles.find((n) => n.hoja !== null && filas.some((f) => f.grupo.nivel === n.nivel));
  if (nivel === undefined) return { de: (f) => f.grupo.presupuesto, nota: null };
  const porClave = new Map(nivel.grupos.map((g) => [g.grupo.clave, g]));
  // a sheet gives a whole group's budget: a filter that keeps part of its metas cannot split it
  const partidos = filas.filter((f) => {
    const g = porClave.get(f.grupo.clave);
    return g !== undefined && g.grupo.metas.length > f.metas.length;
  });
  return {
    de: (f) => porClave.get(f.grupo.clave)?.presupuesto ?? null,
    nota:
      partidos.length === 0
        ? null
        : `El presupuesto de la hoja «${nivel.hoja ?? ""}» es el de cada ${nivel.nivel} completo: el filtro deja parte de las metas de ${enumerar(partidos.map((f) => `«${f.nombre}»`))}, pero la hoja no reparte su presupuesto por meta.`,
  };
}

/** What a measure reads: the consolidation, the categories, the chart type, and whether the categories are moments. */
type LectorMedida = (c: Consolidacion, filas: readonly FilaGrafico[], tipo: TipoGrafico, enElTiempo: boolean) => Lectura;

export const MEDIDAS: Readonly<Record<MedidaGrafico, LectorMedida>> = {
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
          : `${enumerar(distintas)} ${todas.length === 1 ? "tiene" : "tienen"} metas de unidades distintas, que no se suman (SPEC §5.7), y quedan sin cifra; filtre por un elemento con metas de una sola unidad.`,
    };
  },
  presupuesto: (c, filas, tipo) => {
    const { de, nota } = presupuestoDe(c, filas);
    const ejecutado: SerieGrupos<FilaGrafico> = { nombre: "Ejecutado", valor: (f) => de(f)?.ejecutado ?? null, color: COLOR_EJECUTADO };
    return {
      titulo: tipo === "circular" ? "Presupuesto ejecutado" : "Presupuesto programado frente a ejecutado",
      medida: { tipo: "pesos" },
      // a pie shows the parts of one total: the executed budget
      series: tipo === "circular" ? [ejecutado] : [{ nombre: "Presupuestado", valor: (f) => de(f)?.programado ?? null, color: COLOR_PROGRAMADO }, ejecutado],
      nota,
    };
  },
};
