/**
 * A seeded PRNG (mulberry32) so that the example and the bench grids are the same on every run:
 * the committed example must be reproducible from the script.
 */
export interface Azar {
  /** Uniform in [0, 1). */
  siguiente(): number;
  /** Integer in [min, max], inclusive. */
  entero(min: number, max: number): number;
  /** True with probability p. */
  si(p: number): boolean;
  elegir<T>(opciones: readonly T[]): T;
}

export function crearAzar(semilla: number): Azar {
  let estado = semilla >>> 0;
  const siguiente = (): number => {
    estado = (estado + 0x6d2b79f5) >>> 0;
    let t = estado;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    siguiente,
    entero: (min, max) => min + Math.floor(siguiente() * (max - min + 1)),
    si: (p) => siguiente() < p,
    elegir<T>(opciones: readonly T[]): T {
      const v = opciones[Math.floor(siguiente() * opciones.length)];
      if (v === undefined) throw new RangeError("elegir: lista vacía");
      return v;
    },
  };
}
