/** Display formats of the pane (es-CO: decimal comma). */
const PORCENTAJE = new Intl.NumberFormat("es-CO", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ENTERO = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 0 });

/** `pct(0.804)` → "80,4 %"; null → "—". */
export function pct(v: number | null): string {
  return v === null ? "—" : PORCENTAJE.format(v);
}

export function entero(v: number): string {
  return ENTERO.format(v);
}

/** Grey for the two non-scored states of SPEC §5.8. */
export const GRIS_SIN_DATO = "#BDBDBD";

/** Black or white text, whichever reads better on `fondo` ("#RRGGBB"). */
export function colorTextoSobre(fondo: string): string {
  const n = Number.parseInt(fondo.replace("#", ""), 16);
  if (Number.isNaN(n)) return "#000000";
  const luminancia = 0.299 * ((n >> 16) & 255) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
  return luminancia > 150 ? "#000000" : "#FFFFFF";
}
