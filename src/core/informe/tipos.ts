/**
 * The Informe: plain, serialisable data of the narrative report a planning office hands in
 * (issue 13). The core builds it from a Consolidacion; writers (the Informe sheet, the Word
 * export) only render it. Every number is a typed slot naming where it comes from, so a test can
 * check that no figure in the text was made up.
 */

/**
 * How a figure is written (es-CO, see `textoCifra`):
 * - "pct": a fraction written as a percentage with one decimal (0.934 → "93,4 %");
 * - "entero": a count or integer (1234 → "1.234");
 * - "decimal": a quantity with up to two decimals (12.5 → "12,5");
 * - "moneda": pesos without decimals ("$ 1.234.567");
 * - "anio": a year, without thousands separator (2021 → "2021").
 */
export type FormatoCifra = "pct" | "entero" | "decimal" | "moneda" | "anio";

/**
 * Where a figure comes from in the Consolidacion: `<sujeto>#<campo>`, the campo a dotted path
 * into the sujeto. Sujetos: `parametros`, `plan`, `grupo:<nivel>/<clave>`, `meta:<id>`, and the budget
 * as consolidarPresupuesto gives it: `presupuesto:<nivel>` (a level: its `total`), `presupuesto:<nivel>/<clave>`
 * (a group of it), `presupuestoHoja:<i>/<j>` (the j-th row of the i-th budget sheet).
 * Example: "plan#conteos.metas", "grupo:dependencia/gobierno#pctVigencia", "meta:|Plan|12#pctVigencia.acotado",
 * "presupuesto:sector#total.programado".
 */
export type OrigenCifra = string;

/**
 * A figure derived from two others, `parte` / `total`, each an OrigenCifra: a dependency's metas
 * over the plan's («47,7 % del total de las metas del plan»). A test recomputes it from the two.
 */
export interface OrigenDerivado {
  readonly parte: OrigenCifra;
  readonly total: OrigenCifra;
}

export interface Texto {
  readonly texto: string;
}

export interface Cifra {
  readonly cifra: number;
  readonly formato: FormatoCifra;
  /** Where the figure is read, or the two figures it is the share of. */
  readonly origen: OrigenCifra | OrigenDerivado;
}

/** A piece of a paragraph or a table cell: literal text, or a figure with its origin. */
export type Fragmento = Texto | Cifra;

export interface Parrafo {
  /** Concatenated as they come (texts carry their own spaces). */
  readonly fragmentos: readonly Fragmento[];
}

export interface ColumnaInforme {
  readonly titulo: string;
  /** Relative width hint in characters (writers may scale it). */
  readonly ancho: number;
  /** Its cells hold semáforo level names (writers colour them as the semáforo says). */
  readonly semaforo?: true;
}

/** A table (one per group in "Metas por dependencia"); null cells are blank. */
export interface TablaInforme {
  readonly titulo: string;
  readonly columnas: readonly ColumnaInforme[];
  /** Every row has `columnas.length` cells. */
  readonly filas: readonly (readonly (Fragmento | null)[])[];
}

/** A bulleted list (metas en rezago, metas con sobreejecución): one paragraph per item. */
export interface ListaInforme {
  readonly titulo: string;
  readonly elementos: readonly Parrafo[];
}

/**
 * A section of the report. Writers render, in this order: the heading, the paragraphs, the lists,
 * the tables. Sub-sections are sibling entries with a deeper `nivel` (a flat list keeps writers simple).
 */
export interface Seccion {
  readonly titulo: string;
  /** Heading level: 1 = chapter (the plan, dependencias, a nivel), 2 = one group, 3 = below it. */
  readonly nivel: 1 | 2 | 3;
  readonly parrafos: readonly Parrafo[];
  readonly listas: readonly ListaInforme[];
  readonly tablas: readonly TablaInforme[];
}

export interface Informe {
  readonly titulo: string;
  /** In reading order. */
  readonly secciones: readonly Seccion[];
}
