/**
 * The height a wrapped cell needs, estimated the way a reader sees it: words wrapped greedily at
 * the column's width in characters. A column's width counts the widest digit, and prose runs a
 * little narrower, so the estimate errs on the tall side: a spare blank line reads better than
 * paragraphs drawn over one another.
 */

/** Excel's default row height (Calibri 11) in points: one line of text. */
export const PUNTOS_POR_LINEA = 15;

/** Lines `texto` takes wrapped at `ancho` characters; a word longer than a line breaks where it must. */
export function lineasAjustadas(texto: string, ancho: number): number {
  const capacidad = Math.max(1, Math.floor(ancho));
  let lineas = 1;
  let ocupado = 0;
  for (const palabra of texto.split(/\s+/).filter((p) => p !== "")) {
    const necesita = ocupado === 0 ? palabra.length : ocupado + 1 + palabra.length;
    if (necesita <= capacidad) {
      ocupado = necesita;
      continue;
    }
    if (ocupado > 0) lineas++;
    lineas += Math.ceil(palabra.length / capacidad) - 1;
    ocupado = palabra.length % capacidad || capacidad;
  }
  return lineas;
}

/** Points for `texto` wrapped at `ancho` characters, or null when one line holds it. */
export function altoAjustado(texto: string, ancho: number): number | null {
  const lineas = lineasAjustadas(texto, ancho);
  return lineas > 1 ? lineas * PUNTOS_POR_LINEA : null;
}
