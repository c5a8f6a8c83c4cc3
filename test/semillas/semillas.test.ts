/**
 * Must show of issue 13: each seed report's figures come out of a workbook in its layout
 * (libros.ts), computed by the engine's rules. Every expected value is the seed's own figure,
 * as printed (es-CO, the seed's decimals).
 */
import { consolidar } from "../../src/core/calculo/consolidar";
import type { Consolidacion, Grupo } from "../../src/core/calculo/tipos";
import { ESCENARIOS_SOPO, libroSopo, PESOS_ANIO_SOPO } from "./libros";

/** A fraction as the seeds print it: 0,1879 → "18,79". */
const pct = (x: number | null | undefined, decimales: number): string => ((x ?? NaN) * 100).toFixed(decimales).replace(".", ",");

function nivel(c: Consolidacion, n: string): Grupo[] {
  return c.grupos.filter((g) => g.nivel === n);
}

describe("001 · Sopó 2021 (escenarios de cambio, ponderación de la matriz, 30 % del año)", () => {
  const c = consolidar(libroSopo(), { vigencia: 2021, corte: "2021-09-30", esperado: "pesos", pesosAnio: PESOS_ANIO_SOPO, ponderacion: "matriz" });

  // The seed says 23 prospectivas, but its own table of the structure lists 9 + 6 + 6 + 1 = 22.
  it("reconoce los 4 escenarios de cambio y las 22 prospectivas de su tabla, con sus 477 metas", () => {
    expect(c.niveles).toEqual(["escenario de cambio", "prospectiva"]);
    expect(nivel(c, "escenario de cambio")).toHaveLength(4);
    expect(nivel(c, "prospectiva").map((g) => g.conteos.metas)).toEqual(ESCENARIOS_SOPO.flatMap((e) => e.prospectivas));
    expect(c.plan.conteos.metas).toBe(477);
  });

  it("conteos por escenario: metas, no programadas, con ejecución y sin ninguna ejecución", () => {
    expect(nivel(c, "escenario de cambio").map((g) => [g.conteos.metas, g.conteos.noProgramadas, g.conteos.conReporte, g.conteos.sinReporte])).toEqual([
      [228, 12, 194, 22],
      [104, 8, 73, 23],
      [109, 4, 89, 16],
      [36, 2, 31, 3],
    ]);
    expect([c.plan.conteos.programadas, c.plan.conteos.conReporte, c.plan.conteos.sinReporte]).toEqual([451, 387, 64]);
  });

  it("avance del año 18,79 % frente al 30 % programado: 62,6 % en base 100", () => {
    expect(pct(c.plan.aporteAnio?.logrado, 2)).toBe("18,79");
    expect(pct(c.plan.aporteAnio?.esperado, 0)).toBe("30");
    expect(pct(c.plan.pctVigencia, 1)).toBe("62,6");
  });

  it("escenarios II–IV: su aporte sobre su peso del año y su cumplimiento, como el informe", () => {
    const [, ii, iii, iv] = nivel(c, "escenario de cambio");
    expect([pct(ii?.aporteAnio?.logrado, 1), pct(ii?.aporteAnio?.esperado, 1), pct(ii?.pctVigencia, 1)]).toEqual(["4,5", "8,7", "51,5"]);
    expect([pct(iii?.aporteAnio?.logrado, 2), pct(iii?.aporteAnio?.esperado, 1), pct(iii?.pctVigencia, 2)]).toEqual(["3,24", "5,1", "63,89"]);
    expect([pct(iv?.aporteAnio?.logrado, 2), pct(iv?.aporteAnio?.esperado, 2), pct(iv?.pctVigencia, 1)]).toEqual(["1,74", "2,34", "74,2"]);
  });

  it("la suma de los aportes de los escenarios es el aporte del plan", () => {
    const suma = nivel(c, "escenario de cambio").reduce((s, g) => s + (g.aporteAnio?.logrado ?? 0), 0);
    expect(suma).toBeCloseTo(c.plan.aporteAnio?.logrado ?? NaN, 12);
    expect(ESCENARIOS_SOPO.reduce((s, e) => s + e.peso, 0)).toBeCloseTo(100, 9);
  });
});
