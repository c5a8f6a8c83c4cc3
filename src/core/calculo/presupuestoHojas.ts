/**
 * Budget execution by group (SPEC §5.9) with the workbook's separate budget sheets joined in:
 * each sheet's rows are joined to the matrix's groups by normalised name (the comparison of
 * dependency names, SPEC §3.3), to the level whose elements they name.
 *
 * Which figure wins: a budget sheet is usually the entity's official execution report (the
 * financial system's export), while budget columns in the matrix are what each dependency typed
 * beside its metas. So for a level a sheet joins, every group takes the sheet's figures and the
 * table's total is the sheet's (a table never mixes both sources, and nothing is counted twice);
 * per-meta figures, and the levels no sheet joins, stay the matrix's. With two sheets joining the
 * same level (by sector and by project), the first one with figures of the vigencia wins: both break
 * down the same budget.
 */
import type { FilaPresupuesto, HojaReconocida, TablaPresupuesto } from "../matriz/tipos";
import { buscar, etiqueta, indexar, union, type Indice } from "./unionPresupuesto";
import { nuevoAcumulado, presupuestoAcumulado, sumarPresupuesto } from "./acumulado";
import { presupuestoDeVigencia } from "./presupuesto";
import type { Consolidacion, Grupo, PresupuestoCalculado } from "./tipos";

/** A budget sheet's row with its figures of the vigencia and the group it joined. */
export interface FilaPresupuestoCalculada {
  readonly fila: FilaPresupuesto;
  readonly presupuesto: PresupuestoCalculado;
  /** Its presupuestado over the sheet's total presupuestado ("participación"). */
  readonly participacion: number | null;
  /** The matrix group it joined; null when it matches none ("sin correspondencia en la matriz"). */
  readonly grupo: Grupo | null;
}

export interface PresupuestoDeHoja {
  readonly hoja: string;
  readonly archivo: string | null;
  /** What a row is: "sector", "dependencia", "proyecto"… */
  readonly por: string;
  /** The level its rows joined; null when no row matched the matrix. */
  readonly nivel: string | null;
  readonly filas: readonly FilaPresupuestoCalculada[];
  /** Σ of its rows: the TOTAL row the sheet may carry is never read (SPEC §3.4). */
  readonly total: PresupuestoCalculado | null;
}

/** A group's budget as the Presupuesto sheet shows it, beside its physical execution. */
export interface PresupuestoGrupo {
  readonly grupo: Grupo;
  readonly presupuesto: PresupuestoCalculado;
  /** Its presupuestado over its level's total presupuestado. */
  readonly participacion: number | null;
}

export interface PresupuestoNivel {
  readonly nivel: string;
  /** The budget sheet its figures come from; null when they are the matrix's own columns. */
  readonly hoja: string | null;
  readonly grupos: readonly PresupuestoGrupo[];
  readonly total: PresupuestoCalculado | null;
}

export interface PresupuestoConsolidado {
  readonly hojas: readonly PresupuestoDeHoja[];
  /** Dependencia, sector and the levels a sheet joins, top-down; only levels with some budget figure. */
  readonly niveles: readonly PresupuestoNivel[];
}

const NIVELES_MATRIZ = new Set(["dependencia", "sector"]);

function suma(ps: readonly PresupuestoCalculado[]): PresupuestoCalculado | null {
  const a = nuevoAcumulado();
  for (const p of ps) sumarPresupuesto(a, p);
  return presupuestoAcumulado(a);
}

function parte(p: PresupuestoCalculado, total: PresupuestoCalculado | null): number | null {
  return total !== null && total.programado > 0 ? p.programado / total.programado : null;
}

function deHoja(h: HojaReconocida, t: TablaPresupuesto, indice: Indice, vigencia: number): PresupuestoDeHoja {
  const u = union(t, indice);
  const conCifras = t.filas.flatMap((fila) => {
    const presupuesto = presupuestoDeVigencia(fila.presupuesto, vigencia);
    return presupuesto ? [{ fila, presupuesto }] : [];
  });
  const total = suma(conCifras.map((f) => f.presupuesto));
  return {
    hoja: h.hoja,
    archivo: h.archivo,
    por: t.por,
    nivel: u?.nivel ?? null,
    total,
    filas: conCifras.map(({ fila, presupuesto }) => ({
      fila,
      presupuesto,
      participacion: parte(presupuesto, total),
      grupo: u ? buscar(indice.get(u.nivel), etiqueta(t, fila, u.por)) : null,
    })),
  };
}

function nivelDeHoja(nivel: string, grupos: readonly Grupo[], h: PresupuestoDeHoja): PresupuestoNivel {
  const porGrupo = new Map<Grupo, PresupuestoCalculado[]>();
  for (const f of h.filas) if (f.grupo) (porGrupo.get(f.grupo) ?? porGrupo.set(f.grupo, []).get(f.grupo))?.push(f.presupuesto);
  return {
    nivel,
    hoja: h.hoja,
    total: h.total,
    grupos: grupos.flatMap((grupo) => {
      const p = suma(porGrupo.get(grupo) ?? []);
      return p ? [{ grupo, presupuesto: p, participacion: parte(p, h.total) }] : [];
    }),
  };
}

function nivelDeMatriz(nivel: string, grupos: readonly Grupo[], total: PresupuestoCalculado | null): PresupuestoNivel {
  return {
    nivel,
    hoja: null,
    total,
    grupos: grupos.flatMap((grupo) => (grupo.presupuesto ? [{ grupo, presupuesto: grupo.presupuesto, participacion: parte(grupo.presupuesto, total) }] : [])),
  };
}

/**
 * The budget of every level, the matrix's columns and the budget sheets joined (SPEC §5.9).
 * @example consolidarPresupuesto(consolidar(libro)).hojas[0]?.filas[0]?.participacion // 0.25
 */
export function consolidarPresupuesto(c: Pick<Consolidacion, "hojas" | "grupos" | "plan" | "niveles" | "parametros">): PresupuestoConsolidado {
  const indice = indexar(c.grupos);
  const hojas = c.hojas.flatMap((h) => (h.presupuesto ? [deHoja(h, h.presupuesto, indice, c.parametros.vigencia)] : []));
  const orden = new Set(["dependencia", ...c.niveles, ...c.grupos.map((g) => g.nivel)]);
  orden.delete("plan");
  const niveles = [...orden].flatMap((nivel) => {
    const grupos = c.grupos.filter((g) => g.nivel === nivel);
    // a sheet of another year (La Dorada's 2024 ones) has no budget of the vigencia to break down
    const hoja = hojas.find((h) => h.nivel === nivel && h.filas.length > 0) ?? hojas.find((h) => h.nivel === nivel);
    // from the matrix's columns, SPEC §5.9 asks for dependencies and sectors only
    if (!hoja && !NIVELES_MATRIZ.has(nivel)) return [];
    const r = hoja ? nivelDeHoja(nivel, grupos, hoja) : nivelDeMatriz(nivel, grupos, c.plan.presupuesto);
    return r.grupos.length > 0 ? [r] : [];
  });
  return { hojas, niveles };
}

/**
 * The level that speaks for the plan's budget (its total, its charts): the one a budget sheet joins,
 * the entity's official report, else sectors, else the first level with figures.
 */
export function nivelPrincipal(niveles: readonly PresupuestoNivel[]): PresupuestoNivel | undefined {
  return niveles.find((x) => x.hoja !== null) ?? niveles.find((x) => x.nivel === "sector") ?? niveles[0];
}
