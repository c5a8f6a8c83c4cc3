/** Spanish labels for parameters and levels, shared by the sheet modules. */
import type { ModoEsperado, ModoPonderacion, Tope } from "../../calculo/tipos";
import type { Corte } from "../../matriz/tipos";

export function textoTope(t: Tope): string {
  return t === "100" ? "Tope del 100 %" : "Sin tope";
}

export function textoEsperado(m: ModoEsperado): string {
  switch (m) {
    case "programacion":
      return "Por programación";
    case "anios-iguales":
      return "Años iguales (25 % por vigencia)";
    case "pesos":
      return "Pesos por año";
  }
}

export function textoPonderacion(m: ModoPonderacion): string {
  return m === "iguales" ? "Iguales por meta" : "Ponderación de la matriz";
}

export function textoCorte(c: Corte): string {
  return c.trimestre === null ? c.fecha : `T${c.trimestre} (${c.fecha})`;
}

/** "eje" → "Eje", "meta de resultado" → "Meta de resultado". */
export function mayusculaInicial(s: string): string {
  return s.charAt(0).toLocaleUpperCase("es") + s.slice(1);
}

/** An ISO date or date-time as an Excel serial number (days since 1899-12-30, UTC). */
export function serialExcel(iso: string): number | null {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}
