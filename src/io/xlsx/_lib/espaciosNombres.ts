/**
 * XML namespaces as other tools write them (issue 12, probe item 3). Excel binds SpreadsheetML to
 * the default namespace and the relationships namespace to `r` on the root, but neither is
 * required: the Open XML SDK writes `<x:workbook xmlns:x="…">`, openpyxl declares `xmlns:r` on
 * each `<sheet>`. The parts the product edits or reads with patterns are first brought to
 * Excel's form (the same document for any XML reader), and what is added declares what it uses.
 */

/** The first element's start tag: its qualified name and the whole tag. */
function raiz(xml: string): { nombre: string; etiqueta: string; inicio: number } | null {
  const m = /<(?![?!])([^\s/>]+)[^>]*>/.exec(xml);
  return m && m[1] !== undefined ? { nombre: m[1], etiqueta: m[0], inicio: m.index } : null;
}

/**
 * The part with its root's prefix removed from every element when that prefix names the root's
 * namespace: `<x:sst xmlns:x="…main">…<x:si>` → `<sst xmlns="…main" xmlns:x="…main">…<si>`.
 * Unchanged when the root has no prefix, or when a default namespace other than the root's is
 * declared somewhere (dropping the prefix would move elements into it).
 * @example sinPrefijo('<x:sst xmlns:x="urn:m"><x:si/></x:sst>') // '<sst xmlns="urn:m" xmlns:x="urn:m"><si/></sst>'
 */
export function sinPrefijo(xml: string): string {
  const r = raiz(xml);
  const dosPuntos = r?.nombre.indexOf(":") ?? -1;
  if (r === null || dosPuntos < 0) return xml;
  const prefijo = r.nombre.slice(0, dosPuntos);
  const uri = new RegExp(`\\sxmlns:${prefijo}="([^"]*)"`).exec(r.etiqueta)?.[1];
  if (uri === undefined) return xml;
  for (const m of xml.matchAll(/\sxmlns="([^"]*)"/g)) if (m[1] !== uri) return xml;
  const etiqueta = /\sxmlns="/.test(r.etiqueta) ? r.etiqueta : r.etiqueta.replace(r.nombre, `${r.nombre} xmlns="${uri}"`);
  const conRaiz = xml.slice(0, r.inicio) + etiqueta + xml.slice(r.inicio + r.etiqueta.length);
  return conRaiz.replace(new RegExp(`<(/?)${prefijo}:`, "g"), "<$1");
}

/**
 * Prefixes the part binds to `uri` anywhere (openpyxl binds the relationships namespace on each
 * element), with `porOmision` first so that Excel's usual form is tried first.
 */
export function prefijosDe(xml: string, uri: string, porOmision: string): string[] {
  const enlaces = [...xml.matchAll(/\sxmlns:([\w.-]+)="([^"]*)"/g)];
  const propios = enlaces.filter((m) => m[2] === uri).map((m) => m[1] ?? "");
  const omisionAjena = enlaces.some((m) => m[1] === porOmision && m[2] !== uri);
  return [...new Set(omisionAjena ? propios : [porOmision, ...propios])];
}

/** Whether the root element itself binds `prefijo` to `uri` (then a child may use it without declaring it). */
export function raizDeclara(xml: string, prefijo: string, uri: string): boolean {
  const r = raiz(xml);
  return r !== null && new RegExp(`\\sxmlns:${prefijo}="${uri.replace(/[.]/g, "\\.")}"`).test(r.etiqueta);
}
