/**
 * exceljs → the core's grid (Libro): cached formula results, rich text as plain text, dates as
 * Excel serials, error values as {error}, merged areas, number formats, visibility, culture es-CO,
 * and the owned sheets from the custom property. The package is unzipped once: the grid, the
 * ownership record, the saved settings and the writer share it. Every part is inflated within
 * the size limits (_lib/limites), and exceljs reads only the parts of the grid (_lib/vistaExcelJs).
 * No Node APIs: the browser demo uses it too.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { CULTURA_ES_CO, formulaSinResultado, type Combinada, type Hoja, type Libro, type Valor } from "../../core/grid/libro";
import type { Propiedad } from "../../core/reporte/plan";
import { ErrorArchivo, mensajeFallo } from "../../core/fallos";
import { cargarExcelJs } from "./_lib/exceljsDesdeZip";
import { comprobarTamanoArchivo, Inflador } from "./_lib/limites";
import { vistaExcelJs } from "./_lib/vistaExcelJs";
import { leerAjustesGuardados } from "./ajustesGuardados";
import { propiedadDelPaquete } from "./propiedad";
import { valorCelda } from "./_lib/valorCelda";

interface RangoExcelJS {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** exceljs keeps merges in a private map; its public `model` getter would serialise the whole sheet. */
function combinadasDe(ws: ExcelJS.Worksheet): Combinada[] {
  const merges = (ws as unknown as { _merges?: Record<string, RangoExcelJS | undefined> })._merges ?? {};
  const out: Combinada[] = [];
  for (const r of Object.values(merges)) {
    if (r) out.push({ fila: r.top - 1, columna: r.left - 1, filas: r.bottom - r.top + 1, columnas: r.right - r.left + 1 });
  }
  return out;
}

/** `sinResultado`: A1 → formula of the sheet's formulas stored without a result (formulasSinResultado). */
function leerHoja(ws: ExcelJS.Worksheet, archivo: string, sinResultado: ReadonlyMap<string, string>): Hoja {
  const valores: Valor[][] = [];
  const formatos: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, numero) => {
    const fila: Valor[] = [];
    const fmt: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // exceljs answers a merged cell's master value on every cell of the area: the grid keeps it once
      // cell.value drops a cached 0 of a shared-formula clone (Tenjo AS172 shows 0, value has no result): cell.result keeps it
      const formula = cell.type === ExcelJS.ValueType.Formula ? sinResultado.get(cell.address) : undefined;
      const v =
        cell.type === ExcelJS.ValueType.Merge
          ? null
          : formula !== undefined
            ? formulaSinResultado(formula)
            : valorCelda(cell.type === ExcelJS.ValueType.Formula ? (cell.result ?? null) : cell.value);
      while (fila.length < col - 1) {
        fila.push(null);
        fmt.push(null);
      }
      fila[col - 1] = v;
      fmt[col - 1] = cell.numFmt ?? null;
    });
    while (valores.length < numero - 1) {
      valores.push([]);
      formatos.push([]);
    }
    valores[numero - 1] = fila;
    formatos[numero - 1] = fmt;
  });
  return { nombre: ws.name, valores, formatos, combinadas: combinadasDe(ws), visible: ws.state === "visible", archivo };
}

function esZip(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
}

function esCompuestoOle(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
}

/** One .xlsx opened: its package (unzipped once) and what was read from it. */
export interface PaqueteXlsx {
  readonly nombre: string;
  /** The loaded package; the writer grafts the report into it (SPEC §6: a copy, never the input file). */
  readonly zip: JSZip;
  readonly libro: Libro;
  readonly propiedad: Propiedad | null;
  /** JSON text of the settings the pane saved, null when none. */
  readonly ajustesGuardados: string | null;
  /** What the user should know about this file (a damaged ownership record), in Spanish. */
  readonly avisos: readonly string[];
}

/** Parts whose inflated text stays in the package for the writer: all but the (large) worksheets. */
const conservar = (ruta: string): boolean => !/^xl\/worksheets\/[^/]+\.xml$/i.test(ruta);

/** The parts the ownership record and the saved settings are read from, inflated within the limits first. */
async function inflarMetadatos(zip: JSZip, inflador: Inflador): Promise<void> {
  for (const ruta of [
    "[Content_Types].xml",
    "_rels/.rels",
    "docProps/custom.xml",
    ...Object.keys(zip.files).filter((n) => /^xl\/webextensions\/.*\.xml$/i.test(n)),
  ]) {
    await inflador.texto(ruta);
  }
}

/**
 * Opens an .xlsx: grid, ownership record and saved settings from one unzip. Throws ErrorArchivo
 * (F-ARCHIVO-NO-XLSX, -PROTEGIDO, -CORRUPTO, -DEMASIADO-GRANDE).
 * @example const { libro, propiedad } = await abrirXlsx(bytes, "plan.xlsx")
 */
export async function abrirXlsx(datos: ArrayBuffer | Uint8Array, nombreArchivo: string): Promise<PaqueteXlsx> {
  const bytes = datos instanceof Uint8Array ? datos : new Uint8Array(datos);
  comprobarTamanoArchivo(bytes.length, nombreArchivo);
  if (esCompuestoOle(bytes)) throw new ErrorArchivo(/\.xls$/i.test(nombreArchivo) ? "F-ARCHIVO-NO-XLSX" : "F-ARCHIVO-PROTEGIDO", nombreArchivo);
  if (!esZip(bytes)) throw new ErrorArchivo("F-ARCHIVO-NO-XLSX", nombreArchivo);
  let zip: JSZip;
  let wb: ExcelJS.Workbook;
  let sinResultado: ReadonlyMap<string, ReadonlyMap<string, string>>;
  try {
    zip = await JSZip.loadAsync(bytes);
    if (!zip.file("xl/workbook.xml")) throw new ErrorArchivo("F-ARCHIVO-NO-XLSX", nombreArchivo);
    const inflador = new Inflador(zip, nombreArchivo, conservar);
    const vista = await vistaExcelJs(zip, inflador);
    await inflarMetadatos(zip, inflador);
    sinResultado = vista.sinResultado;
    wb = await cargarExcelJs(vista.vista);
  } catch (e) {
    if (e instanceof ErrorArchivo) throw e;
    throw new ErrorArchivo("F-ARCHIVO-CORRUPTO", nombreArchivo, { cause: e });
  }
  const hojas = wb.worksheets.map((ws) => leerHoja(ws, nombreArchivo, sinResultado.get(ws.name) ?? new Map()));
  const lectura = await propiedadDelPaquete(zip);
  const propiedad = lectura?.ok ? lectura.valor : null;
  const avisos = lectura?.ok === false ? [mensajeFallo(lectura.codigo, { archivo: nombreArchivo })] : [];
  const libro: Libro = { hojas, cultura: CULTURA_ES_CO, archivos: [nombreArchivo], hojasPropias: Object.keys(propiedad?.hojas ?? {}) };
  return { nombre: nombreArchivo, zip, libro, propiedad, ajustesGuardados: await leerAjustesGuardados(zip), avisos };
}

/**
 * Reads an .xlsx into the core's grid. Throws ErrorArchivo (F-ARCHIVO-NO-XLSX, -PROTEGIDO, -CORRUPTO).
 * @example const libro = await leerXlsx(bytes, "plan.xlsx")
 */
export async function leerXlsx(datos: ArrayBuffer | Uint8Array, nombreArchivo: string): Promise<Libro> {
  return (await abrirXlsx(datos, nombreArchivo)).libro;
}
