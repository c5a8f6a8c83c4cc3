/** The roll-up trees of SPEC §5.7: the plan with every nivel present, and the dependencias. */
import { mismoSegmento } from "../matriz/identidadMeta";
import type { NivelMeta } from "../matriz/tipos";
import type { MetaCalculada } from "./tipos";
import { normalizar } from "../texto/normalizar";

export interface Nodo {
  readonly nivel: string;
  readonly nombre: string;
  readonly codigo: string | null;
  readonly clave: string;
  readonly padre: Nodo | null;
  peso: number | null;
  readonly hijos: Nodo[];
  /** Metas directly under this node (the lowest nivel of their path). */
  readonly metas: MetaCalculada[];
  /** ids of every meta under it, in plan order. */
  readonly ids: string[];
  /** The first meta under it (where its weight is written). */
  primera: MetaCalculada | null;
  /** Children by nivel, then by code or normalised name: no key string is built per meta. */
  readonly porSegmento: Map<string, Map<string, Nodo>>;
}

function nuevoNodo(nivel: string, nombre: string, codigo: string | null, clave: string, padre: Nodo | null, peso: number | null): Nodo {
  return { nivel, nombre, codigo, clave, padre, peso, hijos: [], metas: [], ids: [], primera: null, porSegmento: new Map() };
}

export interface Arboles {
  readonly plan: Nodo;
  /** Hierarchy nodes in creation order: a parent always before its children. */
  readonly nodos: readonly Nodo[];
  readonly dependencias: readonly Nodo[];
  /** Nivel names top-down, merged over sheets whose hierarchies differ. */
  readonly niveles: readonly string[];
}

/** Inserts the nivel names of one path into the running top-down order. */
function fusionarNiveles(orden: string[], camino: readonly string[]): void {
  let ultimo = -1;
  for (const nivel of camino) {
    const i = orden.indexOf(nivel);
    if (i >= 0) ultimo = i;
    else orden.splice(++ultimo, 0, nivel);
  }
}

function mismosNiveles(firma: readonly string[], niveles: readonly { readonly nivel: string }[]): boolean {
  if (firma.length !== niveles.length) return false;
  for (let i = 0; i < firma.length; i++) if (firma[i] !== niveles[i]?.nivel) return false;
  return true;
}

/**
 * Builds the trees in one pass. Hierarchy nodes are keyed by their path of codes (or normalised
 * names), so equal codes under different parents stay apart; dependencias by normalised name,
 * shown as first written (SPEC §3.3).
 */
export function construirArboles(metas: readonly MetaCalculada[]): Arboles {
  const plan = nuevoNodo("plan", "Plan", null, "plan", null, null);
  const nodos: Nodo[] = [];
  const dependencias = new Map<string, Nodo>();
  const niveles: string[] = [];
  const caminosVistos = new Set<string>();
  const normalizados = new Map<string, string>();
  const normalizado = (texto: string): string => {
    let n = normalizados.get(texto);
    if (n === undefined) {
      n = normalizar(texto);
      normalizados.set(texto, n);
    }
    return n;
  };
  /** The child of `padre` for nivel `n`, created (with `mc` as its first meta) when new. */
  const hijo = (padre: Nodo, n: NivelMeta, mc: MetaCalculada): Nodo => {
    const segmento = n.codigo ?? normalizado(n.nombre);
    let delNivel = padre.porSegmento.get(n.nivel);
    if (!delNivel) {
      delNivel = new Map();
      padre.porSegmento.set(n.nivel, delNivel);
    }
    let nodo = delNivel.get(segmento);
    if (!nodo) {
      const clave = padre === plan ? segmento : `${padre.clave} / ${segmento}`;
      nodo = nuevoNodo(n.nivel, n.nombre, n.codigo, clave, padre === plan ? null : padre, n.peso);
      nodo.primera = mc;
      delNivel.set(segmento, nodo);
      nodos.push(nodo);
      padre.hijos.push(nodo);
    }
    return nodo;
  };
  let ultimaFirma: readonly string[] = [];
  // the previous meta's path: consecutive metas nearly always share their eje and programa
  let anteriores: readonly NivelMeta[] = [];
  const camino: Nodo[] = [];
  let depAnterior: Nodo | undefined;
  for (const mc of metas) {
    const meta = mc.meta;
    let padre = plan;
    let mismoCamino = true;
    for (let i = 0; i < meta.niveles.length; i++) {
      const n = meta.niveles[i];
      if (!n) continue;
      const previo = anteriores[i];
      mismoCamino &&= previo !== undefined && mismoSegmento(previo, n);
      let nodo = mismoCamino ? camino[i] : undefined;
      if (!nodo) {
        mismoCamino = false;
        nodo = hijo(padre, n, mc);
      }
      if (nodo.peso === null) nodo.peso = n.peso;
      nodo.ids.push(meta.id);
      camino[i] = nodo;
      padre = nodo;
    }
    anteriores = meta.niveles;
    padre.metas.push(mc);
    plan.ids.push(meta.id);
    // Consecutive metas nearly always share their nivel names: skip the join then.
    if (!mismosNiveles(ultimaFirma, meta.niveles)) {
      ultimaFirma = meta.niveles.map((n) => n.nivel);
      const firma = ultimaFirma.join("\u0000");
      if (!caminosVistos.has(firma)) {
        caminosVistos.add(firma);
        fusionarNiveles(niveles, ultimaFirma);
      }
    }
    let dep = depAnterior?.nombre === meta.dependencia ? depAnterior : undefined;
    if (!dep) {
      const claveDep = normalizado(meta.dependencia);
      dep = dependencias.get(claveDep);
      if (!dep) {
        dep = nuevoNodo("dependencia", meta.dependencia, null, claveDep, null, null);
        dependencias.set(claveDep, dep);
      }
      depAnterior = dep;
    }
    dep.metas.push(mc);
    dep.ids.push(meta.id);
  }
  return { plan, nodos, dependencias: [...dependencias.values()], niveles };
}
