/**
 * Which name each owned sheet gets (SPEC §6): a sheet the product owned before keeps its name;
 * a name held by a user sheet is never taken ("Resumen" → "Resumen (2)"); owned sheets no longer
 * produced are listed for deletion. Excel compares sheet names case-insensitively.
 */
import type { ClaveHoja, Propiedad } from "./plan";

const LARGO_MAXIMO = 31;
const PROHIBIDOS = /[[\]:*?/\\]/g;

export interface NombresResueltos {
  readonly nombres: ReadonlyMap<ClaveHoja, string>;
  readonly eliminar: readonly string[];
  readonly propiedad: Propiedad;
}

/** A valid Excel sheet name: no []:*?/\, no edge apostrophes, at most 31 characters. */
export function nombreValido(nombre: string, sufijo = ""): string {
  const limpio =
    nombre
      .replace(PROHIBIDOS, " ")
      .replace(/\s+/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim() || "Hoja";
  return limpio.slice(0, LARGO_MAXIMO - sufijo.length).trimEnd() + sufijo;
}

const clave = (n: string): string => n.toLocaleUpperCase("es");

/**
 * @example resolverNombres([["resumen", "Resumen"]], ["Resumen"], null).nombres.get("resumen") → "Resumen (2)"
 */
export function resolverNombres(
  deseados: readonly (readonly [ClaveHoja, string])[],
  hojasExistentes: readonly string[],
  propiedadPrevia: Propiedad | null,
): NombresResueltos {
  const previas = Object.entries(propiedadPrevia?.hojas ?? {});
  const propiasPrevias = new Set(previas.map(([n]) => clave(n)));
  const ocupados = new Set(hojasExistentes.map(clave).filter((n) => !propiasPrevias.has(n)));
  // Owned names stay reserved even when no longer produced: they are deleted, never reassigned.
  previas.forEach(([n]) => ocupados.add(clave(n)));
  const nombres = new Map<ClaveHoja, string>();
  for (const [c] of deseados) {
    const previa = previas.find(([, cl]) => cl === c);
    if (previa && !nombres.has(c)) nombres.set(c, previa[0]);
  }
  for (const [c, deseado] of deseados) {
    if (nombres.has(c)) continue;
    let nombre = nombreValido(deseado);
    for (let n = 2; ocupados.has(clave(nombre)); n++) nombre = nombreValido(deseado, ` (${n})`);
    ocupados.add(clave(nombre));
    nombres.set(c, nombre);
  }
  const producidos = new Set([...nombres.values()].map(clave));
  const existentes = new Set(hojasExistentes.map(clave));
  const eliminar = previas.map(([n]) => n).filter((n) => !producidos.has(clave(n)) && existentes.has(clave(n)));
  const hojas: Record<string, ClaveHoja> = {};
  for (const [c] of deseados) {
    const n = nombres.get(c);
    if (n !== undefined) hojas[n] = c;
  }
  return { nombres, eliminar, propiedad: { hojas } };
}
