/** @jest-environment node */
/**
 * The short fuzz run CI does (issue 12, deliverable 10): 200 generated workbooks through the CLI,
 * every output re-read and its XML checked. `npm run fuzz -- --n 5000` is the long run for a release.
 */
import { corridaFuzz } from "./corrida";

const CASOS = 200;

describe("fuzz: generated messy workbooks through the CLI (issue 12, deliverable 10)", () => {
  it(`${CASOS} workbooks: no crash, every output readable and namespace-correct`, async () => {
    const casos = await corridaFuzz(CASOS);
    const malos = casos.filter((c) => c.problemas.length > 0);
    expect(malos.map((c) => `semilla ${c.semilla} (${c.forma}): ${c.problemas.join(" | ")}`)).toEqual([]);
    // The run must exercise the writer, not only refusals: most cases consolidate, in every XML form.
    const escritos = casos.filter((c) => c.codigo === 0);
    expect(escritos.length).toBeGreaterThan(CASOS / 2);
    expect(new Set(escritos.map((c) => c.forma))).toEqual(new Set(["excel", "openpyxl", "prefijo"]));
  }, 60_000);
});
