/**
 * The .xlsx writer (issue #4): interprets a WorkbookPlan on a copy of the input workbook.
 * The input package is never re-serialised: exceljs writes only the owned sheets into a package
 * of their own, which is grafted into the input (_escritor/injertar); jszip then adds what
 * exceljs cannot write (internal links as `location`, native charts, the ownership record).
 * So every input sheet keeps its bytes — values, formulas, styles, merges, validations, defined
 * names, comments, images, external links. Only sheets owned by the previous run are replaced
 * or deleted (SPEC §6).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookPlan } from "../../core/reporte/plan";
import { escribirHoja } from "./_escritor/hoja";
import { injertarHojas } from "./_escritor/injertar";
import { hojasDelPaquete, quitarHojas } from "./_escritor/libroXml";
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

/** The owned sheets alone, written by exceljs (which cannot write charts: added afterwards). */
async function paqueteDeHojas(plan: WorkbookPlan): Promise<JSZip> {
  const libro = new ExcelJS.Workbook();
  for (const hoja of plan.hojas) escribirHoja(libro.addWorksheet(hoja.nombre), hoja);
  return JSZip.loadAsync(await libro.xlsx.writeBuffer());
}

/**
 * Writes `plan` into a copy of `entrada` and returns the new package.
 * @example const salida = await escribirXlsx(await fs.readFile("matriz.xlsx"), plan);
 */
export async function escribirXlsx(entrada: ArrayBuffer | Uint8Array, plan: WorkbookPlan): Promise<Uint8Array> {
  const [zip, propias] = await Promise.all([JSZip.loadAsync(entrada), paqueteDeHojas(plan)]);
  const previa = await leerPropiedad(zip);
  const existentes = new Set((await hojasDelPaquete(zip)).map((h) => h.nombre));
  const reemplazar = new Set([...plan.eliminar, ...plan.hojas.map((h) => h.nombre)].filter((n) => existentes.has(n)));
  for (const nombre of reemplazar) if (previa?.hojas[nombre] === undefined) throw new HojaAjenaError(nombre);

  await quitarHojas(zip, reemplazar);
  const rutas = await injertarHojas(zip, propias);
  const leer = lectorDelPlan(plan.hojas);
  const usados = new Set<string>();
  for (const hoja of plan.hojas) {
    const ruta = rutas.get(hoja.nombre);
    if (ruta === undefined) throw new Error(`exceljs no escribió la hoja "${hoja.nombre}"`);
    if (hoja.vinculos.length > 0) await editarHoja(zip, ruta, (xml) => insertarEnHoja(xml, "hyperlinks", xmlVinculos(hoja.vinculos)));
    await agregarGraficos(zip, ruta, hoja.graficos, leer, usados);
  }
  await escribirPropiedad(zip, plan.propiedad);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
