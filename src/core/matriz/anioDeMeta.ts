/** Looking up one year of a meta (MetaLeida.anios is a short list in year order). */
import type { Dato, MetaLeida, ValoresAnio } from "./tipos";

/** The values of `anio`, or undefined when the matrix has no column for that year (or no meta is given). */
export function valoresDelAnio(meta: Pick<MetaLeida, "anios"> | undefined, anio: number): ValoresAnio | undefined {
  if (!meta) return undefined;
  for (const v of meta.anios) if (v.anio === anio) return v;
  return undefined;
}

/** The plan's target for the year: its annual target (META 2024) when the matrix has one, else the programado read (SPEC §3.2). */
export function objetivoDelAnio(v: ValoresAnio): Dato {
  return v.metaAnio?.valor != null ? v.metaAnio : v.programado;
}
