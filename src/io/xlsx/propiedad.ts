/**
 * The ownership record of SPEC §6 inside an .xlsx: the custom document property
 * CLAVE_AJUSTE_PROPIEDAD (docProps/custom.xml) holding the JSON of Propiedad.
 * Used by the writer (after writing) and by the reader (to skip owned sheets).
 * No Node APIs here: the browser demo reads files through the same code.
 */
import type JSZip from "jszip";
import { CLAVE_AJUSTE_PROPIEDAD, type Propiedad } from "../../core/reporte/plan";
import { leerPropiedad, type LecturaPropiedad } from "../../core/reporte/propiedad";
import { agregarRelacion, asegurarTipoContenido, atributo, desescaparXml, escaparXml, leerParte } from "./_escritor/paquete";

const PARTE = "docProps/custom.xml";
const TIPO_CONTENIDO = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
const TIPO_RELACION = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties";
const NS_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";
const NS_VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";
/** The FMTID every user-defined custom property uses (MS-OLEPS). */
const FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

const PROPIEDAD_RE = /<property\b[^>]*>[\s\S]*?<\/property>/g;

function nombreDe(propiedadXml: string): string | null {
  const inicio = /<property\b[^>]*>/.exec(propiedadXml);
  return inicio ? atributo(inicio[0], "name") : null;
}

/**
 * The ownership record stored in the package, read by the core's rule (reporte/propiedad.ts):
 * null when absent, a coded problem when damaged.
 */
export async function propiedadDelPaquete(zip: JSZip): Promise<LecturaPropiedad | null> {
  const xml = await leerParte(zip, PARTE);
  if (xml === null) return null;
  for (const m of xml.matchAll(PROPIEDAD_RE)) {
    if (nombreDe(m[0]) !== CLAVE_AJUSTE_PROPIEDAD) continue;
    const texto = /<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>/.exec(m[0])?.[1];
    // A property of another type (a number, a date) under our name is damaged as well.
    return leerPropiedad(texto === undefined ? null : desescaparXml(texto));
  }
  return null;
}

/** Creates or updates the property, keeping every other custom property of the workbook. */
export async function escribirPropiedad(zip: JSZip, propiedad: Propiedad): Promise<void> {
  const valor = escaparXml(JSON.stringify(propiedad));
  const actual = await leerParte(zip, PARTE);
  if (actual === null) {
    zip.file(
      PARTE,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="${NS_CUSTOM}" xmlns:vt="${NS_VT}">` +
        `<property fmtid="${FMTID}" pid="2" name="${CLAVE_AJUSTE_PROPIEDAD}"><vt:lpwstr>${valor}</vt:lpwstr></property></Properties>`,
    );
    await asegurarTipoContenido(zip, PARTE, TIPO_CONTENIDO, true);
    const rels = (await leerParte(zip, "_rels/.rels")) ?? "";
    if (!rels.includes(TIPO_RELACION)) await agregarRelacion(zip, "_rels/.rels", TIPO_RELACION, PARTE);
    return;
  }
  // pid values of user properties start at 2 and must be unique.
  const otras = [...actual.matchAll(PROPIEDAD_RE)].map((m) => m[0]).filter((p) => nombreDe(p) !== CLAVE_AJUSTE_PROPIEDAD);
  const pids = otras.map((p) => Number(atributo(/<property\b[^>]*>/.exec(p)?.[0] ?? "", "pid") ?? 1));
  const pid = Math.max(1, ...pids) + 1;
  const nueva = `<property fmtid="${FMTID}" pid="${pid}" name="${CLAVE_AJUSTE_PROPIEDAD}"><vt:lpwstr>${valor}</vt:lpwstr></property>`;
  const cuerpo = actual
    .replace(PROPIEDAD_RE, (p) => (nombreDe(p) === CLAVE_AJUSTE_PROPIEDAD ? "" : p))
    .replace(/<Properties\b([^>]*)\/>/, "<Properties$1></Properties>");
  zip.file(PARTE, cuerpo.replace("</Properties>", `${nueva}</Properties>`));
  await asegurarTipoContenido(zip, PARTE, TIPO_CONTENIDO, true);
  const rels = (await leerParte(zip, "_rels/.rels")) ?? "";
  if (!rels.includes(TIPO_RELACION)) await agregarRelacion(zip, "_rels/.rels", TIPO_RELACION, PARTE);
}
