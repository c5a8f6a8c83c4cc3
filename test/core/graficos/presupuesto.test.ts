/**
 * The on-demand chart «presupuesto» (issue 14) reads the budget the Presupuesto sheet shows (SPEC §5.9):
 * a budget sheet's figures where it joins the requested level, the matrix's budget columns elsewhere.
 * Expected values are worked out by hand from the grids below and test/helpers/presupuesto.ts:
 * - matrix columns: Salud 100 + 200 = 300, compromisos 50 + 200 = 250; Transporte 400 / 100;
 *   by dependency Salud 100 / 50, Gobierno 200 / 200, Obras 400 / 100;
 * - the budget sheet by sector: SALUD 1 200 / 900 millones, Transporte 300 / 150 millones
 *   (its Educacion and Cultura rows have no sector in this matrix).
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Consolidacion, SolicitudGrafico } from "../../../src/core/calculo/tipos";
import type { Hoja } from "../../../src/core/grid/libro";
import { seriesGrafico } from "../../../src/core/graficos/seriesGrafico";
import { hoja, libro } from "../../helpers/grid";
import { PRESUPUESTO_POR_SECTOR } from "../../helpers/presupuesto";

// Salud spans two dependencies: a filter by one of them keeps part of the sector
const MATRIZ = hoja("PDM", [
  ["Sector", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024", "APROPIACIÓN 2024", "COMPROMISOS 2024"],
  ["Salud", "Vacunar niños", "Secretaría de Salud", 100, 80, 100, 50],
  ["Salud", "Controlar el dengue", "Secretaría de Gobierno", 10, 10, 200, 200],
  ["Transporte", "Pavimentar vías", "Secretaría de Obras", 5, 2, 400, 100],
]);

const con = (hojas: readonly Hoja[]): Consolidacion => consolidar(libro(hojas), { vigencia: 2024 });

/** [category, each series' value] of the chart, or its notice. */
function puntos(c: Consolidacion, s: SolicitudGrafico): { filas: (string | number | null)[][]; series: string[]; nota: string | null } | string {
  const r = seriesGrafico(c, s);
  if (!r.ok) return r.aviso;
  const g = r.grafico;
  return { filas: g.filas.map((f) => [f.nombre, ...g.series.map((x) => x.valor(f))]), series: g.series.map((x) => x.nombre), nota: g.nota };
}

describe("chart «presupuesto»: the budget sheet's figures where it joins the level (SPEC §5.9)", () => {
  const solo = con([MATRIZ]);
  const conHoja = con([MATRIZ, PRESUPUESTO_POR_SECTOR]);

  it("without a budget sheet: the matrix's columns summed per sector", () => {
    expect(puntos(solo, { medida: "presupuesto", por: "sector" })).toEqual({
      filas: [
        ["Salud", 300, 250],
        ["Transporte", 400, 100],
      ],
      series: ["Presupuestado", "Ejecutado"],
      nota: null,
    });
  });

  it("a budget sheet by sector: each sector takes the sheet's figures, not its metas' columns", () => {
    expect(puntos(conHoja, { medida: "presupuesto", por: "sector" })).toEqual({
      filas: [
        ["Salud", 1_200_000_000, 900_000_000],
        ["Transporte", 300_000_000, 150_000_000],
      ],
      series: ["Presupuestado", "Ejecutado"],
      nota: null,
    });
  });

  it("a pie shows the executed budget only, from the sheet too", () => {
    const p = puntos(conHoja, { medida: "presupuesto", por: "sector", tipo: "circular" });
    expect(typeof p === "string" ? p : p.filas).toEqual([
      ["Salud", 900_000_000],
      ["Transporte", 150_000_000],
    ]);
  });

  it("by dependency, a level the sheet does not join: the matrix's columns", () => {
    const p = puntos(conHoja, { medida: "presupuesto", por: "dependencia" });
    expect(typeof p === "string" ? p : p.filas).toEqual([
      ["Secretaría de Salud", 100, 50],
      ["Secretaría de Gobierno", 200, 200],
      ["Secretaría de Obras", 400, 100],
    ]);
  });

  it("a filter keeping part of a sector's metas: the sheet's whole figure, and a note saying it cannot be split", () => {
    const p = puntos(conHoja, { medida: "presupuesto", por: "sector", filtro: "dependencia:Secretaría de Salud" });
    if (typeof p === "string") throw new Error(p);
    expect(p.filas).toEqual([["Salud", 1_200_000_000, 900_000_000]]);
    expect(p.nota).toBe(
      "El presupuesto de la hoja «Ejecución presupuestal» es el de cada sector completo: el filtro deja parte de las metas de «Salud», pero la hoja no reparte su presupuesto por meta.",
    );
  });
});
