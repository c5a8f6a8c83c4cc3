/**
 * Where a link to a source cell can point. Only sheets of the workbook being written exist in
 * the output: with several input files, cells of the other files get no link (issue 12, probe 7).
 * Not an external reference either: the output is a copy that is mailed and moved without the
 * other files, and Excel on the web cannot open a path on the disk; the «Archivo» column of
 * Hallazgos says where to look instead.
 */
import type { Consolidacion, MetaCalculada } from "../../calculo/tipos";
import { valoresDelAnio } from "../../matriz/anioDeMeta";

export interface Destino {
  readonly hoja: string;
  readonly destino: string;
}

/** A cell of an input file: a finding's, an alert's. `archivo` null when the sheets carry no file (inside Excel). */
export interface LugarFuente {
  readonly archivo: string | null;
  readonly hoja: string | null;
  readonly celda: string | null;
}

/** Several input files: findings name theirs (JSON, Hallazgos' «Archivo» column) and only the first is linked. */
export function variosArchivos(c: Consolidacion): boolean {
  return c.archivos.length > 1;
}

/** True when `archivo` is the workbook the report is written into (the first file, SPEC §9). */
function enLibroEscrito(c: Consolidacion, archivo: string | null): boolean {
  return !variosArchivos(c) || archivo === null || archivo === c.archivos[0];
}

export function destinoEnLibro(c: Consolidacion, { archivo, hoja, celda }: LugarFuente): Destino | null {
  if (hoja === null || celda === null || celda === "" || !enLibroEscrito(c, archivo)) return null;
  const existe = c.hojas.some((x) => x.hoja === hoja && enLibroEscrito(c, x.archivo) && (archivo === null || x.archivo === null || x.archivo === archivo));
  return existe ? { hoja, destino: celda } : null;
}

/** The ejecutado cell of the vigencia (falls back to the meta's name cell when derived). */
export function celdaEjecutado(c: Consolidacion, m: MetaCalculada): string {
  const anio = valoresDelAnio(m.meta, c.parametros.vigencia);
  return anio?.ejecutadoCorte?.celda || anio?.ejecutado.celda || m.meta.celdaNombre;
}

export function destinoMeta(c: Consolidacion, m: MetaCalculada, celda: string = m.meta.celdaNombre): Destino | null {
  return destinoEnLibro(c, { archivo: m.meta.archivo, hoja: m.meta.hoja, celda });
}
