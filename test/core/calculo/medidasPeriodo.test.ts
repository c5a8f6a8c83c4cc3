/**
 * The period measures the seeds use (issue 13), each value worked by hand in the table:
 * - cumplimiento of the quarter alone (pctTrimestre): E / P of the last quarter the corte closes,
 *   never the year so far (Prosperidad Social's «cumplimiento IV trimestre»);
 * - avance against the annual target (pctAnual): E al corte / the year's whole target, only when the
 *   matrix programs an «al corte» apart from it (Secretaría General's «avance frente a la meta anual»).
 * Every meta is of 2024, línea base 0 unless said, tipo SUMA unless said.
 */
import type { Ajustes } from "../../../src/core/calculo/tipos";
import type { TipoAcumulacion } from "../../../src/core/matriz/tipos";
import { calcular, calcularUna, meta, type AnioSimple, type Celda } from "./_meta";

const T3: Ajustes = { vigencia: 2024, corte: "T3" };

interface Caso {
  readonly anio: AnioSimple;
  readonly tipo?: TipoAcumulacion;
  readonly lb?: Celda;
  readonly ajustes?: Ajustes;
  readonly aLaFecha?: boolean;
}

function medir({ anio, tipo = "SUMA", lb = 0, ajustes = T3, aLaFecha = false }: Caso) {
  const m = { ...meta({ tipo, lb, m: 100, anios: { 2024: anio } }), trimestresALaFecha: aLaFecha };
  const r = calcular([m], ajustes).metas[0];
  if (!r) throw new Error("sin meta");
  return r;
}

describe("cumplimiento of the quarter alone: E / P of the corte's quarter", () => {
  it.each<[string, Caso, number | null, number | null]>([
    // T3: E 3 of P 4 → 75 % (the year so far would be 8 / 9)
    ["T3 alone, not the year so far: 3 / 4", { anio: { pt: [2, 3, 4, 1], et: [2, 3, 3] } }, 0.75, 0.75],
    // 6 / 4 = 150 % raw, 100 % capped (SPEC §5.6)
    ["an over-executed quarter stays raw above 100 % and is capped at 100 %", { anio: { pt: [2, 3, 4, 1], et: [2, 3, 6] } }, 1.5, 1],
    ["a quarter programmed at 0 has no cumplimiento (never a division by 0)", { anio: { pt: [2, 3, 0, 1], et: [2, 3, 1] } }, null, null],
    ["a quarter with no column in the matrix has none", { anio: { pt: [2, 3], et: [2, 3] } }, null, null],
    ["a quarter without a reported E has none (not a 0 %)", { anio: { pt: [2, 3, 4, 1], et: [2, 3, null] } }, null, null],
    ["a matrix without quarter columns has none", { anio: { p: 10, e: 8 } }, null, null],
    // quarters written as the year so far: T3's own P = 9 − 5 = 4, own E = 8 − 5 = 3 → 75 %
    [
      "quarters written «a la fecha» (SUMA): the quarter's own value is the difference with the previous",
      { anio: { pt: [2, 5, 9, 10], et: [2, 5, 8] }, aLaFecha: true },
      0.75,
      0.75,
    ],
    // CRECIENTE with LB 60: (69 − 60) / (80 − 60) = 45 %
    ["CRECIENTE: (E − LB) / (P − LB) of the quarter", { anio: { pt: [70, 75, 80, 85], et: [70, 74, 69] }, tipo: "CRECIENTE", lb: 60 }, 0.45, 0.45],
    // a corte given as a date closes its quarter: 30 September is T3 (3 / 4)
    [
      "a corte date at a quarter's end takes that quarter (2024-09-30 → T3)",
      { anio: { pt: [2, 3, 4, 1], et: [2, 3, 3] }, ajustes: { vigencia: 2024, corte: "2024-09-30" } },
      0.75,
      0.75,
    ],
    // no corte: 31 December closes T4 → 0,5 / 1
    ["without a corte the year's end closes T4", { anio: { pt: [2, 3, 4, 1], et: [2, 3, 3, 0.5] }, ajustes: { vigencia: 2024 } }, 0.5, 0.5],
    // 15 August: T2 is the last closed quarter, the figures al corte stop there too → 3 / 3
    [
      "a corte inside a quarter takes the last one closed (2024-08-15 → T2)",
      { anio: { pt: [2, 3, 4, 1], et: [2, 3, 1] }, ajustes: { vigencia: 2024, corte: "2024-08-15" } },
      1,
      1,
    ],
  ])("%s", (_, caso, bruto, acotado) => {
    const m = medir(caso);
    expect(m.pctTrimestre.bruto).toBe(bruto);
    expect(m.pctTrimestre.acotado).toBe(acotado);
  });

  it("the year so far is still the % of the vigencia: T1–T3 is 8 / 9", () => {
    expect(medir({ anio: { pt: [2, 3, 4, 1], et: [2, 3, 3] } }).pctVigencia.bruto).toBeCloseTo(8 / 9, 12);
  });
});

describe("avance against the annual target, beside the «al corte» figure", () => {
  it.each<[string, AnioSimple, number | null]>([
    // E al corte 4 of the year's P 20 → 20 % (the vigencia, 4 / 5 al corte, is 80 %)
    ["E al corte over the year's whole P: 4 / 20", { p: 20, pc: 5, ec: 4 }, 0.2],
    // the plan's META 2024 (25) is the year's target when the matrix has it: 4 / 25
    ["the year's META column is the target when present: 4 / 25", { p: 20, metaAnio: 25, pc: 5, ec: 4 }, 0.16],
    ["without a programado al corte there is nothing to set apart", { p: 20, e: 4 }, null],
    ["without an annual target there is none", { pc: 5, ec: 4 }, null],
    ["an annual target of 0 gives none", { p: 0, pc: 5, ec: 4 }, null],
    ["without an E al corte there is none", { p: 20, pc: 5 }, null],
  ])("%s", (_, anio, esperado) => {
    expect(medir({ anio, ajustes: { vigencia: 2024 } }).pctAnual.bruto).toBe(esperado);
  });

  it("the % of the vigencia stays the al corte one: 4 / 5", () => {
    expect(medir({ anio: { p: 20, pc: 5, ec: 4 }, ajustes: { vigencia: 2024 } }).pctVigencia.bruto).toBe(0.8);
  });

  it("above the year's target it passes 100 % raw and is capped: 30 / 20", () => {
    const m = medir({ anio: { p: 20, pc: 25, ec: 30 }, ajustes: { vigencia: 2024 } });
    expect([m.pctAnual.bruto, m.pctAnual.acotado]).toEqual([1.5, 1]);
  });
});

describe("roll-ups of the period measures", () => {
  it("a group's quarter cumplimiento is the mean over the metas that have one: (75 % + 50 %) / 2", () => {
    const c = calcular(
      [
        meta({ m: 100, lb: 0, anios: { 2024: { pt: [2, 3, 4, 1], et: [2, 3, 3] } } }),
        meta({ m: 100, lb: 0, anios: { 2024: { pt: [2, 3, 2, 1], et: [2, 3, 1] } } }),
        // programmed at 0 in T3: no quarter figure, left out of the mean
        meta({ m: 100, lb: 0, anios: { 2024: { pt: [2, 3, 0, 1], et: [2, 3, 1] } } }),
      ],
      T3,
    );
    expect(c.plan.pctTrimestre).toBeCloseTo(0.625, 12);
  });

  it("a single meta's plan figure is its own avance against the annual target", () => {
    expect(calcularUna({ m: 100, lb: 0, anios: { 2024: { p: 20, pc: 5, ec: 4 } } }, { vigencia: 2024 }).c.plan.pctAnual).toBeCloseTo(0.2, 12);
  });
});
