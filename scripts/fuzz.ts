/**
 * `npm run fuzz -- --n 5000 [--desde 1]`: the long fuzz run for a release (issue 12, deliverable
 * 10; CI runs 200 cases in test/fuzz/fuzz.test.ts). Generated workbooks go through the CLI
 * in-process; each output is re-read and its XML checked. Prints the failing seeds (their files
 * are kept in the temp folder named) and a closing «N passed, M failed» line; exits 1 on a failure.
 */
import { corridaFuzz } from "../test/fuzz/corrida";

function opcion(nombre: string, porOmision: number): number {
  const i = process.argv.indexOf(`--${nombre}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : porOmision;
  if (!Number.isInteger(v) || v < 1) throw new RangeError(`--${nombre} debe ser un entero positivo`);
  return v;
}

async function principal(): Promise<number> {
  const n = opcion("n", 1000);
  const desde = opcion("desde", 1);
  const inicio = Date.now();
  const codigos = new Map<number, number>();
  const casos = await corridaFuzz(n, desde, (c, i) => {
    codigos.set(c.codigo, (codigos.get(c.codigo) ?? 0) + 1);
    if (c.problemas.length > 0) process.stderr.write(`semilla ${c.semilla} (${c.forma}): ${c.problemas.join(" | ")}\n`);
    if ((i + 1) % 100 === 0) process.stderr.write(`${i + 1}/${n}\n`);
  });
  const fallidos = casos.filter((c) => c.problemas.length > 0).length;
  const resumen = [...codigos]
    .sort(([a], [b]) => a - b)
    .map(([c, k]) => `código ${c}: ${k}`)
    .join(", ");
  process.stdout.write(`semillas ${desde}–${desde + n - 1} en ${((Date.now() - inicio) / 1000).toFixed(1)} s (${resumen})\n`);
  process.stdout.write(`${n - fallidos} passed, ${fallidos} failed\n`);
  return fallidos === 0 ? 0 : 1;
}

void principal().then((codigo) => {
  process.exitCode = codigo;
});
