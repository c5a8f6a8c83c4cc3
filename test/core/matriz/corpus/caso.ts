/**
 * The shape of one golden case of the layout corpus (issue 10): a synthetic workbook that differs
 * from the others in ONE way real matrices differ, and what must come out of it, worked out by hand
 * from the numbers in the grid and the SPEC — never pasted from the engine's output.
 */
import type { Ajustes } from "../../../../src/core/calculo/tipos";
import type { Libro } from "../../../../src/core/grid/libro";
import type { LecturaTrimestral, TipoAcumulacion } from "../../../../src/core/matriz/tipos";

/**
 * One column in the corpus notation (see notacion.ts): the field, then the nivel, the year, the
 * quarter and the variant when they apply — "meta", "nivel programa", "programado 2024",
 * "ejecutado 2024 T3", "programado 2024 total", "reportado 2024", "vigencia" (the year column of a long layout).
 */
export type Notacion = string;

export interface HojaEsperada {
  readonly reconocida: boolean;
  /** 1-based; the lower row of a two-row header; null when the sheet holds no matrix. */
  readonly filaEncabezado: number | null;
  /** Exactly the columns expected in use, by letter; a column left out must be unused. */
  readonly columnas: Readonly<Record<string, Notacion>>;
  /** Checked only when given. */
  readonly fuenteDependencia?: string;
  readonly lecturaTrimestral?: LecturaTrimestral;
  readonly vigenciaHoja?: number | null;
}

/**
 * Every key is optional so that a case may check only what it is about, but a case must check at
 * least its sheets and its metas (an empty expectation never passes). Percentages are fractions.
 */
export interface Esperado {
  /** Every sheet of the workbook, by name. */
  readonly hojas?: Readonly<Record<string, HojaEsperada>>;
  /** The vigencia the consolidation used. */
  readonly vigencia?: number;
  /** Metas consolidated (each counted once). */
  readonly metas?: number;
  /** Every consolidated meta by name → pct_vigencia_sin_tope (null: sin reporte / no programada / no value). */
  readonly pctVigencia?: Readonly<Record<string, number | null>>;
  /** Every consolidated meta by name → % cuatrienio before the tope (SPEC §5.4). */
  readonly pctCuatrienio?: Readonly<Record<string, number | null>>;
  /** Every consolidated meta by name → tipo de acumulación. */
  readonly tipos?: Readonly<Record<string, TipoAcumulacion>>;
  /** Every consolidated meta by name → its código (null when none). */
  readonly codigos?: Readonly<Record<string, string | null>>;
  /** Every consolidated meta by name → the sheet it was taken from. */
  readonly origen?: Readonly<Record<string, string>>;
  /** Every consolidated meta by name → its group per nivel ({ dependencia, eje, programa … }). */
  readonly grupoDeMeta?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Dependency name (as first written) → metas. */
  readonly dependencias?: Readonly<Record<string, number>>;
  /** Every node of the plan's levels, "eje [1] Desarrollo social" (code in brackets when there is one), any order. */
  readonly niveles?: readonly string[];
  /** Plan % de la vigencia with the default tope (100 %: each meta capped before the mean, SPEC §5.6–5.7). */
  readonly planPctVigencia?: number | null;
  readonly hallazgos?: {
    /** "CODIGO@Hoja" or "CODIGO@Hoja!C4": must appear. */
    readonly presentes?: readonly string[];
    /** "CODIGO", "CODIGO@Hoja" or "CODIGO@Hoja!C4": must not appear. */
    readonly ausentes?: readonly string[];
    /** No finding of severity error at all. */
    readonly sinErrores?: boolean;
  };
}

export interface Caso {
  /** The module's file name without extension ("01-anual-ancho"). */
  readonly nombre: string;
  /** The family of the corpus it reproduces (1–28) and the SPEC section behind it. */
  readonly familia: string;
  readonly descripcion: string;
  readonly libro: Libro;
  readonly ajustes?: Ajustes;
  readonly esperado?: Esperado;
}
