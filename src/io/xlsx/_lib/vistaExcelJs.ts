/**
 * What exceljs is given to read the grid (issue 12, probe items 3, 11 and 12): only the parts
 * the grid needs — workbook, sheets, shared strings, styles, tables — each inflated within the
 * size limits (limites.ts) and brought to Excel's namespace form, under the fixed names exceljs
 * looks for (xl/worksheets/sheetN.xml, xl/styles.xml…). exceljs fails on valid files it does not
 * need to understand: openpyxl's comments (xl/comments/comment1.xml, which it expects at
 * xl/commentsN.xml), its charts' drawings, a package without styles.xml. Drawings, comments,
 * images and charts are left out, and the sheets' relationships to them point nowhere, so that
 * exceljs neither reads nor dereferences them. The package itself is not changed.
 */
import JSZip from "jszip";
import { hojasDe, relaciones } from "../_escritor/libroXml";
import { atributo, escaparXml, NS_REL, rutaRels } from "../_escritor/paquete";
import { sinPrefijo } from "./espaciosNombres";
import { formulasSinResultado } from "./formulasSinResultado";
import type { Inflador } from "./limites";

const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** What exceljs needs of a styles part: one font, fill, border and cell format (ECMA-376 §18.8). */
const ESTILOS_MINIMOS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS_MAIN}"><fonts count="1"><font/></fonts>` +
  `<fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>` +
  `<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>`;
/** A target no exceljs reader matches (it looks drawings and images up by their part name). */
const NINGUNA = "../ninguna.bin";

function xmlRels(entradas: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${entradas.join("")}</Relationships>`;
}

function rel(id: string, tipo: string, destino: string): string {
  return `<Relationship Id="${escaparXml(id)}" Type="${escaparXml(tipo)}" Target="${escaparXml(destino)}"/>`;
}

/** The view for exceljs and, per sheet name, its formulas without a stored result (A1 → formula). */
export interface VistaExcelJs {
  readonly vista: JSZip;
  readonly sinResultado: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

async function texto(inflador: Inflador, ruta: string): Promise<string | null> {
  const t = await inflador.texto(ruta);
  return t === null ? null : sinPrefijo(t);
}

/** A sheet's relationships as exceljs may follow them: hyperlinks kept, tables renamed, comments dropped, the rest pointing nowhere. */
async function relsDeHoja(inflador: Inflador, rutaHoja: string, vista: JSZip, tablas: { n: number }): Promise<string | null> {
  const xml = await texto(inflador, rutaRels(rutaHoja));
  if (xml === null) return null;
  const entradas: string[] = [];
  for (const r of relaciones(xml, rutaHoja)) {
    const tipo = atributo(r.tag, "Type") ?? "";
    if (tipo === `${NS_REL}/hyperlink`) entradas.push(r.tag);
    else if (tipo === `${NS_REL}/table`) {
      const tabla = await texto(inflador, r.ruta);
      if (tabla === null) continue;
      const nombre = `table${++tablas.n}.xml`;
      vista.file(`xl/tables/${nombre}`, tabla);
      entradas.push(rel(r.id, tipo, `../tables/${nombre}`));
    } else if (tipo !== `${NS_REL}/comments`) entradas.push(rel(r.id, tipo, NINGUNA));
  }
  return xmlRels(entradas);
}

/**
 * Builds the view of a package whose xl/workbook.xml exists. Throws ErrorArchivo
 * (F-ARCHIVO-DEMASIADO-GRANDE) from the inflador.
 */
export async function vistaExcelJs(zip: JSZip, inflador: Inflador): Promise<VistaExcelJs> {
  const vista = new JSZip();
  const libro = (await texto(inflador, "xl/workbook.xml")) ?? "";
  const relsLibro = (await texto(inflador, "xl/_rels/workbook.xml.rels")) ?? xmlRels([]);
  const relsVista: string[] = [];
  const tablas = { n: 0 };
  let estilos: string | null = null;
  for (const r of relaciones(relsLibro, "xl/workbook.xml")) {
    const tipo = atributo(r.tag, "Type") ?? "";
    if (tipo === `${NS_REL}/styles`) {
      estilos = await texto(inflador, r.ruta);
      relsVista.push(rel(r.id, tipo, "styles.xml"));
    } else if (tipo === `${NS_REL}/sharedStrings`) {
      const cadenas = await texto(inflador, r.ruta);
      if (cadenas !== null) vista.file("xl/sharedStrings.xml", cadenas);
      relsVista.push(rel(r.id, tipo, "sharedStrings.xml"));
    }
  }
  const sinResultado = new Map<string, Map<string, string>>();
  for (const [i, h] of hojasDe(libro, relsLibro).entries()) {
    // Chart sheets and dialog sheets are not worksheets: exceljs skips them as it always did.
    const tipo = atributo(relaciones(relsLibro, "xl/workbook.xml").find((r) => r.id === h.rId)?.tag ?? "", "Type");
    if (tipo !== `${NS_REL}/worksheet` || zip.file(h.ruta) === null) continue;
    const xml = (await texto(inflador, h.ruta)) ?? "";
    const nombre = `sheet${i + 1}.xml`;
    vista.file(`xl/worksheets/${nombre}`, xml);
    sinResultado.set(h.nombre, formulasSinResultado(xml));
    const rels = await relsDeHoja(inflador, h.ruta, vista, tablas);
    if (rels !== null) vista.file(`xl/worksheets/_rels/${nombre}.rels`, rels);
    relsVista.push(rel(h.rId, `${NS_REL}/worksheet`, `worksheets/${nombre}`));
  }
  vista.file("xl/styles.xml", estilos ?? ESTILOS_MINIMOS);
  if (!relsVista.some((r) => r.includes(`${NS_REL}/styles"`))) relsVista.push(rel("rIdEstilosVista", `${NS_REL}/styles`, "styles.xml"));
  vista.file("xl/_rels/workbook.xml.rels", xmlRels(relsVista));
  vista.file("xl/workbook.xml", libro);
  return { vista, sinResultado };
}
