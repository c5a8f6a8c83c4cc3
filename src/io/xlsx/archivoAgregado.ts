/**
 * An .xlsx the user adds beside the open workbook in the pane (issue 14), read from the browser's
 * File. The pane loads this module on demand (the "lector-xlsx" chunk): exceljs never enters the
 * pane's first download. No Node APIs.
 */
import type { LibroLeido } from "../../app/puertos";
import { comprobarTamanoArchivo } from "./_lib/limites";
import { abrirXlsx } from "./lector";
import { leidoDe } from "./libroXlsx";

/** What the pane needs of a browser File (a Blob with a name); tests pass a plain object. */
export interface ArchivoNavegador {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/**
 * Reads an added file; a file over the size limit is refused before its bytes are read. Throws
 * ErrorArchivo (F-ARCHIVO-DEMASIADO-GRANDE, -NO-XLSX, -PROTEGIDO, -CORRUPTO).
 * @example const leido = await leerArchivoAgregado(input.files[0])
 */
export async function leerArchivoAgregado(archivo: ArchivoNavegador): Promise<LibroLeido> {
  comprobarTamanoArchivo(archivo.size, archivo.name);
  return leidoDe([await abrirXlsx(await archivo.arrayBuffer(), archivo.name)]);
}
