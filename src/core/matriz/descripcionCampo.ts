/** Spanish description of a recognised column, for findings ("programado 2024 T1", "línea base"). */
import type { Campo, ColumnaReconocida } from "./tipos";

const NOMBRES: Readonly<Record<Campo, string>> = {
  meta: "nombre de la meta",
  codigo: "código",
  unidad: "unidad de medida",
  tipo: "tipo de acumulación",
  lineaBase: "línea base",
  metaCuatrienio: "meta cuatrienio",
  programado: "programado",
  ejecutado: "ejecutado",
  reportado: "% reportado",
  dependencia: "dependencia",
  nivel: "nivel",
  ponderacion: "ponderación",
  presupuestoProgramado: "presupuesto programado",
  presupuestoEjecutado: "presupuesto ejecutado",
  presupuestoPagos: "pagos",
  observaciones: "observaciones",
  acumuladoAnterior: "acumulado vigencias anteriores",
  vigencia: "año de la fila",
  periodo: "trimestre de la fila",
  clase: "clase de fila (nivel)",
};

/** @example describirCampo({ campo: "programado", anio: 2024, trimestre: 1, … }) // "programado 2024 T1" */
export function describirCampo(c: Pick<ColumnaReconocida, "campo" | "anio" | "trimestre" | "variante" | "nivel">): string {
  const partes = [c.campo === "nivel" && c.nivel ? c.nivel : NOMBRES[c.campo]];
  if (c.campo === "ponderacion" && c.nivel) partes.push(c.nivel);
  if (c.variante === "total") partes.push("total");
  if (c.variante === "corte") partes.push("al corte");
  if (c.anio !== null) partes.push(String(c.anio));
  if (c.trimestre !== null) partes.push(`T${c.trimestre}`);
  return partes.join(" ");
}

/** Fields read as numbers (a row is a meta only when one of them holds a number or a blank, SPEC §3.4). */
export const CAMPOS_NUMERICOS: ReadonlySet<Campo> = new Set<Campo>([
  "programado",
  "ejecutado",
  "lineaBase",
  "metaCuatrienio",
  "ponderacion",
  "presupuestoProgramado",
  "presupuestoEjecutado",
  "presupuestoPagos",
  "acumuladoAnterior",
]);
