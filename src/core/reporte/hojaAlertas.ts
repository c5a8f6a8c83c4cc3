/** "Alertas" (SPEC §6): every alert with its values and a link to the cell it is about. */
import type { Consolidacion } from "../calculo/tipos";
import type { HojaPlan } from "./plan";
import { alertas, metasPorBanda, type Alerta, type MetaEnBanda } from "./alertas";
import { HojaEnConstruccion } from "./_lib/hoja";
import { direccion } from "../grid/direccion";
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

export const NOMBRE_TABLA_RANGOS = "Seg_Alertas_Rangos";

/** The band table: one row per reported meta, by band, dependency and its top nivel (the `umbralesAlerta` setting). */
function columnasRangos(c: Consolidacion): ColumnaTabla<MetaEnBanda>[] {
  const nivel = c.niveles[0];
  return [
    { encabezado: "Rango de cumplimiento", valor: (x) => x.banda.etiqueta },
    { encabezado: "Dependencia", valor: (x) => x.meta.meta.dependencia },
    ...(nivel === undefined
      ? []
      : [
          {
            encabezado: nivel.charAt(0).toUpperCase() + nivel.slice(1),
            valor: (x: MetaEnBanda) => x.meta.meta.niveles.find((n) => n.nivel === nivel)?.nombre ?? null,
          },
        ]),
    { encabezado: "Código", valor: (x) => x.meta.meta.codigo },
    { encabezado: "Meta", valor: (x) => x.meta.meta.nombre, ancho: 50 },
    { encabezado: "% vigencia", valor: (x) => x.meta.pctVigencia.bruto, formato: "0.0%", semaforo: "porcentaje" },
  ];
}

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
  const t = escribirTabla(h, { fila: FILA_ENCABEZADO, columna: 0, nombre: NOMBRE_TABLA_ALERTAS, columnas, filas, semaforo: c.parametros.semaforo });
  h.congelar(FILA_ENCABEZADO + 1, 1);
  const rangos = metasPorBanda(c);
  if (rangos.length > 0) {
    const fila = t.filaFin + 3;
    h.bloque(fila, 0, [["Metas por rango de cumplimiento"]], { medirAncho: false });
    h.estilo({ rango: direccion(fila, 0), negrita: true, tamano: 13 });
    escribirTabla(h, { fila: fila + 1, columna: 0, nombre: NOMBRE_TABLA_RANGOS, columnas: columnasRangos(c), filas: rangos, semaforo: c.parametros.semaforo });
  }
  return h.construir();
}
