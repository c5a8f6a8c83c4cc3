/** Timing helpers of the bench: median of a few runs after one warm-up, and es-CO figures. */
export interface Medida {
  /** Median wall-clock time. */
  readonly ms: number;
  /** Median CPU time of the process (user + system): less sensitive to other work on the machine. */
  readonly cpu: number;
}

const mediana = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/**
 * Each sample starts from a collected heap (`npm run bench` runs node with --expose-gc): otherwise
 * the full collection of the previous sample's garbage lands inside whichever sample follows.
 */
function recolectar(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function muestra(f: () => unknown): Promise<{ pared: number; cpu: number }> {
  recolectar();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await f();
  const pared = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { pared, cpu: (c.user + c.system) / 1000 };
}

export async function medir(veces: number, f: () => unknown, calentar = true): Promise<Medida> {
  return (await medirAlternando(veces, [f], calentar))[0] ?? { ms: Number.NaN, cpu: Number.NaN };
}

/**
 * Several functions measured in turns (a, b, a, b…): a ratio between them then compares samples
 * taken under the same load, not one function's quiet minute with the other's busy one.
 */
export async function medirAlternando(veces: number, fs: readonly (() => unknown)[], calentar = true): Promise<Medida[]> {
  if (calentar) for (const f of fs) await f();
  const pared: number[][] = fs.map(() => []);
  const cpu: number[][] = fs.map(() => []);
  for (let i = 0; i < veces; i++) {
    for (let k = 0; k < fs.length; k++) {
      const f = fs[k];
      if (!f) continue;
      const m = await muestra(f);
      pared[k]?.push(m.pared);
      cpu[k]?.push(m.cpu);
    }
  }
  return fs.map((_, k) => ({ ms: mediana(pared[k] ?? []), cpu: mediana(cpu[k] ?? []) }));
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
