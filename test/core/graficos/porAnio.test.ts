/**
 * Charts on demand over the years (issue 14): each year of the plan up to the vigencia is a point,
 * but only years the plan has — a one-year action plan has no earlier years (Guatapé's 2026 plan
 * showed empty 2024 and 2025), and a budget column with no year, which is the vigencia's, is not
 * repeated on the earlier years (Guatapé and Medellín showed the same budget on every year).
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { SolicitudGrafico } from "../../../src/core/calculo/tipos";
import type { Valor } from "../../../src/core/grid/libro";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { celdas, comoTexto, hoja as hojaDelPlan } from "../reporte/_plan";
import { grafico, puntos } from "../reporte/_graficos";
import { hoja, libro } from "../../helpers/grid";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 10 };

function puntosDe(filas: Valor[][], vigencia: number, solicitud: SolicitudGrafico) {
  const h = hojaDelPlan(planificar(consolidar(libro([hoja("PDM", filas)]), { vigencia, graficos: [solicitud] }), CTX), "graficos");
  return puntos(h, grafico(h, "grafico-1"));
}

describe("a chart by year has only the years the plan has", () => {
  // a one-year action plan: one year of P and E, no meta cuatrienio
  const planAnual: Valor[][] = [
    ["Dependencia", "Meta", "Unidad", "Programado 2026", "Ejecutado 2026"],
    ["Secretaría de Salud", "Vacunar niños", "Niños", 10, 5],
    ["Secretaría de Obras", "Pavimentar vías", "Km", 4, 4],
  ];

  it("programado_ejecutado: its one year mixes Niños and Km, and the notice says so in the singular", () => {
    const h = hojaDelPlan(
      planificar(consolidar(libro([hoja("PDM", planAnual)]), { vigencia: 2026, graficos: [{ medida: "programado_ejecutado", por: "anio" }] }), CTX),
      "graficos",
    );
    expect([...celdas(h).values()].map(comoTexto).some((t) => t.includes("«2026» tiene metas de unidades distintas"))).toBe(true);
  });

  it("a one-year plan of 2026 charts 2026 alone, at the mean of 5/10 and 4/4", () => {
    const p = puntosDe(planAnual, 2026, { medida: "pct_vigencia", por: "anio" });
    expect(p.map(([c]) => c)).toEqual(["2026"]);
    expect(p[0]?.[1]).toBeCloseTo((5 / 10 + 4 / 4) / 2, 10);
  });
});

describe("a budget column with no year is the vigencia's, not every year's", () => {
  const cuatrienio: Valor[][] = [
    [
      "Dependencia",
      "Meta",
      "Unidad",
      "Meta cuatrienio",
      "Programado 2024",
      "Ejecutado 2024",
      "Programado 2025",
      "Ejecutado 2025",
      "Presupuesto definitivo",
      "Compromisos",
    ],
    ["Secretaría de Salud", "Vacunar niños", "Niños", 20, 5, 5, 5, 4, 100, 50],
    ["Secretaría de Obras", "Pavimentar vías", "Km", 8, 2, 2, 2, 1, 200, 20],
  ];

  it("presupuesto por anio: 2024 has no budget figure, 2025 has Σ 100 + 200 presupuestado and 50 + 20 ejecutado", () => {
    expect(puntosDe(cuatrienio, 2025, { medida: "presupuesto", por: "anio" })).toEqual([
      ["2024", null, null],
      ["2025", 300, 70],
    ]);
  });
});
