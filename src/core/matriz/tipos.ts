/**
 * What recognition (SPEC §3) and value reading (SPEC §4) produce: the matrix of each sheet,
 * its columns and its metas with parsed values. Plain data; no computation here.
 */
import type { Hallazgo } from "../hallazgos/hallazgo";

/** Canonical fields of SPEC §3.2. */
export type Campo =
  | "meta"
  | "codigo"
  | "unidad"
  | "tipo"
  | "lineaBase"
  | "metaCuatrienio"
  | "programado"
  | "ejecutado"
  | "reportado"
  | "dependencia"
  | "nivel"
  | "ponderacion"
  | "presupuestoProgramado"
  | "presupuestoEjecutado"
  | "presupuestoPagos"
  | "observaciones"
  | "acumuladoAnterior"
  /** Long layouts (SPEC §3.2): the column holding each row's year, and its quarter. */
  | "vigencia"
  | "periodo"
  /** Levels written as rows (SPEC §3.4): the column telling a row's level (E, P, M; Eje, Programa…). */
  | "clase";

/**
 * How a programado/ejecutado column relates to its year (SPEC §3.2 precedence):
 * "total" = explicit year total (TOTAL PLANEADO 2024), "trimestre" = one quarter,
 * "anual" = the plan's annual target / plain year value (META 2024, AVANCE META 2024),
 * "corte" = programado/ejecutado al corte.
 */
export type Variante = "total" | "trimestre" | "anual" | "corte";

export type Trimestre = 1 | 2 | 3 | 4;

export interface ColumnaReconocida {
  /** 0-based column index and its letters ("AR"). */
  readonly columna: number;
  readonly letra: string;
  readonly campo: Campo;
  readonly anio: number | null;
  readonly trimestre: Trimestre | null;
  readonly variante: Variante | null;
  /** For campo "nivel" (and its "ponderacion"): eje, programa, objetivo… (lower-case Spanish). */
  readonly nivel: string | null;
  /** Header text as written (both rows joined for two-row headers). */
  readonly encabezado: string;
  /**
   * Why this field was chosen (SPEC §3.6): the evidence in a short Spanish phrase, the runner-up
   * and whether the choice went against contrary evidence. Absent on columns built by hand in tests.
   */
  readonly evidencia?: EvidenciaColumna;
}

/** The evidence behind one column's field (SPEC §3.6), shown in the Matriz view. */
export interface EvidenciaColumna {
  /** Short Spanish phrase: "encabezado «META 2024» (programado); 96 % números". */
  readonly motivo: string;
  /** Score of the chosen field (0–1 after normalising; higher is surer). */
  readonly puntaje: number;
  /** The second-best reading of the column, when there was one. */
  readonly alternativa: { readonly descripcion: string; readonly puntaje: number } | null;
  /** Chosen against contrary evidence (its cells or words argue for something else). */
  readonly dudosa: boolean;
}

/**
 * How a sheet's quarterly values relate to the year (SPEC §4): "periodo" = each quarter's own
 * amount (they add up), "acumuladoAnio" = figures to date within the year (the year's value is
 * the last quarter reported).
 */
export type LecturaTrimestral = "periodo" | "acumuladoAnio";

/** Where a sheet's dependency names come from (SPEC §3.3). */
export type FuenteDependencia = "columna" | "filasGrupo" | "etiqueta" | "nombreHoja" | "ninguna";

/** A number read from a cell, with what the cell held (SPEC §4). */
export interface Dato {
  /** Parsed number; null when blank, ND, NA or not numeric. */
  readonly valor: number | null;
  readonly estado: "numero" | "vacio" | "ND" | "NA" | "invalido";
  /** A1 address of the cell it was read from ("" when derived, e.g. a sum of quarters). */
  readonly celda: string;
}

export interface ValoresAnio {
  readonly anio: number;
  /** Programado of the year after the precedence of SPEC §3.2 (total > quarters > annual target). */
  readonly programado: Dato;
  readonly ejecutado: Dato;
  /** The plan's annual target (META 2024 / VALOR ESPERADO 2024), kept for §5.5. */
  readonly metaAnio: Dato | null;
  /** Quarters T1..T4 (index 0..3), null when the matrix has no such column. */
  readonly programadoTrimestres: readonly (Dato | null)[];
  readonly ejecutadoTrimestres: readonly (Dato | null)[];
  /** "Programación al corte" / "Magnitud ejecutada al corte" columns, when present. */
  readonly programadoCorte: Dato | null;
  readonly ejecutadoCorte: Dato | null;
}

/** A level of the plan hierarchy on one meta's row (eje → programa → …), top-down. */
export interface NivelMeta {
  readonly nivel: string;
  readonly codigo: string | null;
  readonly nombre: string;
  /** Weight of this node within its parent (PONDERADOR EJE …), as a fraction. */
  readonly peso: number | null;
}

/** A % column the matrix computes itself, read only to compare (SPEC §3.2, A-DISCREPANCIA-REPORTADO). */
export interface Reportado {
  readonly anio: number | null;
  /** "vigencia" = % of the year; "cuatrienio" = % of the plan. */
  readonly alcance: "vigencia" | "cuatrienio";
  /** As a fraction (0.5 = 50 %); text "50%" is parsed. */
  readonly valor: number | null;
  readonly celda: string;
}

export interface PresupuestoMeta {
  readonly anio: number | null;
  readonly programado: Dato | null;
  readonly ejecutado: Dato | null;
  readonly pagos: Dato | null;
}

export type TipoAcumulacion = "SUMA" | "CONSTANTE" | "CRECIENTE" | "DECRECIENTE";

/** One meta (row) of a matrix with its values read. */
export interface MetaLeida {
  /** Stable id: `${archivo ?? ""}|${hoja}|${fila}`. */
  readonly id: string;
  readonly archivo: string | null;
  readonly hoja: string;
  /** 1-based Excel row number. */
  readonly fila: number;
  /** A long layout's meta (SPEC §3.2): its 1-based rows, one per year or quarter; absent when `fila` is its only row. */
  readonly filasLargas?: readonly number[];
  readonly codigo: string | null;
  readonly nombre: string;
  readonly unidad: string | null;
  /** As first written in the workbook; compare with normalizarNombre(). */
  readonly dependencia: string;
  readonly niveles: readonly NivelMeta[];
  readonly tipo: TipoAcumulacion;
  /** The tipo text as found (null when no tipo column). */
  readonly tipoTexto: string | null;
  readonly lineaBase: Dato | null;
  readonly metaCuatrienio: Dato | null;
  /** Meta-level weight (PONDERACIÓN / PESO), as a fraction or raw number. */
  readonly ponderacion: number | null;
  /**
   * Values per year, ascending by year (find one with valoresDelAnio). A list, not a record keyed
   * "2024": year keys are array indexes to V8, which stores them in a dictionary per meta, and at
   * 50,000 metas those dictionaries were a third of the memory recognition keeps.
   */
  readonly anios: readonly ValoresAnio[];
  /** "Acumulado vigencias anteriores", when the matrix holds a single vigencia. */
  readonly acumuladoAnterior: Dato | null;
  readonly reportados: readonly Reportado[];
  readonly presupuesto: readonly PresupuestoMeta[];
  readonly observacion: string | null;
  /** A1 address of the meta's name cell (links from Alertas/Datos land here). */
  readonly celdaNombre: string;
  /** Its quarters are figures to date within the year (SPEC §4): at a corte, the last one counts. */
  readonly trimestresALaFecha: boolean;
  /**
   * Its sheet has no ejecutado column (SPEC §3.6): its execution is unknown, not "sin reporte" —
   * no figure of the vigencia is made up for it (A-RECONOCIMIENTO-DUDOSO says why).
   */
  readonly sinColumnaEjecutado: boolean;
}

export interface HojaReconocida {
  readonly hoja: string;
  readonly archivo: string | null;
  readonly reconocida: boolean;
  /** 1-based header row (the lower row of a two-row header); null when no matrix. */
  readonly filaEncabezado: number | null;
  readonly columnas: readonly ColumnaReconocida[];
  /**
   * Header texts not consolidated, with why (SPEC §3.6): matched nothing ("columna no reconocida",
   * information only), lost to a better column of the same field, or left out of the matrix block.
   */
  readonly noReconocidas: readonly { readonly letra: string; readonly encabezado: string; readonly motivo?: string }[];
  readonly fuenteDependencia: FuenteDependencia;
  /** Vigencia and corte read from the title rows, when present. */
  readonly vigenciaTitulo: number | null;
  readonly corteTitulo: Corte | null;
  readonly metas: number;
  /** Set when this sheet repeats the metas of another one (A-HOJA-DUPLICADA); its metas are dropped. */
  readonly duplicadaDe: string | null;
  /**
   * Columns of a second matrix set beside the first one on the same rows (it repeats the
   * hierarchy or the meta columns after the values, e.g. Plan de Acción | Plan de Desarrollo):
   * not read. Absent when there is none.
   */
  readonly bloqueParalelo?: { readonly desde: string; readonly hasta: string };
  /** The reading of the sheet's quarterly columns (SPEC §4); absent when it has none. */
  readonly lecturaTrimestral?: { readonly lectura: LecturaTrimestral; readonly motivo: string };
  /** The vigencia the sheet is specific to (its name or title names one year, SPEC §3.5). */
  readonly vigenciaHoja?: number | null;
  /**
   * When this sheet is a view of a plan another sheet also holds (SPEC §3.5): the sheets whose
   * metas it repeats. Its metas count only for the vigencias it is the view for.
   */
  readonly vistaDe?: readonly string[];
  /**
   * Set on a view not consolidated for the vigencia asked (SPEC §3.5): the view its metas are
   * taken from instead. Its `metas` is then 0 and its doubts do not apply.
   */
  readonly vigenciaTomadaDe?: string;
  /** What recognition doubts on this sheet (A-RECONOCIMIENTO-DUDOSO), in Spanish; empty when sure. */
  readonly dudas?: readonly string[];
  /** Set when the sheet is no matrix but a budget table (SPEC §5.9): its rows. `reconocida` stays false. */
  readonly presupuesto?: TablaPresupuesto;
}

/** A separate budget sheet (SPEC §5.9): one row per sector, dependency, programa or project, no metas. */
export interface TablaPresupuesto {
  /** What a row is, from its label column: "sector", "dependencia", "programa", "proyecto"… */
  readonly por: string;
  readonly filas: readonly FilaPresupuesto[];
}

export interface FilaPresupuesto {
  /** 1-based Excel row number. */
  readonly fila: number;
  /** A1 address of the row's label cell. */
  readonly celda: string;
  readonly codigo: string | null;
  readonly nombre: string;
  /** The row's other labels (the sector beside a project), by what they name; tried for the join after its own. */
  readonly otras: readonly { readonly por: string; readonly nombre: string }[];
  readonly presupuesto: readonly PresupuestoMeta[];
}

/** A cut date: an ISO date and, when the cut is a quarter, the quarter. */
export interface Corte {
  readonly fecha: string;
  readonly trimestre: Trimestre | null;
}

/** User corrections of the recognition (SPEC §3.5), saved in the workbook settings. */
export interface CorreccionHoja {
  readonly hoja: string;
  readonly filaEncabezado?: number;
  /** Overrides by column letter; `campo: null` ignores the column. */
  readonly columnas?: Readonly<
    Record<string, { campo: Campo | null; anio?: number | null; trimestre?: Trimestre | null; variante?: Variante | null; nivel?: string | null }>
  >;
  readonly ignorar?: boolean;
  /** The quarterly reading chosen by the user (SPEC §4), over the detected one. */
  readonly lecturaTrimestral?: LecturaTrimestral;
}

export interface Lectura {
  readonly hojas: readonly HojaReconocida[];
  readonly metas: readonly MetaLeida[];
  readonly hallazgos: readonly Hallazgo[];
  /** Distinct years found in headers, ascending. */
  readonly anios: readonly number[];
}
