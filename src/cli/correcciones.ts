/**
 * How the CLI combines recognition corrections (SPEC §3.7); reading them from JSON is the
 * settings contract's leerCorrecciones (core/ajustes).
 */
import type { CorreccionHoja } from "../core/matriz/tipos";

/** The saved corrections with the ones of `--mapa` over them, sheet by sheet (SPEC §3.7). */
export function unirCorrecciones(guardadas: readonly CorreccionHoja[], mapa: readonly CorreccionHoja[]): CorreccionHoja[] {
  const delMapa = new Set(mapa.map((c) => c.hoja));
  return [...mapa, ...guardadas.filter((c) => !delMapa.has(c.hoja))];
}
