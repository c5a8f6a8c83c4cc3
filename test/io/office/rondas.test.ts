/**
 * Round trips (issue #5): the syncs of a whole Consolidar do not grow with the number of metas
 * except for payload chunks, and every sync stays under the 5 MB web limit. Counts only; no timing.
 */
import { LIMITE_PAYLOAD } from "../../../src/simulador";
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

  it.each(TAMANOS)("%i metas: write syncs ≤ 1,5 × the payload floor (bytes ÷ 5 MB, rounded up) + 5 fixed (issue #12)", (n) => {
    const r = corridas.get(n);
    const escritura = r?.escritura ?? [];
    const piso = Math.ceil(escritura.reduce((a, s) => a + s.bytesPeticion, 0) / LIMITE_PAYLOAD);
    expect(escritura.length).toBeLessThanOrEqual(1.5 * piso + 5);
  });

  it("50,000 metas are written in at most 20,000 operations (issue #12; about 622,000 before)", () => {
    const escritura = corridas.get(50_000)?.escritura ?? [];
    expect(escritura.reduce((a, s) => a + s.operaciones, 0)).toBeLessThanOrEqual(20_000);
  });

  it("a small workbook takes the fixed syncs only: 3 to read; inspection, one write, swap, backups, cosmetics", () => {
    const r = corridas.get(1_000);
    expect([r?.lectura.length, r?.escritura.length]).toEqual([3, 5]);
  });
});
