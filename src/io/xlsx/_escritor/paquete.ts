/**
 * Small helpers over the OOXML package (a zip): parts, relationships and content types.
 * Plain string manipulation on the few parts we touch, so that every other part keeps its bytes.
 */
import type JSZip from "jszip";
import { ErrorPaqueteInvalido } from "../../../core/fallos";
import { sinPrefijo } from "../_lib/espaciosNombres";

export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

/** Escapes text for XML content and attribute values. */
export function escaparXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

export function desescaparXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_t, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_t, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

export async function leerParte(zip: JSZip, ruta: string): Promise<string | null> {
  const f = zip.file(ruta);
  return f ? f.async("string") : null;
}

/** Attribute value of `nombre` inside one start tag, unescaped. */
export function atributo(etiqueta: string, nombre: string): string | null {
  const m = new RegExp(`\\s${nombre.replace(":", "\\:")}="([^"]*)"`).exec(etiqueta);
  return m && m[1] !== undefined ? desescaparXml(m[1]) : null;
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function rutaRels(parte: string): string {
  const i = parte.lastIndexOf("/");
  return `${parte.slice(0, i + 1)}_rels/${parte.slice(i + 1)}.rels`;
}

/** Resolves a relationship target relative to the part that owns the rels. */
export function resolverDestino(parte: string, destino: string): string {
  if (destino.startsWith("/")) return destino.slice(1);
  const base = parte.split("/").slice(0, -1);
  for (const seg of destino.split("/")) {
    if (seg === "..") base.pop();
    else if (seg !== ".") base.push(seg);
  }
  return base.join("/");
}

/** Adds a relationship to a .rels part (created when absent); returns its new id. */
export async function agregarRelacion(zip: JSZip, rutaRelsParte: string, tipo: string, destino: string): Promise<string> {
  const leida = await leerParte(zip, rutaRelsParte);
  const actual =
    leida === null ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}"></Relationships>` : sinPrefijo(leida);
  const usados = new Set([...actual.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (usados.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const rel = `<Relationship Id="${id}" Type="${tipo}" Target="${escaparXml(destino)}"/>`;
  const xml = /<Relationships[^>]*\/>/.test(actual)
    ? actual.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`)
    : actual.replace("</Relationships>", `${rel}</Relationships>`);
  zip.file(rutaRelsParte, xml);
  return id;
}

/**
 * Ensures an Override for `parte` (part name without the leading slash). `alFinal` moves an
 * existing one to the end, so that a rerun lists the overrides in the same order.
 */
export async function asegurarTipoContenido(zip: JSZip, parte: string, tipo: string, alFinal = false): Promise<void> {
  const ruta = "[Content_Types].xml";
  const leida = await leerParte(zip, ruta);
  if (leida === null) throw new ErrorPaqueteInvalido("falta [Content_Types].xml");
  let actual = sinPrefijo(leida);
  const nombre = `/${escaparXml(parte)}`;
  if (actual.includes(`PartName="${nombre}"`)) {
    if (!alFinal) return;
    actual = actual.replace(/<Override\b[^>]*>/g, (tag) => (tag.includes(`PartName="${nombre}"`) ? "" : tag));
  }
  zip.file(ruta, actual.replace("</Types>", `<Override PartName="${nombre}" ContentType="${tipo}"/></Types>`));
}

/**
 * First free "prefix{N}.xml" in the package (xl/charts/chart{N}.xml). Part names are
 * case-insensitive in OPC: "Sheet1.xml" already takes "sheet1.xml".
 */
export function siguienteNombre(zip: JSZip, prefijo: string, usados: Set<string>): string {
  const ocupados = new Set(Object.keys(zip.files).map((n) => n.toLowerCase()));
  const libre = (ruta: string): boolean => !ocupados.has(ruta.toLowerCase()) && !usados.has(ruta.toLowerCase());
  let n = 1;
  while (!libre(`${prefijo}${n}.xml`)) n++;
  const ruta = `${prefijo}${n}.xml`;
  usados.add(ruta.toLowerCase());
  return ruta;
}
