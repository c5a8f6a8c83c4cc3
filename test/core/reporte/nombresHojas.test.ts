/** Ownership and names of the generated sheets (SPEC §6, issue #4 item 2). */
import { nombreValido, resolverNombres } from "../../../src/core/reporte/nombresHojas";
import type { ClaveHoja } from "../../../src/core/reporte/plan";
import { planificar } from "../../../src/core/reporte/planificar";
import { construirConsolidacion } from "./_consolidacion";

const DESEADOS: [ClaveHoja, string][] = [
  ["resumen", "Resumen"],
  ["dependencias", "Por dependencia"],
  ["datos", "Datos"],
];
const nombres = (r: ReturnType<typeof resolverNombres>) => [...r.nombres.values()];

describe("names of owned sheets", () => {
  it.each([
    ["no sheet in the way", ["PDM"], null, ["Resumen", "Por dependencia", "Datos"]],
    ["a user sheet named Resumen → Resumen (2)", ["PDM", "Resumen"], null, ["Resumen (2)", "Por dependencia", "Datos"]],
    ["Resumen and Resumen (2) taken → Resumen (3)", ["Resumen", "Resumen (2)"], null, ["Resumen (3)", "Por dependencia", "Datos"]],
    ["Excel compares names case-insensitively", ["RESUMEN", "datos"], null, ["Resumen (2)", "Por dependencia", "Datos (2)"]],
    [
      "a sheet we owned keeps its name",
      ["Resumen", "Por dependencia", "Datos"],
      { hojas: { Resumen: "resumen", "Por dependencia": "dependencias", Datos: "datos" } },
      ["Resumen", "Por dependencia", "Datos"],
    ],
    [
      "an owned Resumen (2) is reused while the user's Resumen stays",
      ["Resumen", "Resumen (2)"],
      { hojas: { "Resumen (2)": "resumen" } },
      ["Resumen (2)", "Por dependencia", "Datos"],
    ],
  ] as const)("%s", (_caso, existentes, previa, esperado) => {
    expect(nombres(resolverNombres(DESEADOS, existentes, previa))).toEqual(esperado);
  });

  it("owned sheets no longer produced are listed for deletion (only those that still exist)", () => {
    const r = resolverNombres(DESEADOS, ["Resumen", "Presupuesto", "Por eje"], {
      hojas: { Resumen: "resumen", Presupuesto: "presupuesto", "Por eje": "nivel:eje", Alertas: "alertas" },
    });
    expect(r.eliminar).toEqual(["Presupuesto", "Por eje"]);
  });

  it("a name we owned and no longer produce is not handed to another sheet", () => {
    const r = resolverNombres([["datos", "Datos"]], ["Datos"], { hojas: { Datos: "presupuesto" } });
    expect(r.nombres.get("datos")).toBe("Datos (2)");
    expect(r.eliminar).toEqual(["Datos"]);
  });

  it("the ownership record maps each produced name to its clave", () => {
    expect(resolverNombres(DESEADOS, ["Resumen"], null).propiedad).toEqual({
      hojas: { "Resumen (2)": "resumen", "Por dependencia": "dependencias", Datos: "datos" },
    });
  });

  it.each([
    ["Por línea estratégica: 1/2 [anexo]*?", "Por línea estratégica 1 2 anexo"],
    ["Por meta de resultado del plan de desarrollo territorial", "Por meta de resultado del plan"],
    ["'Por eje'", "Por eje"],
  ])("nombreValido(%j) → %j (no []:*?/\\, at most 31 characters)", (entrada, salida) => {
    expect(nombreValido(entrada)).toBe(salida);
    expect(nombreValido(entrada).length).toBeLessThanOrEqual(31);
  });

  it("a long name with a suffix still fits in 31 characters", () => {
    const r = resolverNombres([["nivel:x", "Por meta de resultado del plan de desarrollo"]], ["Por meta de resultado del plan"], null);
    expect(r.nombres.get("nivel:x")).toBe("Por meta de resultado del p (2)");
    expect(r.nombres.get("nivel:x")!.length).toBe(31);
  });
});

describe("planificar applies the ownership rules", () => {
  const c = construirConsolidacion();
  const ctx = { propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1 };

  it("a user sheet named Resumen survives: the plan writes Resumen (2) and does not claim Resumen", () => {
    const plan = planificar(c, { ...ctx, hojasExistentes: ["PDM", "Resumen"] });
    expect(plan.hojas[0]!.nombre).toBe("Resumen (2)");
    expect(Object.keys(plan.propiedad.hojas)).not.toContain("Resumen");
    expect(plan.eliminar).not.toContain("Resumen");
  });

  it("links and chart ranges use the resolved name", () => {
    const plan = planificar(c, { ...ctx, hojasExistentes: ["PDM", "Por dependencia"] });
    const dep = plan.hojas.find((h) => h.clave === "dependencias")!;
    expect(dep.nombre).toBe("Por dependencia (2)");
    dep.graficos.forEach((g) => expect(g.categorias.hoja).toBe("Por dependencia (2)"));
  });

  it("a second run over the first run's output replaces the same sheets and deletes none", () => {
    const primera = planificar(c, { ...ctx, hojasExistentes: ["PDM", "Resumen"] });
    const segunda = planificar(c, { ...ctx, hojasExistentes: ["PDM", "Resumen", ...primera.hojas.map((h) => h.nombre)], propiedadPrevia: primera.propiedad });
    expect(segunda).toEqual(primera);
  });

  it("when budget data disappears, the previous Presupuesto sheet is deleted", () => {
    const primera = planificar(c, { ...ctx, hojasExistentes: ["PDM"] });
    const segunda = planificar(construirConsolidacion({ sinPresupuesto: true }), {
      ...ctx,
      hojasExistentes: ["PDM", ...primera.hojas.map((h) => h.nombre)],
      propiedadPrevia: primera.propiedad,
    });
    expect(segunda.eliminar).toEqual(["Presupuesto"]);
    expect(Object.keys(segunda.propiedad.hojas)).not.toContain("Presupuesto");
  });
});
