/** Semáforo presets and banding of SPEC §5.8 (the rules of user bands: ajustes/niveles.ts). */
import type { NivelSemaforo, PresetSemaforoId, Semaforo } from "./tipos";

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
/** The scale's colours from worst to best: bands given without colours take them by position. */
export const COLORES_ESCALA: readonly string[] = [ROJO, NARANJA, AMARILLO, VERDE_CLARO, VERDE];

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
    cienEnElSuperior: true,
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
    cienEnElSuperior: true,
  },
  "cuatro-niveles": {
    preset: "cuatro-niveles",
    niveles: [nivel("Crítico", 0, ROJO), nivel("Regular", 40, AMARILLO), nivel("Bueno", 60, VERDE_CLARO), nivel("Excelente", 80, VERDE)],
    decimales: 1,
    cienEnElSuperior: true,
  },
  segplan: {
    preset: "segplan",
    niveles: [nivel("Rojo", 0, ROJO), nivel("Amarillo", 50.1, AMARILLO), nivel("Verde", 75.1, VERDE), nivel("Naranja", 125.1, NARANJA)],
    decimales: 1,
    cienEnElSuperior: false,
  },
};

/**
 * The level of a fraction: `nivelSemaforo(0.804, PRESETS_SEMAFORO["municipal-3"]).nombre` → "Aceptable"
 * (80,4 rounds to 80). Negative values take the first level; capped presets put > 100 % in the top one.
 */
export function nivelSemaforo(fraccion: number, semaforo: Semaforo): NivelSemaforo {
  const factor = 10 ** semaforo.decimales;
  let puntos = Math.max(fraccion * 100, 0);
  if (semaforo.cienEnElSuperior) puntos = Math.min(puntos, 100);
  // The epsilon keeps 80,5 (stored as 80.49999…) rounding up as people expect.
  const redondeado = Math.round(puntos * factor + 1e-7) / factor;
  let elegido = semaforo.niveles[0];
  for (const n of semaforo.niveles) if (redondeado >= n.desde) elegido = n;
  if (!elegido) throw new RangeError("El semáforo no tiene niveles.");
  return elegido;
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
