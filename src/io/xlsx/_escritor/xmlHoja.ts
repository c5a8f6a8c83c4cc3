/**
 * Inserting elements into a worksheet part already in the package, honouring the element order of
 * CT_Worksheet (ECMA-376 §18.3.1.99): Excel rejects a part whose children are out of order.
 */
import type JSZip from "jszip";
import { ErrorPaqueteInvalido } from "../../../core/fallos";
import { leerParte } from "./paquete";

const ORDEN = [
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;
export type ElementoHoja = (typeof ORDEN)[number];

/** Puts `fragmento` (an `elemento`) before the first child that must follow it. */
export function insertarEnHoja(xml: string, elemento: ElementoHoja, fragmento: string): string {
  if (new RegExp(`<${elemento}[\\s>/]`).test(xml)) throw new ErrorPaqueteInvalido(`la hoja ya tiene <${elemento}>`);
  const siguientes = ORDEN.slice(ORDEN.indexOf(elemento) + 1);
  let pos = xml.lastIndexOf("</worksheet>");
  for (const s of siguientes) {
    const m = new RegExp(`<${s}[\\s>/]`).exec(xml);
    if (m && m.index < pos) pos = m.index;
  }
  if (pos < 0) throw new ErrorPaqueteInvalido("hoja sin </worksheet>");
  return xml.slice(0, pos) + fragmento + xml.slice(pos);
}

export async function editarHoja(zip: JSZip, ruta: string, editar: (xml: string) => string): Promise<void> {
  const xml = await leerParte(zip, ruta);
  if (xml === null) throw new ErrorPaqueteInvalido(`falta ${ruta}`);
  zip.file(ruta, editar(xml));
}
