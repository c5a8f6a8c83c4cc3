/** es-CO number text for status phrases and messages: comma decimal, dot thousands. */

/** `formatearNumero(1234.5, 2)` → "1.234,5" (trailing zeros dropped). */
export function formatearNumero(valor: number, decimales: number): string {
  const fijo = Math.abs(valor).toFixed(decimales);
  const [entera = "0", fraccion = ""] = fijo.split(".");
  const miles = entera.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  const dec = fraccion.replace(/0+$/, "");
  const signo = valor < 0 && Number(fijo) !== 0 ? "-" : "";
  return `${signo}${miles}${dec ? `,${dec}` : ""}`;
}

/** A fraction as es-CO percentage text: `formatearPorcentaje(0.0426)` → "4,26 %". */
export function formatearPorcentaje(fraccion: number, decimales = 2): string {
  return `${formatearNumero(fraccion * 100, decimales)} %`;
}
