/** Semáforo presets, banding and the band validator of SPEC §5.8. */
import type { NivelSemaforo, PresetSemaforoId, Semaforo } from "./tipos";
import { formatearNumero } from "./_lib/numero";

/** Grey states that are not levels of the scale (SPEC §5.8): never a red 0 %. */
export const SIN_PROGRAMACION = "Sin programación";
export const SIN_REPORTE = "Sin reporte";
/** A programmed, reported meta whose % cannot be computed (e.g. E-SIN-LINEA-BASE). */
export const SIN_DATO = "Sin dato";
export const COLOR_SIN_PROGRAMACION = "#D9D9D9";
export const COLOR_SIN_REPORTE = "#A6A6A6";
export const COLOR_SIN_DATO = "#BFBFBF";

const VERDE = "#63BE7B";
const VERDE_CLARO = "#B5DB8F";
const AMARILLO = "#FFEB84";
const NARANJA = "#F4B183";
const ROJO = "#F8696B";

function nivel(nombre: string, desde: number, color: string): NivelSemaforo {
  return { nombre, desde, color };
}

/**
 * Registry of presets. Bounds are inclusive lower bounds on the % rounded to `decimales`;
 * segplan's "≤ 50 · ≤ 75 · ≤ 125" upper-inclusive bounds become 50,1 / 75,1 / 125,1 at one decimal.
 */
export const PRESETS_SEMAFORO: Readonly<Record<PresetSemaforoId, Semaforo>> = {
  "municipal-3": {
    preset: "municipal-3",
    niveles: [nivel("Bajo", 0, ROJO), nivel("Aceptable", 56, AMARILLO), nivel("Sobresaliente", 81, VERDE)],
    decimales: 0,
    tope: true,
  },
  "dnp-5": {
    preset: "dnp-5",
    niveles: [
      nivel("Crítico", 0, ROJO),
      nivel("Bajo", 40, NARANJA),
      nivel("Medio", 60, AMARILLO),
      nivel("Satisfactorio", 70, VERDE_CLARO),
      nivel("Sobresaliente", 80, VERDE),
    ],
    decimales: 1,
    tope: true,
  },
  "cuatro-niveles": {
    preset: "cuatro-niveles",
    niveles: [nivel("Crítico", 0, ROJO), nivel("Regular", 40, AMARILLO), nivel("Bueno", 60, VERDE_CLARO), nivel("Excelente", 80, VERDE)],
    decimales: 1,
    tope: true,
  },
  segplan: {
    preset: "segplan",
    niveles: [nivel("Rojo", 0, ROJO), nivel("Amarillo", 50.1, AMARILLO), nivel("Verde", 75.1, VERDE), nivel("Naranja", 125.1, NARANJA)],
    decimales: 1,
    tope: false,
  },
};

/**
 * The level of a fraction: `nivelSemaforo(0.804, PRESETS_SEMAFORO["municipal-3"]).nombre` → "Aceptable"
 * (80,4 rounds to 80). Negative values take the first level; capped presets put > 100 % in the top one.
 */
export function nivelSemaforo(fraccion: number, semaforo: Semaforo): NivelSemaforo {
  const factor = 10 ** semaforo.decimales;
  let puntos = Math.max(fraccion * 100, 0);
  if (semaforo.tope) puntos = Math.min(puntos, 100);
  // The epsilon keeps 80,5 (stored as 80.49999…) rounding up as people expect.
  const redondeado = Math.round(puntos * factor + 1e-7) / factor;
  let elegido = semaforo.niveles[0];
  for (const n of semaforo.niveles) if (redondeado >= n.desde) elegido = n;
  if (!elegido) throw new RangeError("El semáforo no tiene niveles.");
  return elegido;
}

/** A band as the pane's editor shows it: "56–80" is desde 56, hasta 80; hasta null = no upper limit. */
export interface BandaSemaforo extends NivelSemaforo {
  readonly hasta?: number | null;
}

/**
 * Problems of a user's bands, in Spanish; empty when valid. Bands must start at 0, not overlap,
 * leave no gap (at the rounding step of `decimales`), and the last one must reach 100 %.
 * @example validarNiveles([{nombre:"A",desde:0,hasta:20,color:"#FF0000"},{nombre:"B",desde:20,hasta:null,color:"#00FF00"}])
 *   → ["Los niveles «A» y «B» se superponen en 20."]
 */
export function validarNiveles(niveles: readonly BandaSemaforo[], decimales = 0): string[] {
  const problemas: string[] = [];
  if (niveles.length === 0) return ["Defina al menos un nivel."];
  const paso = 10 ** -decimales;
  const ordenados = [...niveles].sort((a, b) => a.desde - b.desde);
  const nombres = new Set<string>();
  for (const n of ordenados) {
    if (!n.nombre.trim()) problemas.push("Todos los niveles necesitan un nombre.");
    else if (nombres.has(n.nombre.trim())) problemas.push(`El nombre «${n.nombre}» está repetido.`);
    nombres.add(n.nombre.trim());
    if (!/^#[0-9A-Fa-f]{6}$/.test(n.color)) problemas.push(`El color de «${n.nombre}» debe tener la forma #RRGGBB.`);
    if (!Number.isFinite(n.desde) || n.desde < 0) problemas.push(`El nivel «${n.nombre}» debe empezar en un valor de 0 o más.`);
    if (n.hasta !== undefined && n.hasta !== null && n.hasta < n.desde) {
      problemas.push(`El nivel «${n.nombre}» termina (${formatearNumero(n.hasta, 2)}) antes de empezar (${formatearNumero(n.desde, 2)}).`);
    }
  }
  const primero = ordenados[0];
  if (primero && primero.desde !== 0) problemas.push(`El primer nivel («${primero.nombre}») debe empezar en 0.`);
  for (let i = 1; i < ordenados.length; i++) {
    const a = ordenados[i - 1];
    const b = ordenados[i];
    if (!a || !b) continue;
    // Without an upper bound a band ends where the next begins: only equal starts overlap.
    const finA = a.hasta === undefined ? Math.max(b.desde - paso, a.desde) : a.hasta;
    if (finA === null || b.desde <= finA + 1e-9) {
      problemas.push(`Los niveles «${a.nombre}» y «${b.nombre}» se superponen en ${formatearNumero(b.desde, 2)}.`);
    } else if (b.desde - finA > paso + 1e-9) {
      problemas.push(`Entre «${a.nombre}» y «${b.nombre}» queda un hueco (de ${formatearNumero(finA, 2)} a ${formatearNumero(b.desde, 2)}).`);
    }
  }
  const ultimo = ordenados[ordenados.length - 1];
  if (ultimo && ultimo.hasta !== undefined && ultimo.hasta !== null && ultimo.hasta < 100) {
    problemas.push(`El último nivel («${ultimo.nombre}») debe llegar hasta 100 % o no tener límite.`);
  }
  return problemas;
}

/**
 * Fill colour of a semáforo name as stored on metas and groups, greys included, so writers
 * colour cells and chart points consistently: `colorSemaforo("Sin reporte", s)` → "#A6A6A6".
 */
export function colorSemaforo(nombre: string, semaforo: Semaforo): string {
  if (nombre === SIN_PROGRAMACION) return COLOR_SIN_PROGRAMACION;
  if (nombre === SIN_REPORTE) return COLOR_SIN_REPORTE;
  if (nombre === SIN_DATO) return COLOR_SIN_DATO;
  return semaforo.niveles.find((n) => n.nombre === nombre)?.color ?? COLOR_SIN_DATO;
}
