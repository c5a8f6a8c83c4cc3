/** Weighted means up the trees (SPEC §5.7) and the check that sibling weights sum to 100 %. */
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { MetaLeida } from "../matriz/tipos";
import { formatearNumero } from "./_lib/numero";
import type { Nodo } from "./arbol";
import type { MetaCalculada, ModoPonderacion } from "./tipos";

/** A meta's value for one measure (null = not counted in that mean). */
export type Medida = (m: MetaCalculada) => number | null;

export interface Media {
  readonly valor: number | null;
  /** Metas with a value under the node: the weight of a child without explicit ponderación. */
  readonly n: number;
}

const SIN_VALOR: Media = { valor: null, n: 0 };

/**
 * value(node) = Σ w·value(child) / Σ w over children with a value. w is the explicit ponderación
 * when the mode is "matriz" and every such child has one (normalising them); otherwise the number
 * of metas, which makes every node the simple mean of its metas (DNP practice). The node's metas
 * are children of n = 1. Two passes over the children, no list of them: this runs for every
 * node × measure over 50,000 metas.
 */
function media(nodo: Nodo, medida: Medida, hijas: (h: Nodo) => Media, modo: ModoPonderacion): Media {
  let n = 0;
  let conPeso = true;
  let algunPositivo = false;
  for (const m of nodo.metas) {
    if (medida(m) === null) continue;
    n++;
    const peso = m.meta.ponderacion;
    if (peso === null) conPeso = false;
    else if (peso > 0) algunPositivo = true;
  }
  for (const h of nodo.hijos) {
    const r = hijas(h);
    if (r.valor === null || r.n <= 0) continue;
    n += r.n;
    if (h.peso === null) conPeso = false;
    else if (h.peso > 0) algunPositivo = true;
  }
  if (n === 0) return SIN_VALOR;
  const explicitos = modo === "matriz" && conPeso && algunPositivo;
  let suma = 0;
  let pesos = 0;
  for (const m of nodo.metas) {
    const valor = medida(m);
    if (valor === null) continue;
    const w = explicitos ? (m.meta.ponderacion ?? 0) : 1;
    suma += w * valor;
    pesos += w;
  }
  for (const h of nodo.hijos) {
    const r = hijas(h);
    if (r.valor === null || r.n <= 0) continue;
    const w = explicitos ? (h.peso ?? 0) : r.n;
    suma += w * r.valor;
    pesos += w;
  }
  return { valor: pesos > 0 ? suma / pesos : null, n };
}

/**
 * Means of every node for each measure, bottom-up. `nodos` must list parents before children
 * (construirArboles does), so one reverse sweep suffices: linear in metas × depth.
 */
export function mediasPorNodo(raiz: Nodo, nodos: readonly Nodo[], medidas: readonly Medida[], modo: ModoPonderacion): Map<Nodo, Media[]> {
  const resultado = new Map<Nodo, Media[]>();
  const calcular = (nodo: Nodo): Media[] => medidas.map((medida, k) => media(nodo, medida, (h) => resultado.get(h)?.[k] ?? SIN_VALOR, modo));
  for (let i = nodos.length - 1; i >= 0; i--) {
    const nodo = nodos[i];
    if (nodo) resultado.set(nodo, calcular(nodo));
  }
  resultado.set(raiz, calcular(raiz));
  return resultado;
}

/** Weights in points (46,2) or fractions (0,462): the sum must be 100 or 1, ± 0,5 pt. */
function sumaFueraDeRango(pesos: readonly number[]): number | null {
  const suma = pesos.reduce((s, p) => s + p, 0);
  const enPuntos = pesos.some((p) => p > 1.5);
  const total = enPuntos ? 100 : 1;
  const fuera = Math.abs(suma - total) > 0.005 * total + 1e-9;
  return fuera ? (enPuntos ? suma / 100 : suma) : null;
}

/** Where a weight is written: the sheet's ponderación column of that nivel (null = meta level). */
export type CeldaPeso = (meta: MetaLeida, nivel: string | null) => string;

/** "cada eje del plan", "cada meta de programa «Agua potable»" — read after "Las ponderaciones de". */
function nombreGrupo(padre: Nodo, nivelHijo: string | null): string {
  const donde = padre.nivel === "plan" ? "del plan" : `de ${padre.nivel} «${padre.nombre}»`;
  return `cada ${nivelHijo ?? "meta"} ${donde}`;
}

/** A-PONDERACION-NO-SUMA-100 for every parent whose children carry weights. */
export function revisarPonderaciones(raiz: Nodo, nodos: readonly Nodo[], celdaPeso: CeldaPeso): Hallazgo[] {
  const hallazgos: Hallazgo[] = [];
  for (const padre of [raiz, ...nodos]) {
    const grupos: { pesos: (number | null)[]; meta: MetaLeida | undefined; nivel: string | null }[] = [
      { pesos: padre.hijos.map((h) => h.peso), meta: padre.hijos[0]?.primera?.meta, nivel: padre.hijos[0]?.nivel ?? null },
      { pesos: padre.metas.map((m) => m.meta.ponderacion), meta: padre.metas[0]?.meta, nivel: null },
    ];
    for (const g of grupos) {
      if (!g.meta || g.pesos.every((p) => p === null)) continue;
      const suma = sumaFueraDeRango(g.pesos.map((p) => p ?? 0));
      if (suma === null) continue;
      hallazgos.push(
        crearHallazgo("A-PONDERACION-NO-SUMA-100", g.meta.hoja, celdaPeso(g.meta, g.nivel), suma, {
          grupo: nombreGrupo(padre, g.nivel),
          suma: `${formatearNumero(suma * 100, 2)} %`,
        }),
      );
    }
  }
  return hallazgos;
}
