/** Two tables of the Resumen: metas per semáforo level and the sources read. */
import { SIN_DATO } from "../calculo/semaforo";
import type { Consolidacion } from "../calculo/tipos";
import type { HojaReconocida } from "../matriz/tipos";
import type { RangoHoja } from "./plan";
import type { HojaEnConstruccion } from "./_lib/hoja";
import { escribirSeccion } from "./_lib/seccion";
import { nivelesEnOrden } from "./_lib/semaforo";
import { escribirTabla } from "./_lib/tablaDatos";

/**
 * Every level of the preset (top first), then Sin reporte and Sin programación, with its count of
 * metas (0 when none); "Sin dato" (a % that could not be computed) only when some meta has it.
 */
export function bloqueSemaforo(h: HojaEnConstruccion, fila: number, c: Consolidacion): { niveles: string[]; categorias: RangoHoja; valores: RangoHoja; siguiente: number } {
  const k = c.plan.conteos.porSemaforo;
  const filas = nivelesEnOrden(c.parametros.semaforo)
    .filter((nivel) => nivel !== SIN_DATO || (k[nivel] ?? 0) > 0)
    .map((nivel) => ({ nivel, metas: k[nivel] ?? 0 }));
  const t = escribirTabla(h, {
    fila, columna: 0, nombre: "Seg_Metas_Semaforo", semaforo: c.parametros.semaforo, filas,
    columnas: [
      { encabezado: "Nivel de semáforo", valor: (x) => x.nivel, semaforo: "nivel" },
      { encabezado: "Metas", valor: (x) => x.metas, formato: "#,##0" },
    ],
  });
  return { niveles: filas.map((x) => x.nivel), categorias: t.rangoDe("Nivel de semáforo"), valores: t.rangoDe("Metas"), siguiente: fila + filas.length + 2 };
}

function observacion(x: HojaReconocida): string | null {
  if (x.duplicadaDe !== null) return `Repite las metas de «${x.duplicadaDe}»: se cuentan una sola vez`;
  return x.reconocida ? null : "Hoja sin matriz";
}

/** Files read and, per sheet, whether a matrix was found, its header row and its metas. */
export function bloqueFuentes(h: HojaEnConstruccion, fila: number, c: Consolidacion): number {
  const archivos = c.archivos.length > 0 ? c.archivos : ["(libro abierto)"];
  const s = escribirSeccion(h, fila, "Fuentes leídas", archivos.map((a, i) => ({ etiqueta: i === 0 ? "Archivos" : "", valor: a })));
  const t = escribirTabla(h, {
    fila: s.siguiente, columna: 0, nombre: "Seg_Fuentes", semaforo: c.parametros.semaforo, filas: c.hojas,
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
