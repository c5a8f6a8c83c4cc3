/** Spanish words the pane uses to show and correct the recognition (SPEC §3.6, §3.7, §4). */
import type { Campo, LecturaTrimestral, Variante } from "../core/matriz/tipos";

/** Field names in the correction editor's lists (the Matriz view describes columns with describirCampo). */
export const NOMBRES_CAMPO: Readonly<Record<Campo, string>> = {
  meta: "Meta (nombre)",
  codigo: "Código",
  unidad: "Unidad",
  tipo: "Tipo de acumulación",
  lineaBase: "Línea base",
  metaCuatrienio: "Meta cuatrienio",
  programado: "Programado",
  ejecutado: "Ejecutado",
  reportado: "% reportado",
  dependencia: "Dependencia",
  nivel: "Nivel",
  ponderacion: "Ponderación",
  presupuestoProgramado: "Presupuesto programado",
  presupuestoEjecutado: "Presupuesto ejecutado",
  presupuestoPagos: "Pagos",
  observaciones: "Observaciones",
  acumuladoAnterior: "Acumulado vigencias anteriores",
  vigencia: "Año de la fila",
  periodo: "Trimestre de la fila",
  clase: "Clase de fila (nivel)",
};

export const NOMBRES_VARIANTE: Readonly<Record<Variante, string>> = {
  total: "total del año",
  trimestre: "trimestre",
  anual: "meta o valor del año",
  corte: "al corte",
};

/** How the quarters of a sheet are read (SPEC §4), as the user reads it. */
export const NOMBRES_LECTURA: Readonly<Record<LecturaTrimestral, string>> = {
  periodo: "cada trimestre es el valor del periodo",
  acumuladoAnio: "cada trimestre es el acumulado del año",
};
