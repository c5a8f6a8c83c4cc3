/**
 * The settings the task pane saved in a workbook (SPEC §8), read from the saved .xlsx so that the
 * command line reuses them (SPEC §3.7). Excel keeps an add-in's `workbook.settings` in its
 * web-extension part (xl/webextensions/webextension*.xml, [MS-OWEXML] CT_OsfWebExtensionProperty):
 * `<we:property name="…" value="…"/>`, the value being the JSON serialisation of what was set
 * (`value="true"`, `value="[&quot;a&quot;]"`). The pane sets a string (JSON.stringify of Ajustes),
 * so the attribute holds a JSON string whose text is the settings' JSON.
 * No Node APIs here: the browser demo may read files through the same code.
 */
import type JSZip from "jszip";
import { CLAVE_AJUSTE_AJUSTES } from "../../core/reporte/plan";
import { atributo, leerParte } from "./_escritor/paquete";

const PARTE_RE = /^xl\/webextensions\/webextension[^/]*\.xml$/i;
const PROPIEDAD_RE = /<we:property\b[^>]*>/g;

/** The attribute's JSON layer removed: a string is the pane's own text; anything else is re-serialised. */
function textoDe(valor: string): string {
  try {
    const v: unknown = JSON.parse(valor);
    return typeof v === "string" ? v : JSON.stringify(v);
  } catch (e) {
    // Not Office's serialisation (a hand-edited part): hand the text on so its reader says it is not JSON.
    if (e instanceof SyntaxError) return valor;
    throw e;
  }
}

/**
 * The JSON text of the settings saved under CLAVE_AJUSTE_AJUSTES, or null when the workbook has none.
 * @example const texto = await leerAjustesGuardados(await JSZip.loadAsync(bytes)) // '{"correcciones":[…]}'
 */
export async function leerAjustesGuardados(zip: JSZip): Promise<string | null> {
  const partes = Object.keys(zip.files)
    .filter((n) => PARTE_RE.test(n))
    .sort();
  for (const parte of partes) {
    const xml = (await leerParte(zip, parte)) ?? "";
    for (const m of xml.matchAll(PROPIEDAD_RE)) {
      if (atributo(m[0], "name") !== CLAVE_AJUSTE_AJUSTES) continue;
      const valor = atributo(m[0], "value");
      return valor === null ? null : textoDe(valor);
    }
  }
  return null;
}
