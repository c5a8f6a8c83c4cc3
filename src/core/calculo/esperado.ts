/** Avance esperado a la fecha (SPEC §5.5) in its three modes. */
import type { Parametros } from "./tipos";

/**
 * X for one meta. "programacion": the cuatrienio formula on the programado (computed by
 * calcularCuatrienio, passed in). "anios-iguales": 1/4 per vigencia reached. "pesos": the year
 * weights summed up to the vigencia (15/35/35/15 → 50 % at the second year).
 * @example esperadoSegunModo({ esperado: "anios-iguales", vigencia: 2021, cuatrienio: [2020, 2021, 2022, 2023], … }, null) → 0.5
 */
export function esperadoSegunModo(p: Parametros, porProgramacion: number | null): number | null {
  const indice = p.cuatrienio.indexOf(p.vigencia);
  switch (p.esperado) {
    case "programacion":
      return porProgramacion;
    case "anios-iguales":
      return indice < 0 ? null : (indice + 1) / p.cuatrienio.length;
    case "pesos":
      return indice < 0 || !p.pesosAnio ? null : p.pesosAnio.slice(0, indice + 1).reduce((s, w) => s + w, 0);
  }
}
