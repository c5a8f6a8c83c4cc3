/** Whether a row is a meta (SPEC §3.4) and its identity within the matrix (E-META-DUPLICADA). */
import { leerDato } from "../valores/leerDato";
import { texto, type ContextoMeta } from "./lecturaCelda";
import type { MetaLeida, NivelMeta } from "./tipos";

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

const segmento = (n: NivelMeta): string => n.codigo ?? n.nombre;

/**
 * Two levels of metas' paths name the same node: same nivel and code, or no code and the same
 * name as written. Strict on purpose (a cheap check before keying by code or normalised name).
 */
export function mismoSegmento(a: NivelMeta, b: NivelMeta): boolean {
  return a.nivel === b.nivel && a.codigo === b.codigo && (a.codigo !== null || a.nombre === b.nombre);
}

function mismosSegmentos(a: readonly NivelMeta[], b: readonly NivelMeta[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || !mismoSegmento(x, y)) return false;
  }
  return true;
}

/**
 * The metas of a matrix by identity (E-META-DUPLICADA): dependency and path of levels, then code
 * or name and indicator. Grouped by the first two, which consecutive rows nearly always share:
 * no key string is built per row.
 */
export class IdentidadesVistas {
  private readonly grupos = new Map<string, Map<string, number>>();
  private anterior: { dependencia: string; niveles: readonly NivelMeta[]; filas: Map<string, number> } | null = null;

  /** The row of an earlier meta with the same identity as `m`; undefined (and `m` is remembered) when none. */
  filaAnterior(ctx: ContextoMeta, fila: number, m: MetaLeida): number | undefined {
    const filas = this.grupo(m);
    const nombre = `${m.nombre}|${texto(ctx, fila, ctx.plan.indicador) ?? ""}`;
    const identidad = m.codigo === null ? nombre : ctx.plan.codigoClave ? m.codigo : `${m.codigo}|${nombre}`;
    const otra = filas.get(identidad);
    if (otra === undefined) filas.set(identidad, m.fila);
    return otra;
  }

  private grupo(m: MetaLeida): Map<string, number> {
    const a = this.anterior;
    if (a && a.dependencia === m.dependencia && mismosSegmentos(a.niveles, m.niveles)) return a.filas;
    const clave = `${m.dependencia}|${m.niveles.map(segmento).join("/")}`;
    let filas = this.grupos.get(clave);
    if (!filas) {
      filas = new Map();
      this.grupos.set(clave, filas);
    }
    this.anterior = { dependencia: m.dependencia, niveles: m.niveles, filas };
    return filas;
  }
}
