/**
 * One owned sheet as SpreadsheetML, written directly: a 20,000-row Datos sheet costs one string
 * build instead of exceljs's object model. Children follow CT_Worksheet order (ECMA-376
 * §18.3.1.99); `drawing` is inserted later by the chart step (xmlHoja.insertarEnHoja).
 */
import { direccion, letraColumna } from "../../../core/grid/direccion";
import type { CondicionalPlan, HojaPlan, ValorPlan } from "../../../core/reporte/plan";
import type { CadenasCompartidas } from "./cadenas";
import type { CatalogoEstilos } from "./catalogoEstilos";
import { estilosDeCeldas } from "./estilos";
import type { MapaEstilos } from "./fusionEstilos";
import { escaparXml, NS_REL } from "./paquete";
import { parseRango } from "../../../core/grid/rango";
import { hojaEnFormula } from "./rango";
import type { TablaPreparada } from "./tablaXml";

type Celda = { v: ValorPlan; s: number };

export interface HojaPreparada {
  readonly plan: HojaPlan;
  /** fila → cells by column (sparse array) with value and catalogue style. */
  readonly filas: Map<number, (Celda | undefined)[]>;
  readonly dxfs: readonly number[];
  readonly tablas: readonly TablaPreparada[];
}

// XML 1.0 forbids most control characters; they cannot be stored in a cell as they are.
// eslint-disable-next-line no-control-regex -- matching them is the point
const PROHIBIDOS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Excel holds at most 32,767 characters in a cell and refuses a file with more (issue 12, probe item 14). */
export const MAX_CARACTERES_CELDA = 32_767;

/** A text as a cell can hold it: without the characters XML forbids, cut with "…" past Excel's limit. */
export function textoDeCelda(t: string): string {
  const limpio = t.replace(PROHIBIDOS, "");
  if (limpio.length <= MAX_CARACTERES_CELDA) return limpio;
  // Not inside a surrogate pair: a lone half is not a character Excel can show.
  let corte = MAX_CARACTERES_CELDA - 1;
  if (/[\uD800-\uDBFF]/.test(limpio.charAt(corte - 1))) corte--;
  return `${limpio.slice(0, corte)}…`;
}

function celda(filas: Map<number, (Celda | undefined)[]>, f: number, c: number): Celda {
  let fila = filas.get(f);
  if (fila === undefined) filas.set(f, (fila = []));
  let x = fila[c];
  if (x === undefined) fila[c] = x = { v: null, s: 0 };
  return x;
}

function texto(v: ValorPlan | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.texto : String(v);
}

function prepararTablas(hoja: HojaPlan, filas: Map<number, (Celda | undefined)[]>): TablaPreparada[] {
  return hoja.tablas.map((t) => {
    const r = parseRango(t.rango);
    const usados = new Set<string>();
    const columnas: string[] = [];
    for (let c = r.columna1; c <= r.columna2; c++) {
      const x = celda(filas, r.fila1, c);
      const base = texto(x.v).replace(/\s+/g, " ").trim() || `Columna${c - r.columna1 + 1}`;
      let nombre = base;
      for (let n = 2; usados.has(nombre.toLowerCase()); n++) nombre = `${base} ${n}`;
      usados.add(nombre.toLowerCase());
      columnas.push(nombre);
      x.v = nombre;
    }
    const primera = filas.get(r.fila2)?.[r.columna1]?.v;
    return { plan: t, columnas, etiquetaTotales: t.totales && typeof primera === "string" ? primera : null };
  });
}

export function prepararHoja(hoja: HojaPlan, catalogo: CatalogoEstilos): HojaPreparada {
  const filas = new Map<number, (Celda | undefined)[]>();
  for (const b of hoja.bloques) {
    const { fila1, columna1 } = parseRango(b.inicio);
    b.valores.forEach((valores, i) => valores.forEach((v, j) => (celda(filas, fila1 + i, columna1 + j).v = v)));
  }
  const tablas = prepararTablas(hoja, filas);
  estilosDeCeldas(
    catalogo,
    hoja.formatos,
    hoja.estilos,
    hoja.vinculos.map((v) => v.celda),
    (f, c, s) => (celda(filas, f, c).s = s),
  );
  const dxfs = hoja.condicionales.map((c) => catalogo.dxf(c.relleno, c.colorFuente));
  return { plan: hoja, filas, dxfs, tablas };
}

/** SPEC §4: every string is a shared string, never a formula — "=SUMA(A1)" stays text. */
function xmlCelda(ref: string, { v, s }: Celda, mapa: MapaEstilos, cadenas: CadenasCompartidas): string {
  const estilo = s === 0 ? "" : ` s="${mapa.xf[s] ?? 0}"`;
  if (v === null || (typeof v === "number" && !Number.isFinite(v))) return estilo ? `<c r="${ref}"${estilo}/>` : "";
  if (typeof v === "number") return `<c r="${ref}"${estilo}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}"${estilo} t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${estilo} t="s"><v>${cadenas.indice(textoDeCelda(typeof v === "object" ? v.texto : v))}</v></c>`;
}

function xmlCondicional(c: CondicionalPlan, dxf: number, prioridad: number): string {
  const abrir = (op: string): string => `<cfRule type="cellIs" dxfId="${dxf}" priority="${prioridad}" operator="${op}">`;
  const f = (x: number | string): string => `<formula>${typeof x === "number" ? x : escaparXml(x)}</formula>`;
  let regla: string;
  // Equality, not "contains": "Bajo" must not paint "Bajo 50 %".
  if (c.tipo === "texto") regla = `${abrir("equal")}${f(`"${c.igualA.replace(/"/g, '""')}"`)}`;
  else if (c.desde !== null && c.hasta !== null) regla = `${abrir("between")}${f(c.desde)}${f(c.hasta)}`;
  else if (c.desde !== null) regla = `${abrir("greaterThanOrEqual")}${f(c.desde)}`;
  else if (c.hasta !== null) regla = `${abrir("lessThanOrEqual")}${f(c.hasta)}`;
  else regla = `<cfRule type="expression" dxfId="${dxf}" priority="${prioridad}">${f("TRUE")}`;
  return `<conditionalFormatting sqref="${escaparXml(c.rango)}">${regla}</cfRule></conditionalFormatting>`;
}

function xmlVista(hoja: HojaPlan): string {
  const i = hoja.inmovilizar;
  if (i === null || (i.filas === 0 && i.columnas === 0)) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const panel = i.filas > 0 && i.columnas > 0 ? "bottomRight" : i.filas > 0 ? "bottomLeft" : "topRight";
  const partes = [i.columnas > 0 ? ` xSplit="${i.columnas}"` : "", i.filas > 0 ? ` ySplit="${i.filas}"` : ""].join("");
  const esquina = direccion(i.filas, i.columnas);
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${partes} topLeftCell="${esquina}" activePane="${panel}" state="frozen"/>` +
    `<selection pane="${panel}" activeCell="${esquina}" sqref="${esquina}"/></sheetView></sheetViews>`
  );
}

export function xmlHoja(p: HojaPreparada, mapa: MapaEstilos, cadenas: CadenasCompartidas, idsTablas: readonly string[]): string {
  const { plan } = p;
  const numeros = [...p.filas.keys()].sort((a, b) => a - b);
  const altos = new Map(plan.altos.map((a) => [a.fila, a.alto]));
  const partes: string[] = [];
  const letras: string[] = [];
  let maxColumna = 0;
  for (const f of numeros) {
    const fila = p.filas.get(f) ?? [];
    maxColumna = Math.max(maxColumna, fila.length - 1);
    let celdas = "";
    const r = f + 1;
    fila.forEach((x, c) => {
      if (x) celdas += xmlCelda(`${letras[c] ?? (letras[c] = letraColumna(c))}${r}`, x, mapa, cadenas);
    });
    const alto = altos.get(f);
    if (celdas) partes.push(`<row r="${f + 1}"${alto === undefined ? "" : ` ht="${alto}" customHeight="1"`}>${celdas}</row>`);
  }
  const ultima = numeros[numeros.length - 1] ?? 0;
  const anchos = [...plan.anchos].sort((a, b) => a.columna - b.columna);
  const cols =
    anchos.length === 0
      ? ""
      : `<cols>${anchos.map((a) => `<col min="${a.columna + 1}" max="${a.columna + 1}" width="${a.ancho}" customWidth="1"/>`).join("")}</cols>`;
  const condicionales = plan.condicionales.map((c, i) => xmlCondicional(c, mapa.dxf[p.dxfs[i] ?? 0] ?? 0, i + 1)).join("");
  const vinculos =
    plan.vinculos.length === 0
      ? ""
      : `<hyperlinks>${plan.vinculos
          .map(
            (v) =>
              `<hyperlink ref="${v.celda}" location="${escaparXml(`${hojaEnFormula(v.hoja)}!${v.destino}`)}"${v.info === undefined ? "" : ` tooltip="${escaparXml(v.info)}"`}/>`,
          )
          .join("")}</hyperlinks>`;
  const tablas =
    idsTablas.length === 0 ? "" : `<tableParts count="${idsTablas.length}">${idsTablas.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${direccion(ultima, maxColumna)}"/>${xmlVista(plan)}` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${partes.join("")}</sheetData>${condicionales}${vinculos}` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
    // Reports are printed: landscape, one page wide (SPEC §6).
    `<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>${tablas}</worksheet>`
  );
}
