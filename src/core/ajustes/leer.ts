/**
 * The doors of the settings contract: unknown input (saved settings, a `--mapa` file, a CLI
 * option's text, a field of the pane's form) → typed settings or coded problems.
 */
import { z } from "zod";
import type { Ajustes } from "../calculo/tipos";
import type { CorreccionHoja } from "../matriz/tipos";
import { problemasDeZod } from "./_lib/zod";
import { esquemaAjustes, esquemaCorrecciones } from "./esquema";
import { mensajeAjuste, type ProblemaAjuste, type Resultado } from "./problemas";

function resultado<T>(esquema: z.ZodType<T>, valor: unknown, prefijo: readonly (string | number)[] = []): Resultado<T> {
  const r = esquema.safeParse(valor, { reportInput: true });
  return r.success ? { ok: true, valor: r.data } : { ok: false, problemas: problemasDeZod(r.error.issues, prefijo) };
}

/**
 * Settings from any source (the pane's saved JSON, the form, the CLI's composed options).
 * @example leerAjustes({ tope: "ninguno", pesosAnio: [15, 35, 35, 15] }) → { ok: true, valor: { tope: "ninguno", pesosAnio: [0.15, 0.35, 0.35, 0.15] } }
 */
export function leerAjustes(valor: unknown): Resultado<Ajustes> {
  return resultado(esquemaAjustes, valor);
}

/**
 * The settings the pane saved in a workbook, from their JSON text (SPEC §8).
 * @example leerAjustesGuardados('{"tope":"ninguno"}') → { ok: true, valor: { tope: "ninguno" } }
 */
export function leerAjustesGuardados(texto: string): Resultado<Ajustes> {
  let valor: unknown;
  try {
    valor = JSON.parse(texto);
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, problemas: [{ codigo: "AJ-JSON", ruta: [], params: {} }] };
    throw e;
  }
  return leerAjustes(valor);
}

/**
 * Recognition corrections (SPEC §3.7) from parsed JSON: a list per sheet, or the settings object
 * that holds one under `correcciones` (what the pane saves; its other settings are not read here).
 * @example leerCorrecciones([{ hoja: "PDM", columnas: { F: { campo: null } } }]) → { ok: true, valor: […] }
 */
export function leerCorrecciones(valor: unknown): Resultado<CorreccionHoja[]> {
  if (typeof valor === "object" && valor !== null && !Array.isArray(valor)) {
    if (!("correcciones" in valor)) return { ok: false, problemas: [{ codigo: "AJ-CORRECCIONES-FALTAN", ruta: [], params: {} }] };
    return resultado(esquemaCorrecciones, valor.correcciones, ["correcciones"]);
  }
  return resultado(esquemaCorrecciones, valor);
}

/** Every problem in Spanish, one sentence each, in one line (what ErrorParametros and the pane show). */
export function mensajesAjuste(problemas: readonly ProblemaAjuste[]): string {
  return problemas.map(mensajeAjuste).join(" ");
}
