/** "Alertas" (SPEC §6): every alert with its values and a link to the cell it is about. */
import type { Consolidacion } from "../calculo/tipos";
import type { HojaPlan } from "./plan";
import { alertas, bandasAlerta, conteosPorBanda, metasPorBanda, type Alerta, type BandaAlerta, type ConteoBandas, type MetaEnBanda } from "./alertas";
import { HojaEnConstruccion } from "./_lib/hoja";
import { direccion } from "../grid/direccion";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { mayusculaInicial } from "./_lib/textos";
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
export const NOMBRE_TABLA_RANGOS_DEPENDENCIA = "Seg_Alertas_Rangos_Dependencia";
/** The top nivel's counts (Prosperidad Social's table per estrategia). */
export const NOMBRE_TABLA_RANGOS_NIVEL = "Seg_Alertas_Rangos_Nivel";
export const ENCABEZADO_SOBRE_100 = "> 100 %";

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
            encabezado: mayusculaInicial(nivel),
            valor: (x: MetaEnBanda) => x.meta.meta.niveles.find((n) => n.nivel === nivel)?.nombre ?? null,
          },
        ]),
    { encabezado: "Código", valor: (x) => x.meta.meta.codigo },
    { encabezado: "Meta", valor: (x) => x.meta.meta.nombre, ancho: 50 },
    { encabezado: "% vigencia", valor: (x) => x.meta.pctVigencia.bruto, formato: "0.0%", semaforo: "porcentaje" },
  ];
}

/** One row per group of the nivel, its reported metas counted per band, and apart those above 100 %. */
function columnasConteos(etiqueta: string, bandas: readonly BandaAlerta[]): ColumnaTabla<ConteoBandas>[] {
  return [
    { encabezado: etiqueta, valor: (x) => x.grupo },
    ...bandas.map((b) => ({ encabezado: b.etiqueta, valor: (x: ConteoBandas) => x.porBanda[b.etiqueta] ?? 0, formato: "#,##0" })),
    // above 100 % overlaps the top band, as in the seeds' «≥ 100 %» and «> 100 %» lists
    { encabezado: ENCABEZADO_SOBRE_100, valor: (x) => x.sobreejecutadas, formato: "#,##0" },
  ];
}

export function hojaAlertas(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("alertas", nombre);
  const filas = alertas(c);
  h.titulo(0, "Alertas de seguimiento");
  subtitulo(h, 1, c);
  let fila: number;
  if (filas.length === 0) {
    h.bloque(FILA_ENCABEZADO, 0, [["No hay alertas para la vigencia."]]);
    fila = FILA_ENCABEZADO;
  } else {
    const columnas = COLUMNAS.map((col) => (col.encabezado === "Celda" ? { ...col, vinculo: (a: Alerta) => destinoEnLibro(c, a) } : col));
    fila = escribirTabla(h, { fila: FILA_ENCABEZADO, columna: 0, nombre: NOMBRE_TABLA_ALERTAS, columnas, filas, semaforo: c.parametros.semaforo }).filaFin;
    h.congelar(FILA_ENCABEZADO + 1, 1);
  }
  // The bands are the thresholds setting's own lists (issue 13): written whenever a band holds a meta,
  // even when no other alert is raised (every meta at 75–99 % is still the Secretaría General's list).
  const rangos = metasPorBanda(c);
  if (rangos.length === 0) return h.construir();
  const semaforo = c.parametros.semaforo;
  const bandas = bandasAlerta(c.parametros.umbralesAlerta);
  const porNivel = [
    ["dependencia", "Dependencia", NOMBRE_TABLA_RANGOS_DEPENDENCIA] as const,
    ...c.niveles.slice(0, 1).map((n) => [n, mayusculaInicial(n), NOMBRE_TABLA_RANGOS_NIVEL] as const),
  ];
  fila += 3;
  for (const [nivel, etiqueta, tabla] of porNivel) {
    const conteos = conteosPorBanda(c, nivel);
    if (conteos.length === 0) continue;
    fila = tituloBloque(h, fila, `Metas por rango de cumplimiento y ${nivel}`);
    fila = escribirTabla(h, { fila, columna: 0, nombre: tabla, columnas: columnasConteos(etiqueta, bandas), filas: conteos, semaforo }).filaFin + 3;
  }
  fila = tituloBloque(h, fila, "Metas por rango de cumplimiento");
  escribirTabla(h, { fila, columna: 0, nombre: NOMBRE_TABLA_RANGOS, columnas: columnasRangos(c), filas: rangos, semaforo });
  return h.construir();
}

/** A bold title at `fila`; returns the row below it. */
function tituloBloque(h: HojaEnConstruccion, fila: number, titulo: string): number {
  h.bloque(fila, 0, [[titulo]], { medirAncho: false });
  h.estilo({ rango: direccion(fila, 0), negrita: true, tamano: 13 });
  return fila + 1;
}
