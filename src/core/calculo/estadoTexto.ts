/** The short "Estado" phrase of SPEC §5.10, as entities write it. */
import type { EstadoMeta } from "./tipos";
import { formatearPorcentaje } from "./_lib/numero";

/** ± 0,5 points around 100 % still reads "En cumplimiento". */
const TOLERANCIA = 0.005;

/**
 * @example estadoTexto("REPORTADA", 0.9574) → "Rezago del 4,26 %"
 * @example estadoTexto("REPORTADA", 1.76) → "Sobre ejecución del 76 %"
 */
export function estadoTexto(estado: EstadoMeta, pct: number | null): string {
  if (estado === "NO_PROGRAMADA") return "No programada";
  if (estado === "SIN_REPORTE" || pct === null) return "Sin reporte";
  if (Math.abs(pct - 1) <= TOLERANCIA + 1e-12) return "En cumplimiento";
  return pct < 1 ? `Rezago del ${formatearPorcentaje(1 - pct)}` : `Sobre ejecución del ${formatearPorcentaje(pct - 1)}`;
}
