/**
 * Test helpers: a small synthetic matriz written with exceljs, and the task pane's saved settings
 * put into an .xlsx the way Excel stores an add-in's `workbook.settings` — a web-extension part
 * whose `<we:property value>` is the JSON serialisation of the value set (here a string, since
 * the pane sets JSON.stringify(ajustes)), XML-escaped. Written by hand, not with the product's
 * own XML helpers, so the reader is checked against the format rather than against itself.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

/**
 * PDM: E = programado 2025, F = ejecutado 2025 (half of E on every row), G = a column the header
 * does not name ("Cifra verificada"), holding other figures: 8 of 10, 2 of 2, 20 of 20.
 */
export const FILAS_PDM: readonly (readonly (string | number)[])[] = [
  ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025", "Cifra verificada"],
  ["Secretaría de Salud", "1001", "Vacunar niños y niñas", 40, 10, 5, 8],
  ["Secretaría de Salud", "1002", "Construir puestos de salud", 4, 2, 1, 2],
  ["Secretaría de Gobierno", "2001", "Capacitar líderes comunales", 100, 20, 10, 20],
];

/** The same matrix on a second sheet with other metas (codes 3001…), for per-sheet corrections. */
export const FILAS_OTRA: readonly (readonly (string | number)[])[] = [
  FILAS_PDM[0] ?? [],
  ["Secretaría de Educación", "3001", "Dotar bibliotecas escolares", 12, 3, 3, 3],
  ["Secretaría de Educación", "3002", "Formar docentes", 200, 50, 25, 25],
];

export async function libroMatriz(hojas: Readonly<Record<string, readonly (readonly (string | number)[])[]>>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [nombre, filas] of Object.entries(hojas)) {
    const ws = wb.addWorksheet(nombre);
    for (const f of filas) ws.addRow([...f]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const atributoXml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

/** The web-extension part Excel writes for an add-in with `settings` (name → value already JSON-serialised). */
export function parteWebExtension(propiedades: Readonly<Record<string, string>>): string {
  const props = Object.entries(propiedades)
    .map(([n, v]) => `<we:property name="${atributoXml(n)}" value="${atributoXml(v)}"/>`)
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5A7B9C1D-0000-4000-8000-000000000001}">` +
    `<we:reference id="0f5a3c2e-seguimiento" version="0.1.0.0" store="developer" storeType="Registry"/><we:alternateReferences/>` +
    `<we:properties>${props}</we:properties><we:bindings/>` +
    `<we:snapshot xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></we:webextension>`
  );
}

/** `bytes` with extra web-extension parts (path → XML), declared in [Content_Types].xml as Excel does. */
export async function conPartes(bytes: Uint8Array, partes: Readonly<Record<string, string>>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  let tipos = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  for (const [ruta, xml] of Object.entries(partes)) {
    zip.file(ruta, xml);
    tipos = tipos.replace("</Types>", `<Override PartName="/${ruta}" ContentType="application/vnd.ms-office.webextension+xml"/></Types>`);
  }
  zip.file("[Content_Types].xml", tipos);
  return zip.generateAsync({ type: "uint8array" });
}

/** `bytes` with the pane's settings saved as Excel keeps them (SPEC §8: CLAVE_AJUSTE_AJUSTES = "seguimiento.ajustes"). */
export function conAjustesGuardados(bytes: Uint8Array, ajustes: unknown): Promise<Uint8Array> {
  return conPartes(bytes, { "xl/webextensions/webextension1.xml": parteWebExtension({ "seguimiento.ajustes": JSON.stringify(JSON.stringify(ajustes)) }) });
}
