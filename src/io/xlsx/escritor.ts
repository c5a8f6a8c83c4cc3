/**
 * The .xlsx writer (issue #4): interprets a WorkbookPlan on a copy of the input workbook.
 * exceljs rewrites the package with the owned sheets replaced; then jszip adds what exceljs
 * cannot write (internal links as `location`, native charts, the ownership record).
 * Only sheets named in the plan or owned by the previous run are touched (SPEC §6).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookPlan } from "../../core/reporte/plan";
import { escribirHoja } from "./_escritor/hoja";
import { leerParte, rutasDeHojas } from "./_escritor/paquete";
import { editarHoja, insertarEnHoja, xmlVinculos } from "./_escritor/xmlHoja";
import { lectorDelPlan } from "./graficos/datos";
import { agregarGraficos } from "./graficos/insertar";
import { escribirPropiedad, leerPropiedad } from "./propiedad";

/** The plan would overwrite or delete a sheet the product does not own. */
export class HojaAjenaError extends Error {
  override readonly name = "HojaAjenaError";
  constructor(readonly hoja: string) {
    super(`La hoja "${hoja}" no fue creada por Seguimiento; no se modifica ni se elimina.`);
  }
}

function comoBytes(entrada: ArrayBuffer | Uint8Array): Uint8Array {
  return entrada instanceof Uint8Array ? entrada : new Uint8Array(entrada);
}

/**
 * Writes `plan` into a copy of `entrada` and returns the new package.
 * @example const salida = await escribirXlsx(await fs.readFile("matriz.xlsx"), plan);
 */
export async function escribirXlsx(entrada: ArrayBuffer | Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const bytes = comoBytes(entrada);
  const paqueteEntrada = await JSZip.loadAsync(bytes);
  const previa = await leerPropiedad(paqueteEntrada);
  const propias = new Set(Object.keys(previa?.hojas ?? {}));
  // exceljs drops docProps/custom.xml; the workbook's other custom properties are carried over.
  const propiedadesOriginales = await leerParte(paqueteEntrada, "docProps/custom.xml");

  const libro = new ExcelJS.Workbook();
  // exceljs's typings want a Node Buffer; it only reads the bytes.
  await libro.xlsx.load(bytes as unknown as ArrayBuffer);

  const reemplazar = [...plan.eliminar, ...plan.hojas.map((h) => h.nombre)];
  for (const nombre of reemplazar) {
    const ws = libro.getWorksheet(nombre);
    if (ws === undefined) continue;
    if (!propias.has(nombre)) throw new HojaAjenaError(nombre);
    libro.removeWorksheet(ws.id);
  }
  for (const hoja of plan.hojas) escribirHoja(libro.addWorksheet(hoja.nombre), hoja);

  const escrito = await libro.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(escrito);
  const rutas = await rutasDeHojas(zip);
  const leer = lectorDelPlan(plan.hojas);
  const usados = new Set<string>();
  for (const hoja of plan.hojas) {
    const ruta = rutas.get(hoja.nombre);
    if (ruta === undefined) throw new Error(`exceljs no escribió la hoja "${hoja.nombre}"`);
    if (hoja.vinculos.length > 0) await editarHoja(zip, ruta, (xml) => insertarEnHoja(xml, "hyperlinks", xmlVinculos(hoja.vinculos)));
    await agregarGraficos(zip, ruta, hoja.graficos, leer, usados);
  }
  if (propiedadesOriginales !== null && zip.file("docProps/custom.xml") === null) zip.file("docProps/custom.xml", propiedadesOriginales);
  await escribirPropiedad(zip, plan.propiedad);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
