/** User corrections of a column (SPEC §3.5) applied over the synonym registry's answer. */
import type { Clasificacion } from "./sinonimos";
import type { CorreccionHoja } from "./tipos";

/** Corrected classification of column `letra`; `undefined` when the user did not touch it. */
export function corregir(clas: Clasificacion | null, letra: string, corr: CorreccionHoja | undefined): Clasificacion | null | undefined {
  const o = corr?.columnas?.[letra];
  if (!o) return undefined;
  if (o.campo === null) return null;
  const base = clas ?? { campo: null, variante: null, nivel: null, rol: null, alcance: null, prioridad: 2 };
  return { ...base, campo: o.campo, variante: o.variante ?? base.variante, nivel: o.nivel ?? base.nivel, prioridad: 9 };
}
