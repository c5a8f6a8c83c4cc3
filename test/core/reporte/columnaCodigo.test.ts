/**
 * The «Código» column of a roll-up table (issue 13): shown when some node of the table has a
 * code, dropped when none has — seed 003's estrategias carry no code, and an all-blank first
 * column only pushed the names to the right (seen in its render).
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Consolidacion } from "../../../src/core/calculo/tipos";
import { direccion } from "../../../src/core/grid/direccion";
import { parseRango } from "../../../src/core/grid/rango";
import { COLUMNA_CODIGO, columnasDeGrupos } from "../../../src/core/reporte/_lib/columnasGrupo";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import type { HojaPlan, ValorPlan } from "../../../src/core/reporte/plan";
import { libroProsperidad } from "../../semillas/libros";
import { construirConsolidacion } from "./_consolidacion";
import { celdas, hoja } from "./_plan";

const CTX: ContextoPlan = { hojasExistentes: [], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: null };

/** The headers of the sheet's first table, left to right. */
function encabezados(h: HojaPlan): ValorPlan[] {
  const t = h.tablas[0];
  if (!t) throw new Error(`${h.nombre} sin tabla`);
  const r = parseRango(t.rango);
  const m = celdas(h);
  return Array.from({ length: r.columna2 - r.columna1 + 1 }, (_, j) => m.get(direccion(r.fila1, r.columna1 + j)) ?? null);
}

describe("the «Código» column of the level sheets", () => {
  it("no node of the level has a code (seed 003's estrategias): no «Código» column, the names first and frozen", () => {
    const h = hoja(planificar(consolidar(libroProsperidad(), { vigencia: 2020 }), CTX), "nivel:estrategia");
    expect(encabezados(h)).not.toContain("Código");
    expect(encabezados(h)[0]).toBe("Estrategia");
    expect(h.inmovilizar?.columnas).toBe(1);
  });

  it("the nodes have codes (the builder's ejes 1 and 2): «Código» first, with them, frozen with the names", () => {
    const h = hoja(planificar(construirConsolidacion(), CTX), "nivel:eje");
    expect(encabezados(h).slice(0, 2)).toEqual(["Código", "Eje"]);
    const t = parseRango(h.tablas[0]?.rango ?? "");
    const m = celdas(h);
    expect([m.get(direccion(t.fila1 + 1, 0)), m.get(direccion(t.fila1 + 2, 0))]).toEqual(["1", "2"]);
    expect(h.inmovilizar?.columnas).toBe(2);
  });

  it("one node with a code is enough to keep the column", () => {
    const c: Consolidacion = construirConsolidacion();
    const ejes = c.grupos.filter((g) => g.nivel === "eje");
    const uno = ejes.map((g, i) => ({ ...g, codigo: i === 0 ? g.codigo : null }));
    const ninguno = ejes.map((g) => ({ ...g, codigo: null }));
    expect(columnasDeGrupos(c.parametros, uno, [COLUMNA_CODIGO])).toEqual([COLUMNA_CODIGO]);
    expect(columnasDeGrupos(c.parametros, ninguno, [COLUMNA_CODIGO])).toEqual([]);
  });
});
