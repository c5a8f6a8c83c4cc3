/**
 * The one-year plan mode (issue 13) as one rule. In a one-year action plan (Parametros.planAnual)
 * a % of the cuatrienio, its esperado, its cumplimiento or a meta cuatrienio mean nothing: the
 * computation leaves those figures null (the JSON keeps its keys) and every output drops what
 * shows them — table columns, Resumen lines, charts, the Informe's clause, the terminal's and the
 * pane's figures. Outputs mark such items `cuatrienio: true` and pass their lists through here.
 */
import type { Parametros } from "./tipos";

export interface MarcaCuatrienio {
  /** Shows a cuatrienio measure: left out of a one-year plan's outputs. */
  readonly cuatrienio?: boolean;
}

type Modo = Pick<Parametros, "planAnual">;

/** @example muestraCuatrienio({ planAnual: true }) → false */
export function muestraCuatrienio(p: Modo): boolean {
  return !p.planAnual;
}

/**
 * The items the plan's mode shows, in their order.
 * @example segunModoPlan({ planAnual: true }, [{ n: 1 }, { n: 2, cuatrienio: true }]) → [{ n: 1 }]
 */
export function segunModoPlan<T extends MarcaCuatrienio>(p: Modo, items: readonly T[]): T[] {
  return muestraCuatrienio(p) ? [...items] : items.filter((x) => x.cuatrienio !== true);
}
