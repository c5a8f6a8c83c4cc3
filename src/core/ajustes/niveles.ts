/** The semáforo bands a user gives (SPEC §5.8): their rules, as coded problems. */
import type { NivelSemaforo } from "../calculo/tipos";
import type { ProblemaAjuste } from "./problemas";

/** A band as the pane's editor shows it: "56–80" is desde 56, hasta 80; hasta null = no upper limit. */
export interface BandaSemaforo extends NivelSemaforo {
  readonly hasta?: number | null;
}

const COLOR_RE = /^#[0-9A-Fa-f]{6}$/;

/**
 * Problems of a user's bands; empty when valid. Bands must start at 0, not overlap, leave no gap
 * (at the rounding step of `decimales`), and the last one must reach 100 %.
 * @example validarNiveles([{nombre:"A",desde:0,hasta:20,color:"#FF0000"},{nombre:"B",desde:20,hasta:null,color:"#00FF00"}])
 *   → [{ codigo: "AJ-NIVELES-SUPERPUESTOS", ruta: [], params: { a: "A", b: "B", en: 20 } }]
 */
export function validarNiveles(niveles: readonly BandaSemaforo[], decimales = 0): ProblemaAjuste[] {
  const problemas: ProblemaAjuste[] = [];
  const problema = (codigo: ProblemaAjuste["codigo"], params: ProblemaAjuste["params"] = {}): void => {
    problemas.push({ codigo, ruta: [], params });
  };
  if (niveles.length === 0) return [{ codigo: "AJ-NIVELES-VACIO", ruta: [], params: {} }];
  const paso = 10 ** -decimales;
  const ordenados = [...niveles].sort((a, b) => a.desde - b.desde);
  const nombres = new Set<string>();
  for (const n of ordenados) {
    const nombre = n.nombre;
    if (!nombre.trim()) problema("AJ-NIVEL-SIN-NOMBRE");
    else if (nombres.has(nombre.trim())) problema("AJ-NIVEL-REPETIDO", { nombre });
    nombres.add(nombre.trim());
    if (!COLOR_RE.test(n.color)) problema("AJ-NIVEL-COLOR", { nombre });
    if (!Number.isFinite(n.desde) || n.desde < 0) problema("AJ-NIVEL-NEGATIVO", { nombre });
    if (n.hasta !== undefined && n.hasta !== null && n.hasta < n.desde) problema("AJ-NIVEL-INVERTIDO", { nombre, desde: n.desde, hasta: n.hasta });
  }
  const primero = ordenados[0];
  if (primero && primero.desde !== 0) problema("AJ-NIVEL-PRIMERO", { nombre: primero.nombre });
  for (let i = 1; i < ordenados.length; i++) {
    const a = ordenados[i - 1];
    const b = ordenados[i];
    if (!a || !b) continue;
    // Without an upper bound a band ends where the next begins: only equal starts overlap.
    const finA = a.hasta === undefined ? Math.max(b.desde - paso, a.desde) : a.hasta;
    if (finA === null || b.desde <= finA + 1e-9) problema("AJ-NIVELES-SUPERPUESTOS", { a: a.nombre, b: b.nombre, en: b.desde });
    else if (b.desde - finA > paso + 1e-9) problema("AJ-NIVELES-HUECO", { a: a.nombre, b: b.nombre, de: finA, hasta: b.desde });
  }
  const ultimo = ordenados[ordenados.length - 1];
  if (ultimo && ultimo.hasta !== undefined && ultimo.hasta !== null && ultimo.hasta < 100) problema("AJ-NIVEL-ULTIMO", { nombre: ultimo.nombre });
  return problemas;
}
