/**
 * The settings the pane keeps in the workbook (SPEC §8) and the recognition corrections among
 * them (SPEC §3.7): one format, JSON text under CLAVE_AJUSTE_AJUSTES, read and written here only.
 */
import { type Ajustes, type CorreccionHoja, ErrorAjustesGuardados, leerAjustesGuardados, mensajesAjuste } from "../core";
import type { DestinoAjustes, FuenteLibro } from "./puertos";

/**
 * The saved text as settings, through the settings contract: `{}` when there is none or it is
 * damaged (a damaged setting must not stop a run; the user's next change overwrites it).
 * @example interpretarAjustes('{"vigencia":2025}') // { vigencia: 2025 }
 */
export function interpretarAjustes(texto: string | null): Ajustes {
  if (texto === null) return {};
  const r = leerAjustesGuardados(texto);
  return r.ok ? r.valor : {};
}

/** The settings saved in the workbook, `{}` when none; damaged ones throw ErrorAjustesGuardados (the pane then uses the defaults). */
export async function cargarAjustes(fuente: FuenteLibro): Promise<Ajustes> {
  const texto = await fuente.leerAjustes();
  if (texto === null) return {};
  const r = leerAjustesGuardados(texto);
  if (!r.ok) throw new ErrorAjustesGuardados(mensajesAjuste(r.problemas));
  return r.valor;
}

export async function guardarAjustes(destino: DestinoAjustes, ajustes: Ajustes): Promise<void> {
  await destino.guardarAjustes(JSON.stringify(ajustes));
}

/** The settings with the corrections the user confirmed in the Matriz tab (they are saved with them). */
export function conCorrecciones(ajustes: Ajustes, correcciones: readonly CorreccionHoja[]): Ajustes {
  return { ...ajustes, correcciones };
}
