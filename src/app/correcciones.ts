/**
 * The recognition corrections of SPEC §3.7 saved inside workbooks, for a run that reads several
 * (the CLI's files, the pane's open workbook with the files added to it): read from each
 * workbook's settings text and combined, with the ones that win laid over them.
 */
import { type CorreccionHoja, leerCorrecciones, mensajeAjuste, type ProblemaAjuste } from "../core";
import type { AjustesGuardados } from "./puertos";

/** The problems of a settings text, one indented line each, after a Spanish sentence. */
export function listaProblemas(problemas: readonly ProblemaAjuste[]): string {
  return problemas.map((p) => `  - ${mensajeAjuste(p)}`).join("\n");
}

/** The JSON value, or the parser's detail (English, shown in brackets after a Spanish sentence). */
export function parsearJson(texto: string): { valor: unknown } | { detalle: string } {
  try {
    return { valor: JSON.parse(texto) as unknown };
  } catch (e) {
    if (e instanceof SyntaxError) return { detalle: e.message };
    throw e;
  }
}

/** The corrections saved in one workbook, or a notice saying why they are not used. */
export type CorreccionesGuardadas = { readonly correcciones: CorreccionHoja[] } | { readonly aviso: string };

/**
 * The corrections inside the settings text the pane saved in `archivo` (settings without
 * corrections give none). Damaged ones are skipped with a notice: the run goes on as if unsaved.
 * @example correccionesGuardadas('[{"hoja":"PDM","ignorar":true}]', "plan.xlsx") // { correcciones: [{ hoja: "PDM", ignorar: true }] }
 */
export function correccionesGuardadas(texto: string, archivo: string): CorreccionesGuardadas {
  const leido = parsearJson(texto);
  const aviso = (motivo: string): CorreccionesGuardadas => ({ aviso: `las correcciones guardadas en «${archivo}» no se usan:${motivo}` });
  if ("detalle" in leido) return aviso(` no es JSON válido (${leido.detalle}).`);
  const v = leido.valor;
  if (typeof v === "object" && v !== null && !Array.isArray(v) && !("correcciones" in v)) return { correcciones: [] };
  const r = leerCorrecciones(v);
  return r.ok ? { correcciones: r.valor } : aviso(`\n${listaProblemas(r.problemas)}`);
}

/**
 * `encima` over `debajo`, sheet by sheet: a sheet `encima` names takes its correction whole.
 * @example unirCorrecciones([{ hoja: "PDM", ignorar: true }], [{ hoja: "PDM", filaEncabezado: 4 }]) // [{ hoja: "PDM", filaEncabezado: 4 }]
 */
export function unirCorrecciones(debajo: readonly CorreccionHoja[], encima: readonly CorreccionHoja[]): CorreccionHoja[] {
  const nombradas = new Set(encima.map((c) => c.hoja));
  return [...encima, ...debajo.filter((c) => !nombradas.has(c.hoja))];
}

/**
 * The corrections saved in the workbooks read (the first workbook that corrects a sheet keeps
 * it), with `encima` over them — the CLI's `--mapa`, the pane's own — and a notice per workbook
 * whose saved corrections are damaged (Spanish).
 */
export function correccionesDeLibros(
  guardados: readonly AjustesGuardados[],
  encima: readonly CorreccionHoja[],
): { readonly correcciones: CorreccionHoja[]; readonly avisos: string[] } {
  let correcciones: CorreccionHoja[] = [];
  const avisos: string[] = [];
  for (const { archivo, texto } of guardados) {
    const r = correccionesGuardadas(texto, archivo);
    if ("aviso" in r) avisos.push(r.aviso);
    else correcciones = unirCorrecciones(r.correcciones, correcciones);
  }
  return { correcciones: unirCorrecciones(correcciones, encima), avisos };
}
