/**
 * The budget tables of the Presupuesto sheet (SPEC §5.9): one row shape for groups, budget sheet
 * rows and totals, the figures' columns, and the 70 % classification and > 100 % flag coloured.
 */
import type { Consolidacion, Grupo, PresupuestoCalculado } from "../../calculo/tipos";
import { direccion } from "../../grid/direccion";
import { TOTAL_PLAN } from "./columnasGrupo";
import type { HojaEnConstruccion } from "./hoja";
import { escribirTabla, type ColumnaTabla, type TablaEscrita } from "./tablaDatos";

export const UMBRAL_PRESUPUESTO = 0.7;
export const ALTA = "≥ 70 %";
export const BAJA = "< 70 %";
export const SOBRE_EJECUCION = "Supera lo presupuestado";

export function clasificacion(pct: number | null): string | null {
  if (pct === null) return null;
  return pct >= UMBRAL_PRESUPUESTO ? ALTA : BAJA;
}

/** Never capped (SPEC §5.9): an execution beyond the appropriation is said, not hidden. */
function alerta(pct: number | null): string | null {
  return pct !== null && pct > 1 ? SOBRE_EJECUCION : null;
}

/** One row of a budget table: a group, a budget sheet's row, or a total. */
export interface FilaTabla {
  readonly codigo: string | null;
  readonly nombre: string;
  readonly presupuesto: PresupuestoCalculado | null;
  readonly participacion: number | null;
  /** The matrix group beside it (its physical execution); null for a row that joined none. */
  readonly grupo: Pick<Grupo, "nombre" | "pctVigencia"> | null;
  /** A budget sheet's row: the group it joined, as the «Grupo de la matriz» column says it. */
  readonly union?: string;
  readonly destino?: { readonly hoja: string; readonly destino: string } | null;
}

/** The figures, between a table's label columns and its physical % (`grupoMatriz`: a budget sheet's «Grupo de la matriz»). */
export function columnasPresupuesto(etiquetas: readonly ColumnaTabla<FilaTabla>[], grupoMatriz: boolean): ColumnaTabla<FilaTabla>[] {
  return [
    ...etiquetas,
    { encabezado: "Presupuestado", valor: (f) => f.presupuesto?.programado ?? null, formato: "#,##0" },
    { encabezado: "Ejecutado (compromisos)", valor: (f) => f.presupuesto?.ejecutado ?? null, formato: "#,##0" },
    { encabezado: "Pagos", valor: (f) => f.presupuesto?.pagos ?? null, formato: "#,##0" },
    { encabezado: "Participación", valor: (f) => f.participacion, formato: "0.0%" },
    { encabezado: "% ejecución presupuestal", valor: (f) => f.presupuesto?.pct ?? null, formato: "0.0%" },
    { encabezado: "Clasificación", valor: (f) => clasificacion(f.presupuesto?.pct ?? null) },
    ...(grupoMatriz ? [{ encabezado: "Grupo de la matriz", valor: (f: FilaTabla) => f.union ?? null }] : []),
    { encabezado: "% ejecución física", valor: (f) => f.grupo?.pctVigencia ?? null, formato: "0.0%", semaforo: "porcentaje" },
    { encabezado: "Alerta", valor: (f) => alerta(f.presupuesto?.pct ?? null) },
  ];
}

/** The totals row: the level's or the sheet's budget beside the plan's physical %. */
export function totalDe(c: Consolidacion, total: PresupuestoCalculado | null): FilaTabla | undefined {
  return total === null ? undefined : { codigo: null, nombre: TOTAL_PLAN, presupuesto: total, participacion: null, grupo: c.plan };
}

export function seccion(h: HojaEnConstruccion, fila: number, titulo: string): number {
  h.bloque(fila, 0, [[titulo]], { medirAncho: false });
  h.estilo({ rango: direccion(fila, 0), negrita: true, tamano: 13 });
  return fila + 1;
}

export function escribirTablaPresupuesto(
  h: HojaEnConstruccion,
  c: Consolidacion,
  fila: number,
  nombreTabla: string,
  columnas: readonly ColumnaTabla<FilaTabla>[],
  filas: readonly FilaTabla[],
  total: FilaTabla | undefined,
): TablaEscrita {
  const t = escribirTabla(h, { fila, columna: 0, nombre: nombreTabla, columnas, filas, semaforo: c.parametros.semaforo, ...(total ? { totales: total } : {}) });
  if (filas.length > 0) {
    const rango = t.rangoDe("Clasificación").rango;
    h.condicional({ tipo: "texto", rango, igualA: ALTA, relleno: "#C6EFCE", colorFuente: "#006100" });
    h.condicional({ tipo: "texto", rango, igualA: BAJA, relleno: "#FFC7CE", colorFuente: "#9C0006" });
    h.condicional({ tipo: "texto", rango: t.rangoDe("Alerta").rango, igualA: SOBRE_EJECUCION, relleno: "#FFC7CE", colorFuente: "#9C0006" });
  }
  return t;
}
