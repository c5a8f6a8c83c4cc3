/** The columns of a roll-up row (SPEC §5.7, §6), shared by Por dependencia and every Por <nivel>. */
import type { Grupo } from "../../calculo/tipos";
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
