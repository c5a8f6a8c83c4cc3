/** Timing helpers of the bench: median of a few runs after one warm-up, and es-CO figures. */
export interface Medida {
  /** Median wall-clock time. */
  readonly ms: number;
  /** Median CPU time of the process (user + system): less sensitive to other work on the machine. */
  readonly cpu: number;
}

const mediana = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

export async function medir(veces: number, f: () => unknown, calentar = true): Promise<Medida> {
  if (calentar) await f();
  const pared: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < veces; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await f();
    pared.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: mediana(pared), cpu: mediana(cpu) };
}

const MS = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 0 });
const RAZON = new Intl.NumberFormat("es-CO", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const KB = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 });

export const ms = (x: number): string => `${MS.format(x)} ms`;
/** "1.234 ms (CPU 1.100 ms)" */
export const tiempo = (m: Medida): string => `${ms(m.ms)} (CPU ${ms(m.cpu)})`;
export const razon = (x: number): string => RAZON.format(x);
export const kb = (bytes: number): string => `${KB.format(bytes / 1024)} KB`;

/** "  etiqueta ........ valor   (meta …) OK|NO" */
export function linea(etiqueta: string, valor: string, meta?: { texto: string; cumple: boolean }): string {
  const base = `  ${etiqueta.padEnd(62, " ")} ${valor.padStart(26)}`;
  return meta ? `${base}   (meta ${meta.texto}) ${meta.cumple ? "cumple" : "NO CUMPLE"}` : base;
}
