/**
 * WorkbookPlan: plain, serialisable data describing what Consolidar writes (SPEC §6).
 * Writers (xlsx, Office, demo) only interpret it; they decide nothing the plan does not say.
 * Addresses are A1 strings relative to the sheet they belong to. Enum-like values are
 * string literals (no `Excel` global in Node).
 */

/** Text that must be written as text even though it looks like a formula (SPEC §4). */
export interface TextoLiteral {
  readonly texto: string;
}

/** A value to write: numbers stay numbers (formats come from `formatos`). */
export type ValorPlan = number | string | boolean | null | TextoLiteral;

export interface BloquePlan {
  /** Top-left cell of the block ("A1"). */
  readonly inicio: string;
  /** Rectangular: every row has the same length. */
  readonly valores: readonly (readonly ValorPlan[])[];
}

export interface FormatoPlan {
  readonly rango: string;
  /** en-US format code: "0.0%", "#,##0", "yyyy-mm-dd", "@". */
  readonly formato: string;
}

export interface EstiloPlan {
  readonly rango: string;
  readonly negrita?: boolean;
  readonly tamano?: number;
  /** "#RRGGBB" */
  readonly relleno?: string;
  readonly colorFuente?: string;
  readonly ajustarTexto?: boolean;
  readonly alineacion?: "izquierda" | "centro" | "derecha";
}

export interface TablaPlan {
  /** Workbook-unique Excel table name (letters, digits, underscore). */
  readonly nombre: string;
  /** Including the header row (and the totals row when `totales`). */
  readonly rango: string;
  readonly estilo: string;
  readonly totales: boolean;
}

/** A conditional format: cell value banding, or text equality (semáforo names). */
export type CondicionalPlan =
  | {
      readonly tipo: "valor";
      readonly rango: string;
      /** Inclusive bounds, in the cell's own unit (fractions for % cells). Absent = open. */
      readonly desde: number | null;
      readonly hasta: number | null;
      readonly relleno: string;
      readonly colorFuente: string;
    }
  | {
      readonly tipo: "texto";
      readonly rango: string;
      readonly igualA: string;
      readonly relleno: string;
      readonly colorFuente: string;
    };

export interface VinculoPlan {
  /** The cell holding the link (its value is written by a block). */
  readonly celda: string;
  readonly hoja: string;
  readonly destino: string;
  /** Tooltip. */
  readonly info?: string;
}

export interface RangoHoja {
  readonly hoja: string;
  readonly rango: string;
}

export interface SeriePlan {
  readonly nombre: string;
  readonly valores: RangoHoja;
  readonly color: string;
  /** Per-point colours (semáforo), same length as the categories; absent = series colour. */
  readonly coloresPuntos?: readonly string[];
}

export interface GraficoPlan {
  /** Stable id within the plan ("dependencias-vigencia"). */
  readonly id: string;
  readonly tipo: "barras" | "columnas" | "lineas" | "circular";
  readonly titulo: string;
  readonly categorias: RangoHoja;
  readonly series: readonly SeriePlan[];
  readonly ejeValores: {
    readonly formato: string;
    readonly minimo: number | null;
    readonly maximo: number | null;
    readonly titulo: string | null;
    /** Distance between gridlines; null = the application's own (it crowds ten-digit peso labels). */
    readonly unidad: number | null;
  };
  readonly ejeCategorias: {
    readonly titulo: string | null;
    /** Categories between two labels: 1 labels every bar (Excel's automatic skip hides whose bar is whose). */
    readonly saltoEtiquetas: number;
    /** First category at the top of horizontal bars (Excel draws the first one at the bottom). */
    readonly ordenInverso: boolean;
    /** Label size in points. */
    readonly tamanoEtiquetas: number;
  };
  /** Gap between groups of bars, in % of one bar's width (Excel's gap width, 0–500). */
  readonly separacion: number;
  readonly etiquetas: boolean;
  readonly leyenda: boolean;
  /** Placement: top-left cell and size in points. */
  readonly ancla: string;
  readonly ancho: number;
  readonly alto: number;
}

export type ClaveHoja =
  "resumen" | "informe" | "dependencias" | "alertas" | "hallazgos" | "presupuesto" | "datos" | "graficos" | `nivel:${string}` | `metas:${string}`;

export interface HojaPlan {
  readonly clave: ClaveHoja;
  /** The name to write, already resolved against user sheets ("Resumen (2)"). */
  readonly nombre: string;
  readonly bloques: readonly BloquePlan[];
  readonly formatos: readonly FormatoPlan[];
  readonly estilos: readonly EstiloPlan[];
  readonly tablas: readonly TablaPlan[];
  readonly condicionales: readonly CondicionalPlan[];
  readonly vinculos: readonly VinculoPlan[];
  readonly graficos: readonly GraficoPlan[];
  /** Column widths in characters, by 0-based column. */
  readonly anchos: readonly { readonly columna: number; readonly ancho: number }[];
  /**
   * Rows of wrapped text taller than one line, with the height they need in points (0-based row).
   * A file must state it (Excel and LibreOffice keep a row's stored height when they open a file,
   * so wrapped paragraphs would overlap); live Excel fits a row itself when wrapping is set, so the
   * Office adapter leaves them to it.
   */
  readonly altos: readonly { readonly fila: number; readonly alto: number }[];
  readonly inmovilizar: { readonly filas: number; readonly columnas: number } | null;
}

/** The record of owned sheets kept in the workbook settings (SPEC §6). */
export interface Propiedad {
  /** sheet name → clave, after this run. */
  readonly hojas: Readonly<Record<string, ClaveHoja>>;
}

export const CLAVE_AJUSTE_PROPIEDAD = "seguimiento.hojasPropias";

/**
 * The note every owned sheet carries in its first row, right of its content (planificar adds it,
 * so every writer writes it). It tells the product's own sheets apart when the ownership record is
 * damaged or gone: they are never read as input (SPEC §6) even then.
 */
export const MARCA_HOJA_PROPIA = "Hoja generada por Seguimiento: se reemplaza en cada consolidación.";
export const CLAVE_AJUSTE_AJUSTES = "seguimiento.ajustes";

export interface WorkbookPlan {
  /** In tab order. */
  readonly hojas: readonly HojaPlan[];
  /** Owned sheets from the previous run that this run no longer writes: delete them. */
  readonly eliminar: readonly string[];
  /** What to store under CLAVE_AJUSTE_PROPIEDAD after writing. */
  readonly propiedad: Propiedad;
}
