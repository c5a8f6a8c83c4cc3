/** Columns grouped by what a row needs from them, built once per sheet (rows only index arrays). */
import type { ColumnaLeida, Columnas } from "./columnas";
import { CAMPOS_NUMERICOS } from "./descripcionCampo";

export interface ColumnasSerie {
  total: number | null;
  anual: number | null;
  corte: number | null;
  trimestres: (number | null)[];
}

export interface ColumnasNivel {
  readonly nivel: string;
  codigo: number | null;
  nombre: number | null;
  peso: number | null;
  readonly orden: number;
}

export interface PlanLectura {
  readonly meta: number | null;
  readonly indicador: number | null;
  readonly codigo: number | null;
  /**
   * The code column is the matrix's own key of its metas. A catalogue's code (MGA, shared by
   * several metas) or a column known as a code only by its cells is not: the name joins it.
   */
  readonly codigoClave: boolean;
  readonly unidad: number | null;
  readonly tipo: number | null;
  readonly lineaBase: number | null;
  readonly metaCuatrienio: number | null;
  readonly dependencia: number | null;
  readonly ponderacion: number | null;
  readonly acumuladoAnterior: number | null;
  readonly niveles: readonly ColumnasNivel[];
  readonly anios: readonly {
    readonly anio: number;
    readonly programado: ColumnasSerie;
    readonly ejecutado: ColumnasSerie;
    /** A total column and quarter columns exist: compare them (A-TOTAL-INCONSISTENTE). */
    readonly verificarTotales: boolean;
  }[];
  /**
   * Long layouts (SPEC §3.2): the columns holding each row's year and quarter, and the
   * programado/ejecutado columns whose header names no year (read as the row's year).
   */
  readonly vigenciaFila: number | null;
  readonly periodoFila: number | null;
  readonly sinAnio: { readonly programado: ColumnasSerie; readonly ejecutado: ColumnasSerie } | null;
  /** Levels written as rows (SPEC §3.4): the column telling a row's level. */
  readonly clase: number | null;
  readonly reportados: readonly ColumnaLeida[];
  readonly presupuesto: ReadonlyMap<number | null, { programado: number | null; ejecutado: number | null; pagos: number | null }>;
  /** Observaciones columns, best first. */
  readonly observaciones: readonly number[];
  /** Every numeric column (for "a meta has at least one numeric or blank field"). */
  readonly numericas: readonly ColumnaLeida[];
}

function serieVacia(): ColumnasSerie {
  return { total: null, anual: null, corte: null, trimestres: [null, null, null, null] };
}

function conTotalYTrimestres(s: ColumnasSerie): boolean {
  return s.total !== null && s.trimestres.some((t) => t !== null);
}

function ubicar(s: ColumnasSerie, c: ColumnaLeida): void {
  if (c.variante === "trimestre" && c.trimestre !== null) s.trimestres[c.trimestre - 1] = c.columna;
  else if (c.variante === "total") s.total = c.columna;
  else if (c.variante === "corte") s.corte = c.columna;
  else s.anual = c.columna;
}

export function planificarLectura(cols: Columnas): PlanLectura {
  const uno = (campo: string): number | null => cols.usadas.find((c) => c.campo === campo && c.nivel === null)?.columna ?? null;
  const meta = uno("meta");
  const indicador = cols.secundarias.find((c) => c.campo === "meta")?.columna ?? null;
  const niveles = new Map<string, ColumnasNivel>();
  const anios = new Map<number, { programado: ColumnasSerie; ejecutado: ColumnasSerie }>();
  const presupuesto = new Map<number | null, { programado: number | null; ejecutado: number | null; pagos: number | null }>();
  const sinAnio = { programado: serieVacia(), ejecutado: serieVacia() };
  let haySinAnio = false;
  for (const c of cols.usadas) {
    if (c.campo === "nivel" && c.nivel) {
      const n = niveles.get(c.nivel) ?? { nivel: c.nivel, codigo: null, nombre: null, peso: null, orden: c.columna };
      if (c.rol === "codigo") n.codigo ??= c.columna;
      else n.nombre ??= c.columna;
      niveles.set(c.nivel, n);
    } else if ((c.campo === "programado" || c.campo === "ejecutado") && c.anio !== null) {
      const a = anios.get(c.anio) ?? { programado: serieVacia(), ejecutado: serieVacia() };
      ubicar(a[c.campo], c);
      anios.set(c.anio, a);
    } else if (c.campo === "programado" || c.campo === "ejecutado") {
      haySinAnio = true;
      ubicar(sinAnio[c.campo], c);
    } else if (c.campo === "presupuestoProgramado" || c.campo === "presupuestoEjecutado" || c.campo === "presupuestoPagos") {
      const p = presupuesto.get(c.anio) ?? { programado: null, ejecutado: null, pagos: null };
      const k = c.campo === "presupuestoProgramado" ? "programado" : c.campo === "presupuestoEjecutado" ? "ejecutado" : "pagos";
      p[k] = c.columna;
      presupuesto.set(c.anio, p);
    }
  }
  for (const c of cols.usadas) {
    const n = c.campo === "ponderacion" && c.nivel ? niveles.get(c.nivel) : undefined;
    if (n) n.peso = c.columna;
  }
  return {
    meta,
    indicador,
    codigo: uno("codigo"),
    codigoClave: cols.usadas.some((c) => c.campo === "codigo" && c.prioridad >= 2 && !/\bMGA\b/.test(c.base)),
    unidad: uno("unidad"),
    tipo: uno("tipo"),
    lineaBase: uno("lineaBase"),
    metaCuatrienio: uno("metaCuatrienio"),
    dependencia: uno("dependencia"),
    ponderacion: uno("ponderacion"),
    acumuladoAnterior: uno("acumuladoAnterior"),
    niveles: [...niveles.values()].sort((a, b) => a.orden - b.orden),
    anios: [...anios.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([anio, s]) => ({ anio, ...s, verificarTotales: conTotalYTrimestres(s.programado) || conTotalYTrimestres(s.ejecutado) })),
    vigenciaFila: uno("vigencia"),
    periodoFila: uno("periodo"),
    sinAnio: haySinAnio ? sinAnio : null,
    clase: uno("clase"),
    reportados: cols.usadas.filter((c) => c.campo === "reportado" && c.trimestre === null),
    presupuesto,
    observaciones: [...cols.usadas, ...cols.secundarias]
      .filter((c) => c.campo === "observaciones")
      .sort((a, b) => b.prioridad - a.prioridad)
      .map((c) => c.columna),
    numericas: cols.usadas.filter((c) => CAMPOS_NUMERICOS.has(c.campo)),
  };
}
