/**
 * Where a link to a source cell can point. Only sheets of the workbook being written exist in
 * the output: with several input files, sheets of the other files get no link.
 */
import type { Consolidacion, MetaCalculada } from "../../calculo/tipos";
import { valoresDelAnio } from "../../matriz/anioDeMeta";

export interface Destino {
  readonly hoja: string;
  readonly destino: string;
}

export function destinoEnLibro(c: Consolidacion, hoja: string | null, celda: string | null): Destino | null {
  if (hoja === null || celda === null || celda === "") return null;
  const principal = c.archivos[0] ?? null;
  const existe = c.hojas.some((x) => x.hoja === hoja && (c.archivos.length <= 1 || x.archivo === null || x.archivo === principal));
  return existe ? { hoja, destino: celda } : null;
}

/** The ejecutado cell of the vigencia (falls back to the meta's name cell when derived). */
export function celdaEjecutado(c: Consolidacion, m: MetaCalculada): string {
  const anio = valoresDelAnio(m.meta, c.parametros.vigencia);
  return anio?.ejecutadoCorte?.celda || anio?.ejecutado.celda || m.meta.celdaNombre;
}

export function destinoMeta(c: Consolidacion, m: MetaCalculada, celda: string = m.meta.celdaNombre): Destino | null {
  if (c.archivos.length > 1 && m.meta.archivo !== null && m.meta.archivo !== c.archivos[0]) return null;
  return destinoEnLibro(c, m.meta.hoja, celda);
}
