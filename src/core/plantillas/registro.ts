/**
 * The hidden record of a template (issue 14): a very hidden sheet whose cells say which master the
 * template comes from and how to read it back. A sheet rather than a custom XML part or a defined
 * name: exceljs and Office.js read and write sheets natively (custom XML parts need Office's
 * customXmlParts API, and a defined name's text stops at 255 characters), Excel re-saves it
 * untouched, and "very hidden" cannot be unhidden from Excel's menus. Hidden sheets are never
 * read as a matrix (leerLibro), and the marker in A1 tells it from the user's own hidden sheets.
 */
import { leerCorrecciones } from "../ajustes";
import type { Hoja, Valor } from "../grid/libro";
import type { CorreccionHoja } from "../matriz/tipos";
import type { FilaRegistro, RegistroPlantilla } from "./tipos";

export const MARCA_PLANTILLA = "seguimiento.plantilla";
export const VERSION_PLANTILLA = 1;
export const HOJA_REGISTRO = "Registro de la plantilla";

/**
 * The record as rows: the marker, one "clave | valor" row per scalar, one "correccion | hoja | JSON"
 * row per sheet and one "fila | hoja | fila en la plantilla | fila en la matriz | código" row per meta.
 * @example registroAFilas(r)[0] // ["seguimiento.plantilla", 1]
 */
export function registroAFilas(r: RegistroPlantilla): Valor[][] {
  return [
    [MARCA_PLANTILLA, VERSION_PLANTILLA],
    ["archivoMaestro", r.archivoMaestro],
    ["vigencia", r.vigencia],
    ...(r.modoPlan ? [["modoPlan", r.modoPlan]] : []),
    ["dependencia", r.dependencia],
    ["hojaInstrucciones", r.hojaInstrucciones],
    ...r.correcciones.map((c): Valor[] => ["correccion", c.hoja, JSON.stringify(c)]),
    ...r.filas.map((f): Valor[] => ["fila", f.hoja, f.filaPlantilla, f.filaMaestra, f.codigo]),
  ];
}

function texto(v: Valor | undefined): string | null {
  return typeof v === "string" ? v : typeof v === "number" ? String(v) : null;
}

/** A sheet's pinned reading, through the settings contract: the record is ours, but a macro or another tool may have edited it. */
function correccion(json: string | null, hoja: string): CorreccionHoja | null {
  if (json === null) return null;
  let valor: unknown;
  try {
    valor = JSON.parse(json);
  } catch {
    // damaged: the sheet is then read by its own recognition
    return null;
  }
  const r = leerCorrecciones([valor]);
  const [c] = r.ok ? r.valor : [];
  return c?.hoja === hoja ? c : null;
}

/**
 * The record a sheet holds, or null when the sheet is not one (no marker, or a version this
 * product does not know): the template is then read like any workbook.
 * @example leerRegistro(hoja)?.dependencia // "Secretaría de Salud"
 */
export function leerRegistro(hoja: Hoja): RegistroPlantilla | null {
  const [cabecera, ...filas] = hoja.valores;
  if (cabecera?.[0] !== MARCA_PLANTILLA || cabecera[1] !== VERSION_PLANTILLA) return null;
  const valores = new Map<string, Valor>();
  const correcciones: CorreccionHoja[] = [];
  const metas: FilaRegistro[] = [];
  for (const f of filas) {
    const clave = texto(f[0]);
    const hojaFila = texto(f[1]) ?? "";
    if (clave === "correccion") {
      const c = correccion(texto(f[2]), hojaFila);
      if (c) correcciones.push(c);
    } else if (clave === "fila" && typeof f[2] === "number" && typeof f[3] === "number") {
      metas.push({ hoja: hojaFila, filaPlantilla: f[2], filaMaestra: f[3], codigo: texto(f[4]) });
    } else if (clave !== null) valores.set(clave, f[1] ?? null);
  }
  const vigencia = valores.get("vigencia");
  if (typeof vigencia !== "number") return null;
  const modoPlan = texto(valores.get("modoPlan"));
  return {
    archivoMaestro: texto(valores.get("archivoMaestro")) ?? "",
    vigencia,
    ...(modoPlan === "anual" || modoPlan === "cuatrienio" ? { modoPlan } : {}),
    dependencia: texto(valores.get("dependencia")) ?? "",
    hojaInstrucciones: texto(valores.get("hojaInstrucciones")) ?? "",
    correcciones,
    filas: metas,
  };
}
