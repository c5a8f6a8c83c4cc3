/**
 * Namespace-correct XML (issue 12, probe item 3): every prefix an element or attribute uses is
 * declared on it or on an ancestor. fast-xml-parser checks well-formedness but not namespaces,
 * so this walks the tags with a stack of declared prefixes. Shared by the tests and the fuzz run.
 */
import JSZip from "jszip";
import { XMLValidator } from "fast-xml-parser";

const ETIQUETA = /<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const ATRIBUTO = /([^\s=]+)\s*=\s*(?:"[^"]*"|'[^']*')/g;
/** Bound in every XML document (XML Namespaces 1.0 §3). */
const IMPLICITOS = ["xml", "xmlns"];

/** Prefixes used without a declaration in scope, as "prefix:name" (empty when the part is correct). */
export function prefijosSinDeclarar(xml: string): string[] {
  const pila: Set<string>[] = [new Set(IMPLICITOS)];
  const malos: string[] = [];
  const declarado = (p: string): boolean => pila.some((s) => s.has(p));
  for (const m of xml.matchAll(ETIQUETA)) {
    const [, cierre, nombre = "", atributos = "", vacio] = m;
    if (cierre) {
      pila.pop();
      continue;
    }
    const propios = new Set<string>();
    const usados = [nombre];
    for (const a of atributos.matchAll(ATRIBUTO)) {
      const n = a[1] ?? "";
      if (n.startsWith("xmlns:")) propios.add(n.slice(6));
      else if (n !== "xmlns") usados.push(n);
    }
    pila.push(propios);
    for (const u of usados) {
      const i = u.indexOf(":");
      if (i > 0 && !declarado(u.slice(0, i))) malos.push(u);
    }
    if (vacio) pila.pop();
  }
  return malos;
}

/** Every XML part of a package: not well-formed or with an undeclared prefix → "part: problem". */
export async function problemasXml(datos: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(datos);
  const out: string[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir || !/\.(xml|rels|vml)$/i.test(f.name)) continue;
    const xml = await f.async("string");
    const valido = XMLValidator.validate(xml);
    if (valido !== true) out.push(`${f.name}: ${valido.err.msg}`);
    const malos = prefijosSinDeclarar(xml);
    if (malos.length > 0) out.push(`${f.name}: prefijos sin declarar ${[...new Set(malos)].join(", ")}`);
  }
  return out;
}
