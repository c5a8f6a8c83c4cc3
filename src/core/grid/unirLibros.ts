/** Several workbooks as one grid, for a run that consolidates them together (SPEC §9). */
import type { Libro } from "./libro";

/**
 * Several workbooks consolidate together: one Libro with every sheet, each sheet keeping its
 * file. The first is the workbook written to: it keeps its owned sheets and their names, as it
 * would alone, since their cells confirm the ownership record (issue 12, probe 2: a sheet the
 * record names but without the product's marker is the user's) and the reader skips the marked
 * ones. The others' owned sheets (an earlier run's output) are dropped, since the same sheet name
 * may be a user sheet in the written workbook.
 * @example unirLibros([abierto, agregado], ["plan.xlsx", "salud.xlsx"]).archivos // ["plan.xlsx", "salud.xlsx"]
 */
export function unirLibros(libros: readonly Libro[], nombres: readonly string[]): Libro {
  const [primero] = libros;
  if (!primero) throw new RangeError("unirLibros: ningún libro");
  if (libros.length === 1) return primero;
  const hojas = libros.flatMap((l, i) => {
    const propias = new Set(i === 0 ? [] : (l.hojasPropias ?? []));
    return l.hojas.filter((h) => !propias.has(h.nombre)).map((h) => (h.archivo ? h : { ...h, archivo: nombres[i] ?? "" }));
  });
  return { hojas, cultura: primero.cultura, archivos: libros.flatMap((l, i) => l.archivos ?? [nombres[i] ?? ""]), hojasPropias: primero.hojasPropias ?? [] };
}
