/**
 * Must show of issue 13: each seed report's figures come out of a workbook in its layout
 * (libros.ts), computed by the engine's rules. Every expected value is the seed's own figure,
 * as printed (es-CO, the seed's decimals).
 */
import { consolidar } from "../../src/core/calculo/consolidar";
import type { Consolidacion, Grupo } from "../../src/core/calculo/tipos";
import { conteosPorBanda, metasPorBanda } from "../../src/core/reporte/alertas";
import { ESCENARIOS_SOPO, libroBogota, libroProsperidad, libroSopo, PESOS_ANIO_SOPO } from "./libros";

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

describe("003 · Prosperidad Social 2020 (actividades por estrategia, < 50 % y > 100 %)", () => {
  const c = consolidar(libroProsperidad(), { vigencia: 2020 });

  it("actividades reportadas y con cumplimiento < 50 % por estrategia", () => {
    const estrategias = nivel(c, "estrategia");
    expect(estrategias.map((g) => g.conteos.conReporte)).toEqual([13, 19, 23, 7, 4, 18, 288]);
    expect(conteosPorBanda(c, "estrategia").map((x) => x.porBanda["< 50 %"])).toEqual([0, 1, 7, 1, 0, 0, 0]);
  });

  it("las listas < 50 % y > 100 % con sus %, agrupadas por dependencia", () => {
    const bajo50 = metasPorBanda(c)
      .filter((x) => x.banda.etiqueta === "< 50 %")
      .map((x) => pct(x.meta.pctVigencia.bruto, 0));
    expect(bajo50).toEqual(["33", "1", "12", "0", "40", "40", "0", "10", "39"]);
    const sobre = c.metas
      .filter((m) => (m.pctVigencia.bruto ?? 0) > 1)
      .map((m) => pct(m.pctVigencia.bruto, 0))
      .sort();
    expect(sobre).toEqual(["158", "198", "243"]);
  });

  it("un plan de acción de un año: sin hallazgos de meta cuatrienio", () => {
    expect(c.parametros.planAnual).toBe(true);
    expect(c.hallazgos.filter((h) => h.codigo === "E-SIN-META-CUATRIENIO")).toEqual([]);
  });
});

describe("004 · Secretaría General de Bogotá 2021 (indicadores de gestión al 31 de marzo)", () => {
  const c = consolidar(libroBogota(), { vigencia: 2021 });

  it("57 indicadores, 52 programados al periodo: 48 ≥ 100 % y 4 entre 75 % y 99 %", () => {
    expect([c.plan.conteos.metas, c.plan.conteos.programadas]).toEqual([57, 52]);
    const porBanda = (etiqueta: string) => metasPorBanda(c).filter((x) => x.banda.etiqueta === etiqueta);
    expect(porBanda("≥ 100 %")).toHaveLength(48);
    expect(
      porBanda("75–99 %")
        .map((x) => pct(x.meta.pctVigencia.bruto, 2))
        .sort(),
    ).toEqual(["75,00", "84,26", "92,31", "98,94"]);
  });

  it("plan de un año detectado (un solo año y ninguna meta del cuatrienio)", () => {
    expect(c.parametros.planAnual).toBe(true);
  });
});
