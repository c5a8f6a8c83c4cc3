/**
 * The per-dependency templates (issue 14): what a writer needs to produce one workbook a
 * dependency fills and sends back. Plain data; the rules are in planificarPlantillas and its registries.
 */
import type { Combinada, Valor } from "../grid/libro";
import type { CorreccionHoja } from "../matriz/tipos";

/** A data validation on a range of one column (Excel's dataValidation, read by LibreOffice too). */
export interface ValidacionPlantilla {
  /** "lista" of words, "decimal" with a bound, "personalizada" formula, or "texto" (free text, only a prompt). */
  readonly tipo: "lista" | "decimal" | "personalizada" | "texto";
  /** For "decimal": the comparison with `formula` (≥ 0). */
  readonly operador: "mayorOIgual" | null;
  /** The list ("\"SUMA,CONSTANTE\""), the bound ("0") or a formula written for the range's first cell; "" for "texto". */
  readonly formula: string;
  /** A1 range (one column, the data rows). */
  readonly rango: string;
  readonly tituloAyuda: string;
  readonly ayuda: string;
  readonly tituloError: string;
  readonly error: string;
}

export interface HojaPlantilla {
  /** The master's sheet name: recognition and corrections are keyed by it. */
  readonly nombre: string;
  /** Row-major values, A1 at [0][0]; the cells the dependency fills are empty. */
  readonly valores: readonly (readonly Valor[])[];
  readonly formatos: readonly (readonly (string | null)[])[];
  readonly combinadas: readonly Combinada[];
  /** 1-based header row, as in the master. */
  readonly filaEncabezado: number;
  /** 1-based rows of the dependency's metas in this sheet. */
  readonly filasMetas: readonly number[];
  /** Column letters the dependency may edit on its meta rows; every other cell is locked. */
  readonly columnasEditables: readonly string[];
  readonly validaciones: readonly ValidacionPlantilla[];
  /** Column widths in characters, one per column of `valores`. */
  readonly anchos: readonly number[];
}

/** One meta row of a template and where it lives in the master. */
export interface FilaRegistro {
  readonly hoja: string;
  readonly filaPlantilla: number;
  readonly filaMaestra: number;
  readonly codigo: string | null;
}

/** The hidden record that maps a template back to its master (see registro.ts). */
export interface RegistroPlantilla {
  readonly archivoMaestro: string;
  readonly vigencia: number;
  /**
   * The master's plan mode: a template of per-year sheets keeps only the vigencia's sheet and
   * would read as a one-year plan (Parametros.planAnual). Absent in records written before it.
   */
  readonly modoPlan?: "anual" | "cuatrienio";
  readonly dependencia: string;
  /** The template's instructions sheet: never read as a matrix. */
  readonly hojaInstrucciones: string;
  /** The master's recognition of each sheet, pinned as corrections so the template reads the same way. */
  readonly correcciones: readonly CorreccionHoja[];
  readonly filas: readonly FilaRegistro[];
}

export interface PlanPlantilla {
  readonly dependencia: string;
  /** Safe file name ("plantilla-secretaria-de-salud.xlsx"), unique among the run's templates. */
  readonly archivo: string;
  readonly instrucciones: { readonly nombre: string; readonly lineas: readonly string[] };
  readonly hojas: readonly HojaPlantilla[];
  readonly registro: RegistroPlantilla;
  /** The record as the cells of its (very hidden) sheet. */
  readonly hojaRegistro: { readonly nombre: string; readonly valores: readonly (readonly Valor[])[] };
}

export interface ResultadoPlantillas {
  readonly plantillas: readonly PlanPlantilla[];
  /** Sheets left out and why, in Spanish. */
  readonly avisos: readonly string[];
}
