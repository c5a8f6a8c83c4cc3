/**
 * Merges the styles of the owned sheets (a styles.xml written by exceljs) into the input
 * workbook's styles.xml without changing any existing entry: the input's cell styles keep
 * their indexes, ours are appended, and an entry identical to an existing one is reused —
 * so a second run on its own output finds the first run's entries and writes the same indexes.
 */
import { atributo } from "./paquete";

export interface MapaEstilos {
  /** cellXfs index in the owned workbook → index in the input workbook. */
  readonly xf: readonly number[];
  readonly dxf: readonly number[];
}

const SECCIONES = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Seccion = (typeof SECCIONES)[number];
const HIJO: Partial<Record<Seccion, string>> = { numFmts: "numFmt", fonts: "font", fills: "fill", borders: "border", cellXfs: "xf", dxfs: "dxf" };

function elementos(xml: string, seccion: Seccion): string[] {
  const hijo = HIJO[seccion] ?? "";
  const cuerpo = new RegExp(`<${seccion}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${seccion}>)`).exec(xml)?.[1] ?? "";
  return [...cuerpo.matchAll(new RegExp(`<${hijo}\\b[^>]*?(?:/>|>[\\s\\S]*?</${hijo}>)`, "g"))].map((m) => m[0]);
}

/** Replaces (or inserts, in schema order) one section of styles.xml. */
function ponerSeccion(xml: string, seccion: Seccion, hijos: readonly string[]): string {
  const nuevo = `<${seccion} count="${hijos.length}">${hijos.join("")}</${seccion}>`;
  const re = new RegExp(`<${seccion}\\b[^>]*?(?:/>|>[\\s\\S]*?</${seccion}>)`);
  if (re.test(xml)) {
    // keep the section's other attributes (x14ac:knownFonts…), refresh count
    return xml.replace(re, (viejo) => {
      const apertura = /^<[^>]*?(?=\/?>)/.exec(viejo)?.[0] ?? `<${seccion}`;
      const attrs = apertura.replace(/\scount="\d*"/, "").slice(seccion.length + 1);
      return `<${seccion} count="${hijos.length}"${attrs}>${hijos.join("")}</${seccion}>`;
    });
  }
  for (const siguiente of SECCIONES.slice(SECCIONES.indexOf(seccion) + 1)) {
    const m = new RegExp(`<${siguiente}\\b`).exec(xml);
    if (m) return xml.slice(0, m.index) + nuevo + xml.slice(m.index);
  }
  return xml.replace("</styleSheet>", `${nuevo}</styleSheet>`);
}

/** Appends `items` to `lista`, reusing identical entries; returns the index of each item. */
function anexar(lista: string[], items: readonly string[]): number[] {
  const indice = new Map(lista.map((x, i) => [x, i] as const));
  return items.map((x) => {
    const existente = indice.get(x);
    if (existente !== undefined) return existente;
    lista.push(x);
    indice.set(x, lista.length - 1);
    return lista.length - 1;
  });
}

function reemplazarAtributo(xml: string, nombre: string, mapa: (v: number) => number): string {
  return xml.replace(new RegExp(`(\\s${nombre}=")(\\d+)(")`), (_t, a: string, v: string, b: string) => `${a}${mapa(Number(v))}${b}`);
}

export function fusionarEstilos(destino: string, origen: string): { xml: string; mapa: MapaEstilos } {
  // Custom number formats (id ≥ 164): same code → same id, else the next free id.
  const formatosDestino = elementos(destino, "numFmts");
  const porCodigo = new Map(formatosDestino.map((f) => [atributo(f, "formatCode"), Number(atributo(f, "numFmtId"))] as const));
  let libre = Math.max(163, ...formatosDestino.map((f) => Number(atributo(f, "numFmtId"))));
  const mapaFormato = new Map<number, number>();
  for (const f of elementos(origen, "numFmts")) {
    const codigo = atributo(f, "formatCode");
    let id = porCodigo.get(codigo);
    if (id === undefined) {
      id = ++libre;
      formatosDestino.push(f.replace(/numFmtId="\d+"/, `numFmtId="${id}"`));
      porCodigo.set(codigo, id);
    }
    mapaFormato.set(Number(atributo(f, "numFmtId")), id);
  }
  const listas = { fonts: elementos(destino, "fonts"), fills: elementos(destino, "fills"), borders: elementos(destino, "borders") };
  const fuentes = anexar(listas.fonts, elementos(origen, "fonts"));
  const rellenos = anexar(listas.fills, elementos(origen, "fills"));
  const bordes = anexar(listas.borders, elementos(origen, "borders"));
  const xfsDestino = elementos(destino, "cellXfs");
  const xfsOrigen = elementos(origen, "cellXfs").map((xf) => {
    let x = reemplazarAtributo(xf, "numFmtId", (v) => mapaFormato.get(v) ?? v);
    x = reemplazarAtributo(x, "fontId", (v) => fuentes[v] ?? 0);
    x = reemplazarAtributo(x, "fillId", (v) => rellenos[v] ?? 0);
    x = reemplazarAtributo(x, "borderId", (v) => bordes[v] ?? 0);
    return reemplazarAtributo(x, "xfId", () => 0);
  });
  const xf = anexar(xfsDestino, xfsOrigen);
  const dxfsDestino = elementos(destino, "dxfs");
  const dxf = anexar(dxfsDestino, elementos(origen, "dxfs"));

  let xml = destino;
  if (formatosDestino.length > 0) xml = ponerSeccion(xml, "numFmts", formatosDestino);
  xml = ponerSeccion(xml, "fonts", listas.fonts);
  xml = ponerSeccion(xml, "fills", listas.fills);
  xml = ponerSeccion(xml, "borders", listas.borders);
  xml = ponerSeccion(xml, "cellXfs", xfsDestino);
  if (dxfsDestino.length > 0) xml = ponerSeccion(xml, "dxfs", dxfsDestino);
  return { xml, mapa: { xf, dxf } };
}
