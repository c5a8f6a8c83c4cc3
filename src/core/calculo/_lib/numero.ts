/** es-CO number text for status phrases and messages: comma decimal, dot thousands. */

/** Thousands dots on the digits of an integer part (hand-rolled: this runs for every meta). */
function conMiles(entera: string): string {
  if (entera.length <= 3) return entera;
  const primero = entera.length % 3 || 3;
  let s = entera.slice(0, primero);
  for (let i = primero; i < entera.length; i += 3) s += `.${entera.slice(i, i + 3)}`;
  return s;
}

/** `formatearNumero(1234.5, 2)` → "1.234,5" (trailing zeros dropped). */
export function formatearNumero(valor: number, decimales: number): string {
  const fijo = Math.abs(valor).toFixed(decimales);
  const punto = fijo.indexOf(".");
  const entera = punto < 0 ? fijo : fijo.slice(0, punto);
  let fin = fijo.length;
  if (punto >= 0) {
    while (fin > punto + 1 && fijo.charCodeAt(fin - 1) === 48) fin--;
    if (fin === punto + 1) fin = punto;
  }
  const dec = punto >= 0 && fin > punto ? `,${fijo.slice(punto + 1, fin)}` : "";
  const signo = valor < 0 && Number(fijo) !== 0 ? "-" : "";
  return `${signo}${conMiles(entera)}${dec}`;
}

/** A fraction as es-CO percentage text: `formatearPorcentaje(0.0426)` → "4,26 %". */
export function formatearPorcentaje(fraccion: number, decimales = 2): string {
  return `${formatearNumero(fraccion * 100, decimales)} %`;
}
