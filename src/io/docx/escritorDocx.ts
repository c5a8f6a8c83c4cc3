/**
 * The Informe as a Word document (issue 13): headings, the paragraphs, the lists and a native
 * table of metas per group, then the plan's charts as native tables of the data they plot
 * (graficos.ts says why not images). Every figure is written by the core's textoCifra, so the
 * document reads exactly as the Informe sheet (es-CO). Runs in Node (the CLI) and in the browser
 * (the pane and the demo load this module on demand: docx is about 1 MB).
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { Semaforo } from "../../core/calculo/tipos";
import {
  esCifra,
  textoFragmento,
  type ColumnaInforme,
  type Fragmento,
  type Informe,
  type ListaInforme,
  type Parrafo,
  type Seccion,
  type TablaInforme,
} from "../../core/informe";
import type { WorkbookPlan } from "../../core/reporte/plan";
import { colorFuentePara, colorNivel } from "../../core/reporte/_lib/semaforo";
import { tablasDeGraficos } from "./graficos";

export interface OpcionesDocx {
  /** The run's semáforo: its colours fill the semáforo columns. Absent: the level names alone. */
  readonly semaforo?: Semaforo;
  /** The run's plan: its charts close the document as tables of their data. Absent: no charts chapter. */
  readonly plan?: WorkbookPlan;
}

export const TITULO_GRAFICOS = "Datos de los gráficos";

/**
 * A4 landscape less its two 1-inch margins, in twentieths of a point: the table of metas has ten
 * columns, and on a portrait page its codes and figures broke into one character per line.
 */
const PAGINA = { ancho: 16838, alto: 11906, margen: 1440 } as const;
const ANCHO_TEXTO_DXA = PAGINA.ancho - 2 * PAGINA.margen;
/** Table text at 8 points (sizes are in half-points), about 100 twentieths of a point a bold character. */
const TAMANO_TABLA = 16;
const ANCHO_CARACTER_DXA = 100;
/** Columns hinted this narrow hold codes, figures and level names: they keep their width whole. */
const ANCHO_ANGOSTO = 15;
const MARGEN_CELDA_DXA = 57;
const COLOR_ENCABEZADO = "1F4E78";
const NIVELES = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

const sinAlmohadilla = (color: string): string => color.replace(/^#/, "");

function parrafo(p: Parrafo, extra: { readonly vineta?: true } = {}): Paragraph {
  return new Paragraph({
    // each figure its own run, so the document keeps the Informe's fragments apart
    children: p.fragmentos.map((f) => new TextRun(textoFragmento(f))),
    ...(extra.vineta ? { bullet: { level: 0 } } : { spacing: { after: 120 } }),
  });
}

function lista(l: ListaInforme): Paragraph[] {
  return [new Paragraph({ children: [new TextRun({ text: l.titulo, bold: true })], keepNext: true }), ...l.elementos.map((e) => parrafo(e, { vineta: true }))];
}

function celda(contenido: Fragmento | null, ancho: number, opciones: { readonly encabezado?: boolean; readonly relleno?: string } = {}): TableCell {
  const texto = contenido === null ? "" : textoFragmento(contenido);
  const relleno = opciones.encabezado ? COLOR_ENCABEZADO : opciones.relleno;
  const color = relleno === undefined ? undefined : sinAlmohadilla(colorFuentePara(`#${relleno}`));
  return new TableCell({
    width: { size: ancho, type: WidthType.DXA },
    ...(relleno === undefined ? {} : { shading: { type: ShadingType.CLEAR, fill: relleno, color: "auto" } }),
    children: [
      new Paragraph({
        alignment: contenido !== null && esCifra(contenido) ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: texto, size: TAMANO_TABLA, ...(opciones.encabezado ? { bold: true } : {}), ...(color === undefined ? {} : { color }) })],
      }),
    ],
  });
}

/**
 * Column widths: a narrow column gets its hint in characters (one more for the margins), so a
 * code or a figure stays on one line; the wide text columns share the rest of the page by their
 * hints. When the narrow ones alone overflow the page, every column is scaled by its hint.
 */
function anchos(t: TablaInforme): number[] {
  const angosta = (c: ColumnaInforme): boolean => c.ancho <= ANCHO_ANGOSTO;
  // the header's longest word too: "% cuatrienio" must not break inside the word
  const entera = (c: ColumnaInforme): number => (Math.max(c.ancho, ...c.titulo.split(" ").map((p) => p.length)) + 1) * ANCHO_CARACTER_DXA;
  const fijo = t.columnas.reduce((s, c) => s + (angosta(c) ? entera(c) : 0), 0);
  const anchas = t.columnas.reduce((s, c) => s + (angosta(c) ? 0 : c.ancho), 0);
  if (fijo >= ANCHO_TEXTO_DXA) {
    const total = t.columnas.reduce((s, c) => s + c.ancho, 0);
    return t.columnas.map((c) => Math.floor((ANCHO_TEXTO_DXA * c.ancho) / total));
  }
  return t.columnas.map((c) => (angosta(c) ? entera(c) : Math.floor(((ANCHO_TEXTO_DXA - fijo) * c.ancho) / anchas)));
}

function tabla(t: TablaInforme, semaforo: Semaforo | undefined): (Paragraph | Table)[] {
  const w = anchos(t);
  const ancho = (i: number): number => w[i] ?? 0;
  const encabezado = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: t.columnas.map((c, i) => celda({ texto: c.titulo }, ancho(i), { encabezado: true })),
  });
  const filas = t.filas.map(
    (fila) =>
      new TableRow({
        cantSplit: true,
        children: fila.map((f, i) => {
          const nivel = t.columnas[i]?.semaforo && semaforo && f !== null ? sinAlmohadilla(colorNivel(textoFragmento(f), semaforo)) : undefined;
          return celda(f, ancho(i), nivel === undefined ? {} : { relleno: nivel });
        }),
      }),
  );
  return [
    new Paragraph({ children: [new TextRun({ text: t.titulo, bold: true })], keepNext: true, spacing: { before: 200, after: 80 } }),
    new Table({
      rows: [encabezado, ...filas],
      columnWidths: w,
      width: { size: w.reduce((s, x) => s + x, 0), type: WidthType.DXA },
      layout: TableLayoutType.FIXED,
      margins: { left: MARGEN_CELDA_DXA, right: MARGEN_CELDA_DXA },
    }),
  ];
}

/** In the order the Informe's type promises: heading, paragraphs, lists, tables. */
function seccion(s: Seccion, semaforo: Semaforo | undefined): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: s.titulo, heading: NIVELES[s.nivel] }),
    ...s.parrafos.map((p) => parrafo(p)),
    ...s.listas.flatMap(lista),
    ...s.tablas.flatMap((t) => tabla(t, semaforo)),
  ];
}

/** @example await informeADocx(construirInforme(c), { semaforo: c.parametros.semaforo, plan }) → the bytes of a .docx */
export async function informeADocx(informe: Informe, opciones: OpcionesDocx = {}): Promise<Uint8Array> {
  const graficos = opciones.plan ? tablasDeGraficos(opciones.plan) : [];
  const doc = new Document({
    title: informe.titulo,
    creator: "Seguimiento",
    styles: {
      default: {
        document: { run: { font: "Calibri", size: 22, language: { value: "es-CO" } } },
        heading1: { run: { color: COLOR_ENCABEZADO, size: 32, bold: true }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } },
        heading2: { run: { color: COLOR_ENCABEZADO, size: 26, bold: true }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { color: COLOR_ENCABEZADO, size: 23, bold: true }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      },
    },
    sections: [
      {
        // docx takes the portrait size and swaps it for a landscape page
        properties: {
          page: {
            size: { width: PAGINA.alto, height: PAGINA.ancho, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGINA.margen, bottom: PAGINA.margen, left: PAGINA.margen, right: PAGINA.margen },
          },
        },
        children: [
          new Paragraph({ text: informe.titulo, heading: HeadingLevel.TITLE }),
          ...informe.secciones.flatMap((s) => seccion(s, opciones.semaforo)),
          ...(graficos.length === 0
            ? []
            : [new Paragraph({ text: TITULO_GRAFICOS, heading: HeadingLevel.HEADING_1 }), ...graficos.flatMap((t) => tabla(t, undefined))]),
        ],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
