/**
 * Where the CLI's recognition corrections come from (SPEC §3.7): the ones the pane saved in each
 * input workbook, and a `--mapa` JSON file that wins for the sheets it names.
 */
import { promises as fs } from "node:fs";
import { leerCorrecciones, mensajeAjuste, type ProblemaAjuste } from "../core/ajustes";
import { ErrorMapa } from "../core/fallos";
import type { CorreccionHoja } from "../core/matriz/tipos";

function lista(problemas: readonly ProblemaAjuste[]): string {
  return problemas.map((p) => `  - ${mensajeAjuste(p)}`).join("\n");
}

/** The JSON value, or the parser's detail (English, shown in brackets after a Spanish sentence). */
function parsearJson(texto: string): { valor: unknown } | { detalle: string } {
  try {
    return { valor: JSON.parse(texto) as unknown };
  } catch (e) {
    if (e instanceof SyntaxError) return { detalle: e.message };
    throw e;
  }
}

/**
 * Reads and checks the `--mapa` file. Throws ErrorMapa naming every problem.
 * @example const correcciones = await leerMapa("correcciones.json")
 */
export async function leerMapa(ruta: string): Promise<CorreccionHoja[]> {
  let texto: string;
  try {
    texto = await fs.readFile(ruta, "utf8");
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code;
    const motivo = codigo === "ENOENT" || codigo === "ENOTDIR" ? "F-MAPA-NO-EXISTE" : codigo === "EISDIR" ? "F-MAPA-ES-CARPETA" : "F-MAPA-ILEGIBLE";
    throw new ErrorMapa(motivo, ruta, "", { cause: e });
  }
  const leido = parsearJson(texto.replace(/^\uFEFF/, ""));
  if ("detalle" in leido) throw new ErrorMapa("F-MAPA-JSON", ruta, leido.detalle);
  const r = leerCorrecciones(leido.valor);
  if (!r.ok) throw new ErrorMapa("F-MAPA-INVALIDO", ruta, lista(r.problemas));
  return r.valor;
}

/** The corrections saved in one workbook, or a notice saying why they are not used. */
export type CorreccionesGuardadas = { readonly correcciones: CorreccionHoja[] } | { readonly aviso: string };

/**
 * The corrections inside the settings text the pane saved in `archivo` (settings without
 * corrections give none). Damaged ones are skipped with a notice: the run goes on as if unsaved.
 */
export function correccionesGuardadas(texto: string, archivo: string): CorreccionesGuardadas {
  const leido = parsearJson(texto);
  const aviso = (motivo: string): CorreccionesGuardadas => ({ aviso: `aviso: las correcciones guardadas en «${archivo}» no se usan:${motivo}` });
  if ("detalle" in leido) return aviso(` no es JSON válido (${leido.detalle}).`);
  const v = leido.valor;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && !("correcciones" in v)) return { correcciones: [] };
  const r = leerCorrecciones(v);
  return r.ok ? { correcciones: r.valor } : aviso(`\n${lista(r.problemas)}`);
}
