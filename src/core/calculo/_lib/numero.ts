/** es-CO number text for status phrases and messages: comma decimal, dot thousands. */

/** Thousands dots on the digits of an integer part (hand-rolled: this runs for every meta). */
function conMiles(entera: string): string {
  if (entera.length <= 3) return entera;
  const primero = entera.length % 3 || 3;
  let s = entera.slice(0, primero);
  for (let i = primero; i < entera.length; i += 3) s += `.${entera.slice(i, i + 3)}`;
  return s;
}

/**
 * Where `toFixed` stops writing digits: from 1e21 it answers "1e+21", and "Infinity" beyond the
 * largest double — both once printed as "In.fin.ity %" (issue 12, probe 14).
 */
const LIMITE_FIJO = 1e21;

/** `formatearNumero(1234.5, 2)` → "1.234,5" (trailing zeros dropped); 1,7e308 → "1,7 × 10^308"; Infinity → "∞". */
export function formatearNumero(valor: number, decimales: number): string {
  if (Number.isNaN(valor)) return "indefinido";
  if (!Number.isFinite(valor)) return valor < 0 ? "-∞" : "∞";
  if (Math.abs(valor) >= LIMITE_FIJO) {
    const exponente = Math.floor(Math.log10(Math.abs(valor)));
    // the mantissa may round up to 10 (9,999e25 → "10"): say it as the next power
    const mantisa = formatearNumero(valor / 10 ** exponente, 2);
    return mantisa === "10" || mantisa === "-10" ? `${mantisa.startsWith("-") ? "-" : ""}1 × 10^${exponente + 1}` : `${mantisa} × 10^${exponente}`;
  }
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
