/** The columns of a roll-up row (SPEC §5.7, §6), shared by Por dependencia and every Por <nivel>. */
import { segunModoPlan } from "../../calculo/modoPlan";
import type { Grupo, Parametros } from "../../calculo/tipos";
import type { ColumnaTabla } from "./tablaDatos";

/** Label of the totals row: the plan's own roll-up (weighted), not a sum of the rows above. */
export const TOTAL_PLAN = "Total del plan";

export const ENCABEZADOS_GRUPO = {
  metas: "Metas",
  programadas: "Programadas",
  conReporte: "Con reporte",
  sinReporte: "Sin reporte",
  pctVigencia: "% ejecución vigencia",
  pctCuatrienio: "% avance cuatrienio",
  esperado: "Avance esperado",
  cumplimiento: "Cumplimiento a la fecha",
  semaforo: "Semáforo",
  sobreejecutadas: "Sobreejecutadas",
  bajo50: "Bajo 50 %",
} as const;

const E = ENCABEZADOS_GRUPO;

export const COLUMNAS_INDICADORES: readonly ColumnaTabla<Grupo>[] = [
  { encabezado: E.metas, valor: (g) => g.conteos.metas, formato: "#,##0" },
  { encabezado: E.programadas, valor: (g) => g.conteos.programadas, formato: "#,##0" },
  { encabezado: E.conReporte, valor: (g) => g.conteos.conReporte, formato: "#,##0" },
  { encabezado: E.sinReporte, valor: (g) => g.conteos.sinReporte, formato: "#,##0" },
  { encabezado: E.pctVigencia, valor: (g) => g.pctVigencia, formato: "0.0%", semaforo: "porcentaje" },
  { encabezado: E.pctCuatrienio, valor: (g) => g.pctCuatrienio, formato: "0.0%", cuatrienio: true },
  { encabezado: E.esperado, valor: (g) => g.esperado, formato: "0.0%", cuatrienio: true },
  { encabezado: E.cumplimiento, valor: (g) => g.cumplimiento, formato: "0.0%", cuatrienio: true },
  { encabezado: E.semaforo, valor: (g) => g.semaforo, semaforo: "nivel" },
  { encabezado: E.sobreejecutadas, valor: (g) => g.conteos.sobreejecutadas, formato: "#,##0" },
  { encabezado: E.bajo50, valor: (g) => g.conteos.bajo50, formato: "#,##0" },
];

/** `siHayValor`: a column shown only when some row of the table has a value in it. */
export interface ColumnaGrupo extends ColumnaTabla<Grupo> {
  readonly siHayValor?: boolean;
}

/** The node's code: many plans number their ejes and programas, many others do not (seed 003). */
export const COLUMNA_CODIGO: ColumnaGrupo = { encabezado: "Código", valor: (g) => g.codigo, siHayValor: true };

/**
 * The columns a roll-up table shows: the plan's mode (segunModoPlan), and without the columns
 * no row fills — an all-blank «Código» only pushes the names to the right.
 * @example columnasDeGrupos(p, gruposSinCodigo, [COLUMNA_CODIGO, nombre]) → [nombre]
 */
export function columnasDeGrupos(p: Pick<Parametros, "planAnual">, grupos: readonly Grupo[], columnas: readonly ColumnaGrupo[]): ColumnaGrupo[] {
  return segunModoPlan(p, columnas).filter((c) => c.siHayValor !== true || grupos.some((g) => c.valor(g) !== null));
}
