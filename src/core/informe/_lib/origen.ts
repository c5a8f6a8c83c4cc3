/** Builders of OrigenCifra (see tipos.ts): where each figure of the Informe is read from. */
import type { Grupo, MetaCalculada } from "../../calculo/tipos";
import type { Cifra, FormatoCifra, OrigenCifra } from "../tipos";

export const origenParametros = (campo: string): OrigenCifra => `parametros#${campo}`;

/** The plan is a Grupo too: its figures say "plan", the others their nivel and clave. */
export const origenGrupo = (g: Grupo, campo: string): OrigenCifra => (g.nivel === "plan" ? `plan#${campo}` : `grupo:${g.nivel}/${g.clave}#${campo}`);

export const origenMeta = (m: MetaCalculada, campo: string): OrigenCifra => `meta:${m.meta.id}#${campo}`;

export function cifra(valor: number, formato: FormatoCifra, origen: OrigenCifra): Cifra {
  return { cifra: valor, formato, origen };
}
