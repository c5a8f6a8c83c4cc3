/** "Alertas" (SPEC §6): every alert with its values and a link to the cell it is about. */
import type { Consolidacion } from "../calculo/tipos";
import type { HojaPlan } from "./plan";
import { alertas, type Alerta } from "./alertas";
import { HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { destinoEnLibro } from "./_lib/vinculos";

export const NOMBRE_TABLA_ALERTAS = "Seg_Alertas";
const FILA_ENCABEZADO = 3;

const COLUMNAS: readonly ColumnaTabla<Alerta>[] = [
  { encabezado: "Tipo de alerta", valor: (a) => a.tipo },
  { encabezado: "Dependencia", valor: (a) => a.meta?.meta.dependencia ?? null },
  { encabezado: "Código", valor: (a) => a.meta?.meta.codigo ?? null },
  { encabezado: "Meta", valor: (a) => a.meta?.meta.nombre ?? null, ancho: 50 },
  { encabezado: "Programado", valor: (a) => a.meta?.programado ?? null, formato: "General" },
  { encabezado: "Ejecutado", valor: (a) => a.meta?.ejecutado ?? null, formato: "General" },
  { encabezado: "% calculado", valor: (a) => a.pct, formato: "0.0%", semaforo: "porcentaje" },
  { encabezado: "% reportado en la matriz", valor: (a) => a.reportado, formato: "0.0%" },
  { encabezado: "Estado", valor: (a) => a.meta?.estadoTexto ?? null },
  { encabezado: "Hoja", valor: (a) => a.hoja },
  { encabezado: "Celda", valor: (a) => a.celda },
];

export function hojaAlertas(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("alertas", nombre);
  const filas = alertas(c);
  h.titulo(0, "Alertas de seguimiento");
  subtitulo(h, 1, c);
  if (filas.length === 0) {
    h.bloque(FILA_ENCABEZADO, 0, [["No hay alertas para la vigencia."]]);
    return h.construir();
  }
  const columnas = COLUMNAS.map((col) => (col.encabezado === "Celda" ? { ...col, vinculo: (a: Alerta) => destinoEnLibro(c, a) } : col));
  escribirTabla(h, { fila: FILA_ENCABEZADO, columna: 0, nombre: NOMBRE_TABLA_ALERTAS, columnas, filas, semaforo: c.parametros.semaforo });
  h.congelar(FILA_ENCABEZADO + 1, 1);
  return h.construir();
}
