/**
 * The Informe as a Word document (issue 13): headings, the paragraphs, the lists and a native
 * table of metas per group, then the plan's charts as native tables of the data they plot
 * (graficos.ts says why not images). Every figure is written by the core's textoCifra, so the
 * document reads exactly as the Informe sheet (es-CO). Runs in Node (the CLI) and in the browser
 * (the pane and the demo load this module on demand: docx is about 1 MB).
 */
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import type { Semaforo } from "../../core/calculo/tipos";
import { esCifra, textoFragmento, type Fragmento, type Informe, type ListaInforme, type Parrafo, type Seccion, type TablaInforme } from "../../core/informe";
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

/** A4 (docx's default page) less its two 1-inch margins, in twentieths of a point. */
const ANCHO_TEXTO_DXA = 11906 - 2 * 1440;
/** Tables of ten columns fit a portrait page at 8 points (sizes are in half-points). */
const TAMANO_TABLA = 16;
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

/** Column widths: the Informe's hints in characters, scaled to the page's text width. */
function anchos(t: TablaInforme): number[] {
  const total = t.columnas.reduce((s, c) => s + c.ancho, 0);
  return t.columnas.map((c) => Math.floor((ANCHO_TEXTO_DXA * c.ancho) / total));
}

function tabla(t: TablaInforme, semaforo: Semaforo | undefined): (Paragraph | Table)[] {
  const w = anchos(t);
  const ancho = (i: number): number => w[i] ?? 0;
  const encabezado = new TableRow({ tableHeader: true, cantSplit: true, children: t.columnas.map((c, i) => celda({ texto: c.titulo }, ancho(i), { encabezado: true })) });
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
    new Table({ rows: [encabezado, ...filas], columnWidths: w, width: { size: ANCHO_TEXTO_DXA, type: WidthType.DXA }, layout: TableLayoutType.FIXED }),
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
        heading1: { run: { color: COLOR_ENCABEZADO, size: 32, bold: true } },
        heading2: { run: { color: COLOR_ENCABEZADO, size: 26, bold: true } },
        heading3: { run: { color: COLOR_ENCABEZADO, size: 23, bold: true } },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: informe.titulo, heading: HeadingLevel.TITLE }),
          ...informe.secciones.flatMap((s) => seccion(s, opciones.semaforo)),
          ...(graficos.length === 0 ? [] : [new Paragraph({ text: TITULO_GRAFICOS, heading: HeadingLevel.HEADING_1 }), ...graficos.flatMap((t) => tabla(t, undefined))]),
        ],
      },
    ],
  });
  return Packer.pack(doc, "uint8array");
}
