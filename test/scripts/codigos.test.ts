/**
 * README.md's table of finding codes is what `npm run codigos` generates from the registry and
 * the sources: the test fails when a code, a severity or a raising file changed without
 * regenerating it.
 */
import fs from "node:fs";
import { CODIGOS } from "../../src/core/hallazgos/codigos";
import { conTabla, FIN, INICIO, README, tablaCodigos } from "../../scripts/codigos";

describe("the README's table of finding codes", () => {
  const readme = fs.readFileSync(README, "utf8");

  it("is up to date (run npm run codigos when this fails)", () => {
    expect(conTabla(readme, tablaCodigos())).toBe(readme);
  });

  it("has one row per code of the registry, each with at least one raising file", () => {
    const filas = readme
      .slice(readme.indexOf(INICIO), readme.indexOf(FIN))
      .split("\n")
      .filter((l) => /^\| `[EA]-/.test(l));
    expect(filas.map((l) => /`([EA]-[A-Z0-9-]+)`/.exec(l)?.[1])).toEqual(CODIGOS);
    for (const l of filas) expect(l).toMatch(/\| (error|advertencia) \| `src\/core\/[^`]+\.ts`/);
  });

  it("names the reader of the workbook for E-SIN-MATRIZ and the per-meta rules for A-SIN-REPORTE (SPEC §7)", () => {
    expect(tablaCodigos()).toContain("| `E-SIN-MATRIZ` | error | `src/core/matriz/leerLibro.ts` |");
    expect(tablaCodigos()).toContain("| `A-SIN-REPORTE` | advertencia | `src/core/calculo/hallazgosMeta.ts` |");
  });

  it("a stale table is told apart: replacing it changes the README", () => {
    const viejo = conTabla(readme, `${INICIO}\n| \`E-SIN-MATRIZ\` | advertencia | \`src/core/x.ts\` |\n${FIN}`);
    expect(conTabla(viejo, tablaCodigos())).not.toBe(viejo);
  });
});
