/**
 * The payload one sync may carry (not a meta's presupuesto: the web limit of a request). Excel on the web refuses requests or responses above 5 MB
 * (../shared/reference/office-addin-notes.md §3.2, docs-reference#354). Steps count the envelope Office.js adds around
 * each call (an action and an object path, ~150 bytes; simulador/opciones BYTES_POR_ACCION), so
 * the budget keeps a 14 % margin below 5 MiB for what that estimate misses.
 */
export const CARGA_POR_SYNC = 4_500_000;

/** JSON size of a value, as it travels in the request. */
export function bytesJson(v: unknown): number {
  return JSON.stringify(v ?? null).length;
}

/** Split rows into consecutive runs whose JSON stays under `carga` (at least one row each). */
export function partirFilas<T>(filas: readonly T[], carga: number): { desde: number; filas: T[] }[] {
  const trozos: { desde: number; filas: T[] }[] = [];
  let actual: T[] = [];
  let desde = 0;
  let bytes = 0;
  filas.forEach((f, i) => {
    const b = bytesJson(f) + 1;
    if (actual.length > 0 && bytes + b > carga) {
      trozos.push({ desde, filas: actual });
      actual = [];
      desde = i;
      bytes = 0;
    }
    actual.push(f);
    bytes += b;
  });
  if (actual.length > 0) trozos.push({ desde, filas: actual });
  return trozos;
}
