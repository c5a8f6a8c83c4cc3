/**
 * The custom document property that records the sheets Consolidar owns (SPEC §6):
 * docProps/custom.xml, which exceljs does not expose, read with jszip.
 */
import JSZip from "jszip";
import { CLAVE_AJUSTE_PROPIEDAD, type Propiedad } from "../../../core/reporte/plan";

const ENTIDADES: Readonly<Record<string, string>> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'", "&amp;": "&" };

function decodificarXml(s: string): string {
  return s.replace(/&(?:lt|gt|quot|apos|amp);|&#(\d+);|&#x([0-9a-fA-F]+);/g, (e, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ENTIDADES[e] ?? e;
  });
}

/** Value of a custom property by name, null when absent. */
export function propiedadDeXml(xml: string, nombre: string): string | null {
  const re = /<property\b([^>]*)>([\s\S]*?)<\/property>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[1] ?? "";
    const n = /\bname="([^"]*)"/.exec(attrs);
    if (!n || decodificarXml(n[1] ?? "") !== nombre) continue;
    const v = /<vt:lpw?str>([\s\S]*?)<\/vt:lpw?str>/.exec(m[2] ?? "");
    return v ? decodificarXml(v[1] ?? "") : null;
  }
  return null;
}

function esPropiedad(x: unknown): x is Propiedad {
  return typeof x === "object" && x !== null && "hojas" in x && typeof x.hojas === "object" && x.hojas !== null;
}

/** Names of the sheets an earlier run wrote, from the package (empty when none or unreadable JSON). */
export async function hojasPropiasDelPaquete(zip: JSZip): Promise<string[]> {
  const archivo = zip.file("docProps/custom.xml");
  if (!archivo) return [];
  const texto = propiedadDeXml(await archivo.async("string"), CLAVE_AJUSTE_PROPIEDAD);
  if (texto === null) return [];
  let datos: unknown;
  try {
    datos = JSON.parse(texto);
  } catch {
    // A hand-edited property is user data, not a broken contract: read every sheet as input.
    return [];
  }
  return esPropiedad(datos) ? Object.keys(datos.hojas) : [];
}
