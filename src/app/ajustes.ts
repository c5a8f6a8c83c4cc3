/**
 * The settings the pane keeps in the workbook (SPEC §8) and the recognition corrections among
 * them (SPEC §3.7): one format, JSON text under CLAVE_AJUSTE_AJUSTES, read and written here only.
 */
import type { Ajustes } from "../core/calculo/tipos";
import type { CorreccionHoja } from "../core/matriz/tipos";
import type { DestinoAjustes, FuenteLibro } from "./puertos";

/**
 * The saved text as settings: `{}` when there is none or it is not a JSON object (a damaged
 * setting must not stop the pane from opening; the user's next change overwrites it).
 * @example interpretarAjustes('{"vigencia":2025}') // { vigencia: 2025 }
 */
export function interpretarAjustes(texto: string | null): Ajustes {
  if (texto === null) return {};
  try {
    const v: unknown = JSON.parse(texto);
    return typeof v === "object" && v !== null && !Array.isArray(v) ? v : {};
  } catch (e) {
    if (e instanceof SyntaxError) return {};
    throw e;
  }
}

/** The settings saved in the workbook, `{}` when none. */
export async function cargarAjustes(fuente: FuenteLibro): Promise<Ajustes> {
  return interpretarAjustes(await fuente.leerAjustes());
}

export async function guardarAjustes(destino: DestinoAjustes, ajustes: Ajustes): Promise<void> {
  await destino.guardarAjustes(JSON.stringify(ajustes));
}

/** The settings with the corrections the user confirmed in the Matriz tab (they are saved with them). */
export function conCorrecciones(ajustes: Ajustes, correcciones: readonly CorreccionHoja[]): Ajustes {
  return { ...ajustes, correcciones };
}
