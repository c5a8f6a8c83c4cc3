/**
 * A .docx read back for tests: word/document.xml unzipped with JSZip and walked as Word reads it,
 * body paragraphs and tables in order (the writer's own code is not used to read).
 */
import JSZip from "jszip";

export interface ParrafoLeido {
  readonly tipo: "parrafo";
  /** The paragraph style ("Heading1", "Title"…), null for body text. */
  readonly estilo: string | null;
  readonly vineta: boolean;
  readonly texto: string;
  /** Each run's text, in order. */
  readonly runs: readonly string[];
}

export interface CeldaLeida {
  readonly texto: string;
  /** w:shd fill, null when the cell has none. */
  readonly relleno: string | null;
  /** w:jc of its paragraph. */
  readonly alineacion: string | null;
}

export interface TablaLeida {
  readonly tipo: "tabla";
  readonly filas: readonly (readonly CeldaLeida[])[];
  /** Whether the first row repeats as a header on every page (w:tblHeader). */
  readonly encabezadoRepetido: boolean;
}

export type BloqueLeido = ParrafoLeido | TablaLeida;

const ENTIDADES: Readonly<Record<string, string>> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'" };
const desescapar = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTIDADES[e] ?? e);

function runs(xml: string): string[] {
  return [...xml.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((r) =>
    [...r[0].matchAll(/<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g)].map((t) => desescapar(t[1] ?? "")).join(""),
  );
}

function parrafo(xml: string): ParrafoLeido {
  const r = runs(xml);
  return { tipo: "parrafo", estilo: /<w:pStyle w:val="([^"]+)"/.exec(xml)?.[1] ?? null, vineta: xml.includes("<w:numPr>"), texto: r.join(""), runs: r };
}

function tabla(xml: string): TablaLeida {
  const filas = [...xml.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((tr) =>
    [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => ({
      texto: runs(tc[0]).join(""),
      relleno: /<w:shd [^>]*w:fill="([^"]+)"/.exec(tc[0])?.[1] ?? null,
      alineacion: /<w:jc w:val="([^"]+)"/.exec(tc[0])?.[1] ?? null,
    })),
  );
  return { tipo: "tabla", filas, encabezadoRepetido: /<w:tr>\s*<w:trPr>[\s\S]*?<w:tblHeader\/>/.test(xml) };
}

/** The body's paragraphs and tables in reading order (tables are never nested here). */
export async function leerDocx(bytes: Uint8Array): Promise<{ readonly xml: string; readonly bloques: readonly BloqueLeido[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("el .docx no tiene word/document.xml");
  const cuerpo = xml.slice(xml.indexOf("<w:body>"), xml.lastIndexOf("</w:body>"));
  const bloques = [...cuerpo.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>|<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) =>
    m[0].startsWith("<w:tbl>") ? tabla(m[0]) : parrafo(m[0]),
  );
  return { xml, bloques };
}

export const esTabla = (b: BloqueLeido): b is TablaLeida => b.tipo === "tabla";
export const esParrafo = (b: BloqueLeido): b is ParrafoLeido => b.tipo === "parrafo";
