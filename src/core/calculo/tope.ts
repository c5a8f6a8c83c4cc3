/** The cap of SPEC §5.6: every % is kept raw and capped to [0, 1]. */
import type { Porcentaje, Tope } from "./tipos";

/** `porcentaje(1.23)` → { bruto: 1.23, acotado: 1 }; null stays null. */
export function porcentaje(bruto: number | null): Porcentaje {
  return { bruto, acotado: bruto === null ? null : Math.min(Math.max(bruto, 0), 1) };
}

/** The value aggregates use under the `tope` setting. */
export function segunTope(p: Porcentaje, tope: Tope): number | null {
  return tope === "100" ? p.acotado : p.bruto;
}
