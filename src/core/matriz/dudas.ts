/**
 * What recognition doubts on a sheet (SPEC §3.6, A-RECONOCIMIENTO-DUDOSO): a field the
 * computation needs is missing, a column was chosen against contrary evidence, or nothing came
 * out of a recognised header. Said before any figure, in Spanish.
 */
import { describirCampo } from "./descripcionCampo";
import type { ColumnaLeida } from "./columnas";
import type { PlanLectura } from "./planLectura";

/** Fields whose misreading changes the figures. */
const DECISIVOS = new Set(["meta", "programado", "ejecutado", "metaCuatrienio", "dependencia"]);

export function dudasDeColumnas(usadas: readonly ColumnaLeida[], plan: PlanLectura, metas: number): string[] {
  const dudas: string[] = [];
  const conAnio = plan.anios.length > 0 || plan.vigenciaFila !== null;
  const hay = (campo: string): boolean => usadas.some((c) => c.campo === campo);
  if (hay("programado") && !hay("ejecutado")) dudas.push("no se encontró una columna de ejecutado: sus metas no tendrían reporte");
  else if (hay("ejecutado") && !hay("programado")) dudas.push("no se encontró una columna de programado: no hay contra qué medir lo ejecutado");
  else if ((hay("programado") || hay("ejecutado")) && !conAnio) {
    dudas.push("las columnas de programado y ejecutado no dicen a qué año corresponden (ni el encabezado, ni el título, ni el nombre de la hoja)");
  }
  if (metas === 0) dudas.push("el encabezado se reconoció pero ninguna fila se leyó como meta");
  for (const c of usadas) {
    const e = c.evidencia;
    if (!e?.dudosa || !DECISIVOS.has(c.campo) || c.puntaje >= 9) continue;
    const alternativa = e.alternativa ? `; la otra lectura era ${e.alternativa.descripcion}` : "";
    dudas.push(`la columna ${c.letra} se leyó como ${describirCampo(c)} (${e.motivo})${alternativa}`);
  }
  return dudas;
}
