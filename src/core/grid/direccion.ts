/** Excel A1 addresses from 0-based indexes and back. */

/** Column letters: `letraColumna(0)` → "A", `letraColumna(27)` → "AB". */
export function letraColumna(columna: number): string {
  let n = columna + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based column from letters: `indiceColumna("AB")` → 27. */
export function indiceColumna(letras: string): number {
  let n = 0;
  for (const ch of letras.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `direccion(16, 3)` → "D17". */
export function direccion(fila: number, columna: number): string {
  return `${letraColumna(columna)}${fila + 1}`;
}

/** `rango(0, 0, 9, 3)` → "A1:D10" (inclusive corners). */
export function rango(fila1: number, columna1: number, fila2: number, columna2: number): string {
  return `${direccion(fila1, columna1)}:${direccion(fila2, columna2)}`;
}

/** "D17" → { fila: 16, columna: 3 }; throws RangeError on anything else. */
export function parseDireccion(a1: string): { fila: number; columna: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m || !m[1] || !m[2]) throw new RangeError(`Dirección inválida: ${a1}`);
  return { fila: Number(m[2]) - 1, columna: indiceColumna(m[1]) };
}
