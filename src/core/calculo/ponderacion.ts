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
 * are children of n = 1. Both sums run together, so each child is visited once.
 */
class Suma {
  private n = 0;
  private simple = 0;
  private conPeso = true;
  private algunPositivo = false;
  private pesada = 0;
  private pesos = 0;

  agregar(valor: number, n: number, peso: number | null): void {
    this.n += n;
    this.simple += n * valor;
    if (peso === null) {
      this.conPeso = false;
      return;
    }
    if (peso > 0) this.algunPositivo = true;
    this.pesada += peso * valor;
    this.pesos += peso;
  }

  media(modo: ModoPonderacion): Media {
    if (this.n === 0) return SIN_VALOR;
    if (modo === "matriz" && this.conPeso && this.algunPositivo) return { valor: this.pesos > 0 ? this.pesada / this.pesos : null, n: this.n };
    return { valor: this.simple / this.n, n: this.n };
  }
}

/**
 * Means of every node for each measure, bottom-up. `nodos` must list parents before children
 * (construirArboles does), so one reverse sweep suffices: linear in metas × depth. Every measure
 * of a meta is taken in one visit: 50,000 metas are scattered in memory, and reading each of them
 * once per measure cost more than the arithmetic.
 */
export function mediasPorNodo(raiz: Nodo, nodos: readonly Nodo[], medidas: readonly Medida[], modo: ModoPonderacion): Map<Nodo, Media[]> {
  const resultado = new Map<Nodo, Media[]>();
  const calcular = (nodo: Nodo): Media[] => {
    const sumas = medidas.map(() => new Suma());
    for (const m of nodo.metas) {
      for (let k = 0; k < medidas.length; k++) {
        const valor = medidas[k]?.(m) ?? null;
        if (valor !== null) sumas[k]?.agregar(valor, 1, m.meta.ponderacion);
      }
    }
    for (const h of nodo.hijos) {
      const medias = resultado.get(h);
      for (let k = 0; k < medidas.length; k++) {
        const r = medias?.[k];
        if (r && r.valor !== null && r.n > 0) sumas[k]?.agregar(r.valor, r.n, h.peso);
      }
    }
    return sumas.map((s) => s.media(modo));
  };
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
        crearHallazgo(
          "A-PONDERACION-NO-SUMA-100",
          g.meta.hoja,
          celdaPeso(g.meta, g.nivel),
          suma,
          {
            grupo: nombreGrupo(padre, g.nivel),
            suma: `${formatearNumero(suma * 100, 2)} %`,
          },
          g.meta.archivo,
        ),
      );
    }
  }
  return hallazgos;
}
