/** Builders of OrigenCifra (see tipos.ts): where each figure of the Informe is read from. */
import type { Grupo, MetaCalculada } from "../../calculo/tipos";
import type { Cifra, FormatoCifra, OrigenCifra, OrigenDerivado } from "../tipos";

export const origenParametros = (campo: string): OrigenCifra => `parametros#${campo}`;

/** The plan is a Grupo too: its figures say "plan", the others their nivel and clave. */
export const origenGrupo = (g: Grupo, campo: string): OrigenCifra => (g.nivel === "plan" ? `plan#${campo}` : `grupo:${g.nivel}/${g.clave}#${campo}`);

export const origenMeta = (m: MetaCalculada, campo: string): OrigenCifra => `meta:${m.meta.id}#${campo}`;

/**
 * A budget figure as the Presupuesto sheet shows it (consolidarPresupuesto): a level's total
 * (`presupuesto:<nivel>#total.<campo>`) or one of its groups (`presupuesto:<nivel>/<clave>#presupuesto.<campo>`).
 */
export const origenPresupuesto = (nivel: string, g: Grupo | null, campo: string): OrigenCifra =>
  g === null ? `presupuesto:${nivel}#total.${campo}` : `presupuesto:${nivel}/${g.clave}#presupuesto.${campo}`;

/** A budget sheet's row: the `fila`-th row with figures of the `hoja`-th budget sheet. */
export const origenFilaPresupuesto = (hoja: number, fila: number, campo: string): OrigenCifra => `presupuestoHoja:${hoja}/${fila}#presupuesto.${campo}`;

export function cifra(valor: number, formato: FormatoCifra, origen: OrigenCifra | OrigenDerivado): Cifra {
  return { cifra: valor, formato, origen };
}

/**
 * The share `parte` / `total` of two figures read from the consolidation, as a %; null for a total
 * of 0, where no share exists. Only read figures combine: a share is never taken of a share.
 * @example participacion(cifra(228, "entero", "grupo:dependencia/X#conteos.metas"), cifra(478, "entero", "plan#conteos.metas"))?.cifra → 0.477
 */
export function participacion(parte: Cifra, total: Cifra): Cifra | null {
  if (total.cifra === 0 || typeof parte.origen !== "string" || typeof total.origen !== "string") return null;
  return cifra(parte.cifra / total.cifra, "pct", { parte: parte.origen, total: total.origen });
}
