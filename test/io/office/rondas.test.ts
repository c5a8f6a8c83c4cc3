/**
 * Round trips (issue #5): the syncs of a whole Consolidar do not grow with the number of metas
 * except for payload chunks, and every sync stays under the 5 MB web limit. Counts only; no timing.
 */
import { LIMITE_PAYLOAD } from "../../../src/simulador";
import { PRESUPUESTO_SYNC } from "../../../src/io/office/presupuesto";
import { rondasConsolidar, type RondasConsolidar } from "../../../bench/office";

const TAMANOS = [1_000, 10_000, 50_000];

describe("syncs of a whole Consolidar through the adapter (fake Excel, web mode)", () => {
  const corridas = new Map<number, RondasConsolidar>();
  beforeAll(async () => {
    for (const n of TAMANOS) corridas.set(n, await rondasConsolidar(n));
    const tabla = TAMANOS.map((n) => {
      const r = corridas.get(n);
      return `${n} metas: ${r?.lectura.length} syncs de lectura + ${r?.escritura.length} de escritura`;
    });
    console.log(tabla.join("\n"));
  }, 300_000);

  it.each(TAMANOS)("every sync of %i metas stays under 5 MB both ways", (n) => {
    const r = corridas.get(n);
    for (const s of [...(r?.lectura ?? []), ...(r?.escritura ?? [])]) {
      expect(s.error).toBeNull();
      expect(s.bytesPeticion).toBeLessThan(LIMITE_PAYLOAD);
      expect(s.bytesRespuesta).toBeLessThan(LIMITE_PAYLOAD);
    }
  });

  it.each(TAMANOS)("%i metas: syncs beyond the fixed ones are explained by payload chunks alone", (n) => {
    const r = corridas.get(n);
    const todas = [...(r?.lectura ?? []), ...(r?.escritura ?? [])];
    // Chunks are packed at least half full, so payload explains at most Σbytes / (budget / 2) syncs.
    const porDatos = (f: (s: (typeof todas)[number]) => number) => Math.ceil(todas.reduce((a, s) => a + f(s), 0) / (PRESUPUESTO_SYNC / 2));
    const fijas = 5;
    expect(todas.length).toBeLessThanOrEqual(fijas + porDatos((s) => s.bytesPeticion) + porDatos((s) => s.bytesRespuesta));
  });

  it("a small workbook takes the fixed syncs only: 3 to read, 2 to write", () => {
    const r = corridas.get(1_000);
    expect([r?.lectura.length, r?.escritura.length]).toEqual([3, 2]);
  });
});
