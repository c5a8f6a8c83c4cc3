/**
 * Joining a budget sheet's rows to the matrix's groups (SPEC §5.9): by normalised name, the
 * comparison of dependency names (SPEC §3.3), to the level the rows name or where most of them match.
 */
import { normalizar } from "../texto/normalizar";
import type { FilaPresupuesto, TablaPresupuesto } from "../matriz/tipos";
import type { Grupo } from "./tipos";

/**
 * A leading "22 - " code: one sheet writes a sector as "22 - Educación de calidad", another as
 * "Educación de calidad" (SPEC §3.4 keeps such codes inside the name).
 */
const CODIGO_GUION = /^\s*\d[\d.]*\s*[-–]\s+/;

function claves(nombre: string, codigo: string | null): string[] {
  const out = [normalizar(nombre)];
  if (CODIGO_GUION.test(nombre)) out.push(`~${normalizar(nombre.replace(CODIGO_GUION, ""))}`);
  else out.push(`~${out[0] ?? ""}`);
  if (codigo !== null) out.push(`#${normalizar(codigo)}`);
  return out;
}

/** Groups of each level by normalised name, by name without a leading code, and by code. */
export type Indice = ReadonlyMap<string, ReadonlyMap<string, Grupo>>;

export function indexar(grupos: readonly Grupo[]): Indice {
  const out = new Map<string, Map<string, Grupo>>();
  for (const g of grupos) {
    if (g.nivel === "plan") continue;
    const nivel = out.get(g.nivel) ?? out.set(g.nivel, new Map()).get(g.nivel);
    for (const k of claves(g.nombre, g.codigo)) if (!nivel?.has(k)) nivel?.set(k, g);
  }
  return out;
}

/** The row's label for a kind of label ("sector", "proyecto"…): its own, or one of its others. */
export function etiqueta(t: TablaPresupuesto, f: FilaPresupuesto, por: string): { nombre: string; codigo: string | null } | null {
  if (por === t.por) return f;
  const otra = f.otras.find((o) => o.por === por);
  return otra ? { nombre: otra.nombre, codigo: null } : null;
}

export function buscar(grupos: ReadonlyMap<string, Grupo> | undefined, e: { nombre: string; codigo: string | null } | null): Grupo | null {
  if (!grupos || !e) return null;
  for (const k of claves(e.nombre, e.codigo)) {
    const g = grupos.get(k);
    if (g) return g;
  }
  return null;
}

/**
 * The level and kind of label the sheet joins by: its own label first, then its other labels; for
 * each, the level it names when the matrix has it and some row matches there, else the level
 * where most rows match.
 */
export function union(t: TablaPresupuesto, indice: Indice): { nivel: string; por: string } | null {
  const kinds = [t.por, ...new Set(t.filas.flatMap((f) => f.otras.map((o) => o.por)))];
  for (const por of kinds) {
    const aciertos = (nivel: string): number => t.filas.filter((f) => buscar(indice.get(nivel), etiqueta(t, f, por)) !== null).length;
    if (indice.has(por) && aciertos(por) > 0) return { nivel: por, por };
    let mejor: { nivel: string; n: number } | null = null;
    for (const nivel of indice.keys()) {
      const n = aciertos(nivel);
      if (n > (mejor?.n ?? 0)) mejor = { nivel, n };
    }
    if (mejor) return { nivel: mejor.nivel, por };
  }
  return null;
}
