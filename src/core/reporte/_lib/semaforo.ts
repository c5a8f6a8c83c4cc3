/**
 * Semáforo colours in the plan (SPEC §5.8): conditional formats on % cells and on level names,
 * and the colour of a level for chart points. Colours come from the preset in the parameters.
 */
import { COLOR_SIN_DATO, COLOR_SIN_PROGRAMACION, COLOR_SIN_REPORTE, SIN_DATO, SIN_PROGRAMACION, SIN_REPORTE } from "../../calculo/semaforo";
import type { Semaforo } from "../../calculo/tipos";
import type { CondicionalPlan } from "../plan";

/** The grey states of SPEC §5.8 (not levels of any preset), with the engine's colours. */
export const GRISES: Readonly<Record<string, string>> = {
  [SIN_REPORTE]: COLOR_SIN_REPORTE,
  [SIN_PROGRAMACION]: COLOR_SIN_PROGRAMACION,
  [SIN_DATO]: COLOR_SIN_DATO,
};
const COLOR_DESCONOCIDO = "#D9D9D9";
/**
 * Bounds move down by EPSILON so a ratio stored as 0.80499999… bands like the engine does
 * (it rounds with a small epsilon, calculo/semaforo.ts); upper bounds stop just below the next level.
 */
const EPSILON = 1e-9;

/** Fill colour of a level name (preset level or grey state). */
export function colorNivel(nombre: string, semaforo: Semaforo): string {
  return semaforo.niveles.find((n) => n.nombre === nombre)?.color ?? GRISES[nombre] ?? COLOR_DESCONOCIDO;
}

/** Black or white, whichever reads better on the fill. */
export function colorFuentePara(relleno: string): string {
  const n = Number.parseInt(relleno.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  return 0.299 * r + 0.587 * g + 0.114 * b > 150 ? "#000000" : "#FFFFFF";
}

/**
 * One value rule per level, in fractions. A level applies when the % rounded to the preset's
 * decimals is ≥ its lower bound, so the edges move half a rounding step down
 * (municipal-3: Aceptable covers 55,5 % ≤ x < 80,5 %, hence 80,4 % → Aceptable).
 * The lowest level is open below (negatives) and the highest open above (over 100 %).
 */
export function condicionalesPorcentaje(rango: string, semaforo: Semaforo): CondicionalPlan[] {
  const medioPaso = 0.5 * 10 ** -semaforo.decimales;
  const niveles = semaforo.niveles;
  return niveles.map((n, i) => {
    const siguiente = niveles[i + 1];
    return {
      tipo: "valor",
      rango,
      desde: i === 0 ? null : (n.desde - medioPaso) / 100 - EPSILON,
      hasta: siguiente === undefined ? null : (siguiente.desde - medioPaso) / 100 - 2 * EPSILON,
      relleno: n.color,
      colorFuente: colorFuentePara(n.color),
    };
  });
}

/** One text rule per level name and grey state. */
export function condicionalesTexto(rango: string, semaforo: Semaforo): CondicionalPlan[] {
  const nombres = [...semaforo.niveles.map((n) => n.nombre), ...Object.keys(GRISES)];
  return nombres.map((igualA) => {
    const relleno = colorNivel(igualA, semaforo);
    return { tipo: "texto", rango, igualA, relleno, colorFuente: colorFuentePara(relleno) };
  });
}

/** Level names from the top level down, then the grey states: the order people read them in. */
export function nivelesEnOrden(semaforo: Semaforo): string[] {
  return [...semaforo.niveles.map((n) => n.nombre).reverse(), ...Object.keys(GRISES)];
}
