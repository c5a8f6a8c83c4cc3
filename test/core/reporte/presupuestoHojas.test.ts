/**
 * The Presupuesto sheet with a separate budget sheet joined (SPEC §5.9, §6; issue 13): figures by
 * sector from the sheet, shares, the ≥ 70 % / < 70 % lists, > 100 % flagged, the rows that join no
 * group, and the "presupuestal vs física" chart fed from them. Expected figures are from the grids.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { hoja as hojaGrid, libro } from "../../helpers/grid";
import { MATRIZ_SECTORES, PRESUPUESTO_POR_SECTOR } from "../../helpers/presupuesto";
import { puntos } from "./_graficos";
import { celdas, filaTotales, hoja, registros } from "./_plan";

const CTX: ContextoPlan = {
  hojasExistentes: ["PDM", "Ejecución presupuestal"],
  propiedadPrevia: null,
  fechaEjecucion: "2026-01-31T10:30:00Z",
  duracionMs: 900,
};

const c = consolidar(libro([MATRIZ_SECTORES, PRESUPUESTO_POR_SECTOR]), { vigencia: 2024 });
const plan = planificar(c, CTX);
const h = hoja(plan, "presupuesto");

describe("Presupuesto sheet with a budget sheet by sector (SPEC §5.9)", () => {
  it("exists although the matrix has no budget column", () => {
    expect(plan.hojas.map((x) => x.nombre)).toContain("Presupuesto");
  });

  it("by sector: the sheet's figures, participación over 2 200 millones, classification, physical % and the > 100 % flag", () => {
    const filas = registros(h, "Seg_Presupuesto_Sectores");
    expect(filas.map((f) => [f["Sector"], f["Presupuestado"], f["Ejecutado (compromisos)"], f["Pagos"], f["Clasificación"], f["Alerta"]])).toEqual([
      ["Salud", 1_200_000_000, 900_000_000, 600_000_000, "≥ 70 %", null],
      ["Educación", 500_000_000, 550_000_000, 400_000_000, "≥ 70 %", "Supera lo presupuestado"],
      ["Transporte", 300_000_000, 150_000_000, 100_000_000, "< 70 %", null],
    ]);
    [1200 / 2200, 500 / 2200, 300 / 2200].forEach((v, i) => expect(filas[i]?.["Participación"]).toBeCloseTo(v, 12));
    [0.75, 1.1, 0.5].forEach((v, i) => expect(filas[i]?.["% ejecución presupuestal"]).toBeCloseTo(v, 12));
    [0.9, 0.5, 0.4].forEach((v, i) => expect(filas[i]?.["% ejecución física"]).toBeCloseTo(v, 12));
  });

  it("the sector table's total is the sheet's (Cultura included), not a TOTAL cell copied", () => {
    const t = filaTotales(h, "Seg_Presupuesto_Sectores");
    expect([t["Sector"], t["Presupuestado"], t["Ejecutado (compromisos)"], t["Pagos"]]).toEqual([
      "Total del plan",
      2_200_000_000,
      1_780_000_000,
      1_100_000_000,
    ]);
  });

  it("the sheet's rows, each with the group it joined or «Sin correspondencia en la matriz», linked to its cell", () => {
    const filas = registros(h, "Seg_Presupuesto_Hoja1");
    expect(filas.map((f) => [f["Sector"], f["Grupo de la matriz"]])).toEqual([
      ["SALUD", "Salud"],
      ["Educacion", "Educación"],
      ["Transporte", "Transporte"],
      ["Cultura", "Sin correspondencia en la matriz"],
    ]);
    expect(filas[3]?.["Participación"]).toBeCloseTo(200 / 2200, 12);
    expect(h.vinculos.filter((v) => v.hoja === "Ejecución presupuestal").map((v) => v.destino)).toEqual(["A3", "A4", "A5", "A6"]);
  });

  it("lists the rows at or above 70 %, below 70 % and without a group", () => {
    const textos = [...celdas(h).values()].filter((v): v is string => typeof v === "string");
    expect(textos).toEqual(
      expect.arrayContaining(["Ejecución ≥ 70 %: SALUD; Educacion; Cultura", "Ejecución < 70 %: Transporte", "Sin correspondencia en la matriz: Cultura"]),
    );
  });

  it("no «Código» column when no row has a code", () => {
    expect(Object.keys(registros(h, "Seg_Presupuesto_Hoja1")[0] ?? {})).not.toContain("Código");
  });

  it("the «presupuestal frente a física» chart is drawn by sector from the sheet's figures", () => {
    const g = h.graficos.find((x) => x.titulo === "Ejecución presupuestal frente a ejecución física por sector");
    expect(g).toBeDefined();
    const p = puntos(h, g!);
    expect(p.map(([nombre]) => nombre)).toEqual(["Educación", "Salud", "Transporte"]);
    const [, presupuestal, fisica] = p[0]!;
    expect([presupuestal, fisica]).toEqual([550 / 500, 0.5]);
  });

  it("the Resumen lists the budget sheet among the sources", () => {
    const fuentes = registros(hoja(plan, "resumen"), "Seg_Fuentes");
    expect(fuentes.find((f) => f["Hoja"] === "Ejecución presupuestal")?.["Observación"]).toBe("Hoja de presupuesto: 4 filas por sector");
  });
});

describe("A budget sheet of another year", () => {
  it("says it has no figure of the vigencia instead of an empty table", () => {
    const otroAnio = hojaGrid("Presupuesto 2023", [
      ["SECTOR", "APROPIACIÓN DEFINITIVA 2023", "COMPROMISOS 2023"],
      ["Salud", 1_000, 700],
    ]);
    const h2 = hoja(planificar(consolidar(libro([MATRIZ_SECTORES, otroAnio]), { vigencia: 2024 }), CTX), "presupuesto");
    expect([...celdas(h2).values()]).toContain("Sin cifras de la vigencia 2024 en esta hoja.");
    expect(h2.tablas.map((t) => t.nombre)).toEqual([]);
  });
});
