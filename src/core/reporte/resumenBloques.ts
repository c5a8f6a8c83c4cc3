/** Blocks of the Resumen: doubtful recognition, metas per semáforo level and the sources read. */
import { SIN_DATO } from "../calculo/semaforo";
import type { Consolidacion } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { describirTablaPresupuesto } from "../matriz/tablaPresupuesto";
import type { HojaReconocida } from "../matriz/tipos";
import { COLORES_SEVERIDAD } from "./hojaHallazgos";
import type { RangoHoja } from "./plan";
import { aA1 } from "../grid/rango";
import type { HojaEnConstruccion } from "./_lib/hoja";
import { escribirSeccion } from "./_lib/seccion";
import { colorFuentePara, nivelesEnOrden } from "./_lib/semaforo";
import { escribirTabla } from "./_lib/tablaDatos";
import { mayusculaInicial } from "./_lib/textos";
import { destinoEnLibro } from "./_lib/vinculos";

export const TITULO_DUDAS = "Reconocimiento dudoso";
/** The advertencia fill of Hallazgos: the same warning looks the same on both sheets. */
const RELLENO_DUDA = COLORES_SEVERIDAD.advertencia;

/** One A-RECONOCIMIENTO-DUDOSO finding: the sheet, what is doubtful and the cell it points at. */
export interface DudaReconocimiento {
  readonly archivo: string | null;
  readonly hoja: string;
  readonly motivo: string;
  readonly celda: string | null;
}

/**
 * The A-RECONOCIMIENTO-DUDOSO findings in finding order (SPEC §3.6), read the same way by the
 * Resumen and the task pane. The reason is the finding's `motivo`; the full message when absent.
 * @example dudasDeReconocimiento(c.hallazgos) → [{ hoja: "PDM", motivo: "no hay columna de ejecutado", celda: "A6" }]
 */
export function dudasDeReconocimiento(hallazgos: readonly Hallazgo[]): DudaReconocimiento[] {
  return hallazgos
    .filter((x) => x.codigo === "A-RECONOCIMIENTO-DUDOSO")
    .map((x) => ({ archivo: x.archivo, hoja: x.hoja ?? "(libro)", motivo: String(x.params.motivo ?? x.mensaje), celda: x.celda }));
}

/**
 * "Reconocimiento dudoso" (SPEC §3.6: shown before any figure): one row per doubtful sheet and
 * reason, the sheet's name linked to the finding's cell as on Hallazgos. Writes nothing when
 * recognition is sure; returns the first free row after the block and one blank row.
 */
export function bloqueDudas(h: HojaEnConstruccion, fila: number, c: Consolidacion): number {
  const dudas = dudasDeReconocimiento(c.hallazgos);
  if (dudas.length === 0) return fila;
  // Not measured: a long reason would widen column B, the values column of every other section.
  h.bloque(fila, 0, [[TITULO_DUDAS, null]], { medirAncho: false });
  h.encabezado(aA1({ fila1: fila, columna1: 0, fila2: fila, columna2: 1 }));
  h.bloque(
    fila + 1,
    0,
    dudas.map((d) => [d.hoja, d.motivo]),
    { medirAncho: false },
  );
  h.estilo({
    rango: aA1({ fila1: fila + 1, columna1: 0, fila2: fila + dudas.length, columna2: 1 }),
    relleno: RELLENO_DUDA,
    colorFuente: colorFuentePara(RELLENO_DUDA),
  });
  dudas.forEach((d, i) => {
    const v = destinoEnLibro(c, d);
    if (v) h.vinculo({ celda: direccion(fila + 1 + i, 0), hoja: v.hoja, destino: v.destino, info: `Ir a ${v.hoja}!${v.destino}` });
  });
  return fila + dudas.length + 2;
}

/**
 * Every level of the preset (top first), then Sin reporte and Sin programación, with its count of
 * metas (0 when none); "Sin dato" (a % that could not be computed) only when some meta has it.
 */
export function bloqueSemaforo(
  h: HojaEnConstruccion,
  fila: number,
  c: Consolidacion,
): { niveles: string[]; categorias: RangoHoja; valores: RangoHoja; siguiente: number } {
  const k = c.plan.conteos.porSemaforo;
  const filas = nivelesEnOrden(c.parametros.semaforo)
    .filter((nivel) => nivel !== SIN_DATO || (k[nivel] ?? 0) > 0)
    .map((nivel) => ({ nivel, metas: k[nivel] ?? 0 }));
  const t = escribirTabla(h, {
    fila,
    columna: 0,
    nombre: "Seg_Metas_Semaforo",
    semaforo: c.parametros.semaforo,
    filas,
    columnas: [
      { encabezado: "Nivel de semáforo", valor: (x) => x.nivel, semaforo: "nivel" },
      { encabezado: "Metas", valor: (x) => x.metas, formato: "#,##0" },
    ],
  });
  return { niveles: filas.map((x) => x.nivel), categorias: t.rangoDe("Nivel de semáforo"), valores: t.rangoDe("Metas"), siguiente: fila + filas.length + 2 };
}

function observacion(x: HojaReconocida): string | null {
  if (x.duplicadaDe !== null) return `Repite las metas de «${x.duplicadaDe}»: se cuentan una sola vez`;
  if (x.vigenciaTomadaDe) return `Otra vista del mismo plan: esta vigencia se toma de «${x.vigenciaTomadaDe}»`;
  if (x.presupuesto) return mayusculaInicial(describirTablaPresupuesto(x.presupuesto));
  return x.reconocida ? null : "Hoja sin matriz";
}

/** Files read and, per sheet, whether a matrix was found, its header row and its metas. */
export function bloqueFuentes(h: HojaEnConstruccion, fila: number, c: Consolidacion): number {
  const archivos = c.archivos.length > 0 ? c.archivos : ["(libro abierto)"];
  const s = escribirSeccion(
    h,
    fila,
    "Fuentes leídas",
    archivos.map((a, i) => ({ etiqueta: i === 0 ? "Archivos" : "", valor: a })),
  );
  const t = escribirTabla(h, {
    fila: s.siguiente,
    columna: 0,
    nombre: "Seg_Fuentes",
    semaforo: c.parametros.semaforo,
    filas: c.hojas,
    columnas: [
      { encabezado: "Hoja", valor: (x) => x.hoja },
      { encabezado: "Matriz reconocida", valor: (x) => (x.reconocida ? "Sí" : "No") },
      { encabezado: "Fila de encabezado", valor: (x) => x.filaEncabezado, formato: "0" },
      { encabezado: "Metas", valor: (x) => x.metas, formato: "#,##0" },
      { encabezado: "Observación", valor: (x) => observacion(x), ancho: 45 },
      { encabezado: "Archivo", valor: (x) => x.archivo },
    ],
  });
  return t.filaFin + 3;
}
