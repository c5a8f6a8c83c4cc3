/** Timing helpers of the bench: median of a few runs after one warm-up, and es-CO figures. */
export interface Medida {
  readonly ms: number;
  readonly corridas: readonly number[];
}

export async function medir(veces: number, f: () => unknown, calentar = true): Promise<Medida> {
  if (calentar) await f();
  const corridas: number[] = [];
  for (let i = 0; i < veces; i++) {
    const t0 = performance.now();
    await f();
    corridas.push(performance.now() - t0);
  }
  const orden = [...corridas].sort((a, b) => a - b);
  return { ms: orden[Math.floor(orden.length / 2)] ?? Number.NaN, corridas };
}

const MS = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 0 });
const RAZON = new Intl.NumberFormat("es-CO", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const KB = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 });

export const ms = (x: number): string => `${MS.format(x)} ms`;
export const razon = (x: number): string => RAZON.format(x);
export const kb = (bytes: number): string => `${KB.format(bytes / 1024)} KB`;

/** "  etiqueta ........ valor   (meta …) OK|NO" */
export function linea(etiqueta: string, valor: string, meta?: { texto: string; cumple: boolean }): string {
  const base = `  ${etiqueta.padEnd(62, " ")} ${valor.padStart(12)}`;
  return meta ? `${base}   (meta ${meta.texto}) ${meta.cumple ? "cumple" : "NO CUMPLE"}` : base;
}
