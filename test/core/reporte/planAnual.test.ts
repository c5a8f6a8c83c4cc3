/**
 * One-year plan mode (issue 13): an action plan holds a single vigencia and no meta cuatrienio, so
 * its outputs show no cuatrienio measure — no % cuatrienio, esperado or cumplimiento column on Por
 * dependencia, the level sheets, Datos and Metas por grupo, no cuatrienio chart, no cuatrienio line
 * on Resumen or clause in the Informe, none in the terminal table — while the JSON keeps its keys
 * with null values. The same matrix read as a cuatrienio plan (`modoPlan: "cuatrienio"`) shows
 * them all: the mode, not the data, drops them.
 */
import { informeTerminal } from "../../../src/cli/tablaTerminal";
import type { Ajustes, Consolidacion } from "../../../src/core/calculo/tipos";
import { construirInforme, textoParrafo } from "../../../src/core/informe";
import { ENCABEZADOS_GRUPO } from "../../../src/core/reporte/_lib/columnasGrupo";
import { ETIQUETAS_RESUMEN } from "../../../src/core/reporte/hojaResumen";
import type { HojaPlan } from "../../../src/core/reporte/plan";
import { planificar } from "../../../src/core/reporte/planificar";
import { resumenJson } from "../../../src/core/resumenJson";
import { calcular, meta } from "../calculo/_meta";
import { celdas, comoTexto } from "./_plan";

const EJE = (n: string) => [{ nivel: "eje", codigo: n, nombre: `Eje ${n}`, peso: null }];

/** Secretaría General's kind of action plan: 2021 only, programado and ejecutado, no meta cuatrienio. */
function planDeAccion(ajustes: Ajustes = {}): Consolidacion {
  return calcular(
    [
      meta({ codigo: "1", dependencia: "Talento humano", niveles: EJE("1"), anios: { 2021: { p: 10, e: 8 } } }),
      meta({ codigo: "2", dependencia: "Talento humano", niveles: EJE("1"), anios: { 2021: { p: 4, e: 4 } } }),
      meta({ codigo: "3", dependencia: "Contratación", niveles: EJE("2"), anios: { 2021: { p: 20, e: 5 } } }),
    ],
    ajustes,
  );
}

const CTX = { hojasExistentes: ["Matriz"], propiedadPrevia: null, fechaEjecucion: "2021-04-05T10:00:00Z", duracionMs: null };

/** Every label that names a cuatrienio measure in the workbook. */
const ETIQUETAS_CUATRIENIO = [
  ENCABEZADOS_GRUPO.pctCuatrienio,
  ENCABEZADOS_GRUPO.esperado,
  ENCABEZADOS_GRUPO.cumplimiento,
  ETIQUETAS_RESUMEN.pctCuatrienio,
  ETIQUETAS_RESUMEN.esperado,
  ETIQUETAS_RESUMEN.cumplimiento,
  "Meta cuatrienio",
  "% cuatrienio",
  "% cuatrienio (sin tope)",
  "% cuatrienio (con tope)",
  "Aporte al cuatrienio",
  "Aporte esperado",
  "Cuatrienio",
  "Avance esperado",
  "Esperado frente a real",
];

const textos = (h: HojaPlan): string[] => [...celdas(h).values()].map(comoTexto);

describe("a one-year action plan (one vigencia, no meta cuatrienio) shows no cuatrienio measure", () => {
  const c = planDeAccion();
  const plan = planificar(c, CTX);
  const hojas = plan.hojas.filter((h) => h.clave !== "hallazgos");

  it("is detected as one", () => {
    expect(c.parametros.planAnual).toBe(true);
  });

  it.each(["resumen", "dependencias", "metas:dependencia", "nivel:eje", "metas:eje", "datos", "informe"])("sheet %s has no cuatrienio label", (clave) => {
    const h = plan.hojas.find((x) => x.clave === clave);
    expect(h).toBeDefined();
    expect(textos(h!).filter((t) => ETIQUETAS_CUATRIENIO.includes(t))).toEqual([]);
  });

  it("no cell of an owned sheet speaks of the cuatrienio", () => {
    expect(
      hojas.flatMap((h) =>
        textos(h)
          .filter((t) => /cuatrienio/i.test(t))
          .map((t) => `${h.nombre}: ${t}`),
      ),
    ).toEqual([]);
  });

  it("no cuatrienio chart: Por dependencia keeps the vigencia's, the level sheet charts the vigencia per node, Resumen has no esperado frente a real", () => {
    const ids = plan.hojas.flatMap((h) => h.graficos.map((g) => g.id));
    expect(ids).toEqual(expect.arrayContaining(["dependencias-vigencia", "nivel-eje-vigencia", "resumen-metas-semaforo"]));
    expect(ids.filter((id) => /cuatrienio|esperado/.test(id))).toEqual([]);
    expect(
      plan.hojas.flatMap((h) => h.graficos.flatMap((g) => [g.titulo, ...g.series.map((s) => s.nombre)])).filter((t) => /cuatrienio|esperado/i.test(t)),
    ).toEqual([]);
  });

  it("the Informe's paragraphs have no cuatrienio clause, and its tables no cuatrienio column", () => {
    const informe = construirInforme(c);
    const parrafos = informe.secciones.flatMap((s) => s.parrafos.map(textoParrafo));
    expect(parrafos.length).toBeGreaterThan(5);
    expect(parrafos.filter((t) => /cuatrienio|esperado/i.test(t))).toEqual([]);
    const columnas = informe.secciones.flatMap((s) => s.tablas.flatMap((t) => t.columnas.map((x) => x.titulo)));
    expect(columnas).toContain("% vigencia");
    expect(columnas.filter((t) => /cuatrienio/i.test(t))).toEqual([]);
    expect(informe.secciones.flatMap((s) => s.tablas.flatMap((t) => t.filas.map((f) => f.length)))).toEqual([8, 8, 8, 8, 8, 8]);
  });

  it("the terminal table has no % cuatrienio column nor esperado line", () => {
    expect(informeTerminal(c)).not.toMatch(/cuatrienio|esperado/i);
  });

  it("the JSON keeps its keys, with null values", () => {
    const j = resumenJson(c);
    expect(j.plan).toEqual(expect.objectContaining({ pct_cuatrienio: null, esperado: null, cumplimiento: null }));
  });
});

describe("the mode, not the data: the same matrix as a cuatrienio plan shows the measures", () => {
  const plan = planificar(planDeAccion({ modoPlan: "cuatrienio" }), CTX);

  it.each([
    ["dependencias", ENCABEZADOS_GRUPO.pctCuatrienio],
    ["dependencias", ENCABEZADOS_GRUPO.cumplimiento],
    ["nivel:eje", ENCABEZADOS_GRUPO.esperado],
    ["datos", "% cuatrienio (con tope)"],
    ["metas:dependencia", "% cuatrienio"],
    ["resumen", ETIQUETAS_RESUMEN.pctCuatrienio],
  ])("%s has «%s»", (clave, etiqueta) => {
    expect(textos(plan.hojas.find((h) => h.clave === clave)!)).toContain(etiqueta);
  });

  it("and the cuatrienio charts", () => {
    expect(plan.hojas.flatMap((h) => h.graficos.map((g) => g.id))).toEqual(
      expect.arrayContaining(["dependencias-cuatrienio", "dependencias-esperado-real", "nivel-eje-esperado-real", "resumen-esperado-real"]),
    );
  });
});

describe("a four-year plan forced to one year (--plan anual) nulls its cuatrienio figures", () => {
  const cuatro = (ajustes: Ajustes) =>
    calcular([meta({ m: 40, lb: 0, anios: { 2024: { p: 10, e: 10 }, 2025: { p: 10, e: 5 }, 2026: { p: 10 }, 2027: { p: 10 } } })], {
      vigencia: 2025,
      ...ajustes,
    });

  it("as a cuatrienio plan: A = (10 + 5) / 40 = 37,5 % against X = 20 / 40 = 50 %", () => {
    const c = cuatro({});
    expect(c.parametros.planAnual).toBe(false);
    expect([c.plan.pctCuatrienio, c.plan.esperado, c.plan.cumplimiento]).toEqual([0.375, 0.5, 0.75]);
  });

  it("as a one-year plan: null, and the % of the vigencia unchanged (5 / 10)", () => {
    const c = cuatro({ modoPlan: "anual" });
    expect([c.plan.pctCuatrienio, c.plan.esperado, c.plan.cumplimiento, c.plan.pctVigencia]).toEqual([null, null, null, 0.5]);
    expect(c.metas.map((m) => [m.pctCuatrienio.bruto, m.esperado.bruto, m.cumplimiento])).toEqual([[null, null, null]]);
  });
});
