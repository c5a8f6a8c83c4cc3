/** Whether a row is a meta (SPEC §3.4) and its identity within the matrix (E-META-DUPLICADA). */
import { leerDato } from "../valores/leerDato";
import { texto, type ContextoMeta } from "./lecturaCelda";
import type { MetaLeida } from "./tipos";

/** The row names a meta: a name, an indicator name or a code (SPEC §3.4). */
export function tieneIdentidad(ctx: ContextoMeta, fila: number): boolean {
  return texto(ctx, fila, ctx.plan.meta) !== null || texto(ctx, fila, ctx.plan.indicador) !== null || texto(ctx, fila, ctx.plan.codigo) !== null;
}

/** SPEC §3.4: at least one numeric field holds a number or is blank (a number, when `exigirNumero`). */
export function tieneCampoNumerico(ctx: ContextoMeta, fila: number, exigirNumero = false): boolean {
  const celdas = ctx.hoja.valores[fila];
  for (const c of ctx.plan.numericas) {
    const v = celdas?.[c.columna] ?? null;
    if (typeof v === "number") return true;
    const estado = leerDato(v, "", ctx.cultura).estado;
    if (exigirNumero ? estado === "numero" : estado !== "invalido") return true;
  }
  return ctx.plan.numericas.length === 0;
}

/** Identity of a meta within its matrix (E-META-DUPLICADA): dependency, levels, code or name and indicator. */
export function claveMeta(ctx: ContextoMeta, fila: number, m: MetaLeida): string {
  let niveles = "";
  for (const n of m.niveles) niveles += `${n.codigo ?? n.nombre}/`;
  const identidad = m.codigo ?? `${m.nombre}|${texto(ctx, fila, ctx.plan.indicador) ?? ""}`;
  return `${m.dependencia}|${niveles}|${identidad}`;
}
