/**
 * The grid snapshot the core reads: plain data, read in one bulk pass by a reader
 * (exceljs for files, Office.js inside Excel). Rows and columns are 0-based here;
 * addresses shown to people are Excel A1 addresses (see direccion.ts).
 */

/** An Excel error value as Excel shows it: "#REF!", "#DIV/0!", "#N/A", "#VALUE!"… */
export interface ValorError {
  readonly error: string;
  /** Only for a formula stored without its result (formulaSinResultado): its text. */
  readonly formula?: string;
}

/**
 * A formula saved without its result (a file written by a tool that does not calculate, such as
 * openpyxl): the cell has no value to read, which is not an empty cell (issue 12, probe item 9).
 * @example formulaSinResultado("=B2*2") // { error: "#SIN RESULTADO", formula: "=B2*2" }
 */
export function formulaSinResultado(formula: string): ValorError {
  return { error: "#SIN RESULTADO", formula };
}

/**
 * A cell value. Dates arrive as Excel serial numbers (the reader converts), formulas as
 * their cached result. `null` is an empty cell.
 */
export type Valor = number | string | boolean | null | ValorError;

/** A merged area, 0-based, inclusive of its first row/column. */
export interface Combinada {
  readonly fila: number;
  readonly columna: number;
  readonly filas: number;
  readonly columnas: number;
}

export interface Hoja {
  readonly nombre: string;
  /** Row-major values with A1 at [0][0]; rows may be ragged (missing cells are empty). */
  readonly valores: readonly (readonly Valor[])[];
  readonly combinadas: readonly Combinada[];
  /** Number formats parallel to `valores`, when the reader has them. */
  readonly formatos?: readonly (readonly (string | null)[])[];
  readonly visible?: boolean;
  /** The file the sheet comes from, when several files are consolidated together. */
  readonly archivo?: string;
}

/** Number culture used to parse numbers typed as text (SPEC §4). Default es-CO. */
export interface Cultura {
  readonly nombre: string;
  readonly decimal: string;
  readonly miles: string;
}

export const CULTURA_ES_CO: Cultura = { nombre: "es-CO", decimal: ",", miles: "." };
export const CULTURA_EN_US: Cultura = { nombre: "en-US", decimal: ".", miles: "," };

export interface Libro {
  readonly hojas: readonly Hoja[];
  readonly cultura: Cultura;
  /** File names read, for the Resumen's "fuentes" (SPEC §6). */
  readonly archivos?: readonly string[];
  /**
   * Sheets the product generated in an earlier run (from the ownership record, SPEC §6):
   * never read as input. xlsx files keep the record in a custom document property
   * (CLAVE_AJUSTE_PROPIEDAD, JSON of Propiedad); inside Excel, workbook.settings.
   */
  readonly hojasPropias?: readonly string[];
}

export function esValorError(v: Valor | undefined): v is ValorError {
  return typeof v === "object" && v !== null && "error" in v;
}

/** The value at (fila, columna), `null` outside the grid. */
export function valorEn(hoja: Hoja, fila: number, columna: number): Valor {
  return hoja.valores[fila]?.[columna] ?? null;
}
