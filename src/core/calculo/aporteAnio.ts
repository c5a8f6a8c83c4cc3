/**
 * The year's contribution against its weight (issue 13): what each group adds to the plan in the
 * vigencia, as planning offices report it ("18,79 % frente al 30 % programado para el año").
 */
import type { Nodo } from "./arbol";
import { muestraCuatrienio } from "./modoPlan";
import type { Media } from "./ponderacion";
import type { AporteAnio, ModoPonderacion, Parametros } from "./tipos";

/**
 * The vigencia's weight in the cuatrienio: its year weight ("pesos"), an equal share
 * ("anios-iguales"); null when the esperado follows each meta's programación, where no single
 * year weight exists, and in a one-year plan.
 * @example pesoDelAnio({ esperado: "pesos", pesosAnio: [0.2, 0.3, 0.3, 0.2], vigencia: 2021, cuatrienio: [2020, …] }) → 0.3
 */
export function pesoDelAnio(p: Parametros): number | null {
  const indice = p.cuatrienio.indexOf(p.vigencia);
  // a one-year plan's year is the whole plan, not a share of a cuatrienio (modoPlan.ts)
  if (indice < 0 || !muestraCuatrienio(p)) return null;
  if (p.esperado === "pesos") return p.pesosAnio?.[indice] ?? null;
  return p.esperado === "anios-iguales" ? 1 / p.cuatrienio.length : null;
}

/** n of the vigencia's mean: the metas that count in it (medidas()[0]). */
const nVigencia = (medias: ReadonlyMap<Nodo, readonly Media[]>, nodo: Nodo): number => medias.get(nodo)?.[0]?.n ?? 0;

/**
 * Each node's share of the plan, top-down, the way mediasPorNodo weighs it: under "matriz", when
 * every child counted carries a weight and the node has no metas of its own, the child's weight
 * over its siblings'; otherwise its metas over its parent's. `nodos` lists parents first.
 */
export function participaciones(raiz: Nodo, nodos: readonly Nodo[], medias: ReadonlyMap<Nodo, readonly Media[]>, modo: ModoPonderacion): Map<Nodo, number> {
  const partes = new Map<Nodo, number>([[raiz, 1]]);
  for (const padre of [raiz, ...nodos]) {
    const parte = partes.get(padre) ?? 0;
    const contados = padre.hijos.filter((h) => nVigencia(medias, h) > 0);
    const propias = padre.metas.some((m) => m.estado !== "NO_PROGRAMADA");
    const pesos = contados.map((h) => h.peso);
    const suma = pesos.reduce<number>((s, w) => s + (w ?? 0), 0);
    const conPeso = modo === "matriz" && !propias && suma > 0 && pesos.every((w) => w !== null);
    const total = nVigencia(medias, padre);
    for (const h of padre.hijos) {
      const propia = conPeso ? (contados.includes(h) ? (h.peso ?? 0) / suma : 0) : total > 0 ? nVigencia(medias, h) / total : 0;
      partes.set(h, parte * propia);
    }
  }
  return partes;
}

/** The group's contribution from its share of the plan, its % of the vigencia and the year's weight. */
export function aporteAnio(peso: number | null, parte: number | null, pctVigencia: number | null): AporteAnio | null {
  if (peso === null || parte === null) return null;
  const esperado = peso * parte;
  return { esperado, logrado: pctVigencia === null ? null : esperado * pctVigencia };
}
