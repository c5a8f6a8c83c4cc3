/** What a valid ownership record is (SPEC §6) and the marker that keeps owned sheets out without one. */
import { CULTURA_ES_CO, type Hoja } from "../../../src/core/grid/libro";
import { leerLibro } from "../../../src/core/matriz/leerLibro";
import { MARCA_HOJA_PROPIA } from "../../../src/core/reporte/plan";
import { planificar } from "../../../src/core/reporte/planificar";
import { leerPropiedad } from "../../../src/core/reporte/propiedad";
import { construirConsolidacion } from "./_consolidacion";
import { celdas } from "./_plan";

describe("leerPropiedad: the one rule for the ownership record", () => {
  test.each<[string, unknown, ReturnType<typeof leerPropiedad>]>([
    ["JSON text", '{"hojas":{"Resumen":"resumen","Por eje":"nivel:eje"}}', { ok: true, valor: { hojas: { Resumen: "resumen", "Por eje": "nivel:eje" } } }],
    ["an object (Excel settings may hold one)", { hojas: { Datos: "datos" } }, { ok: true, valor: { hojas: { Datos: "datos" } } }],
    [
      "extra fields are kept out (the Office record adds ids)",
      { hojas: { Datos: "datos" }, ids: { Datos: "{1}" } },
      { ok: true, valor: { hojas: { Datos: "datos" } } },
    ],
    ["no sheets", '{"hojas":{}}', { ok: true, valor: { hojas: {} } }],
    ["broken JSON", "{roto", { ok: false, codigo: "F-PROPIEDAD-JSON" }],
    ["empty text", "", { ok: false, codigo: "F-PROPIEDAD-JSON" }],
    ["JSON of another shape", "[1,2]", { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["no hojas", '{"otra":1}', { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["hojas not an object", '{"hojas":"Resumen"}', { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["an unknown clave", '{"hojas":{"Resumen":"portada"}}', { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["a clave that is not text", '{"hojas":{"Resumen":3}}', { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["null", null, { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
    ["a number", 42, { ok: false, codigo: "F-PROPIEDAD-FORMA" }],
  ])("%s", (_, guardado, esperado) => {
    expect(leerPropiedad(guardado)).toEqual(esperado);
  });
});

describe("MARCA_HOJA_PROPIA: every owned sheet says it is ours in its first row", () => {
  const plan = planificar(construirConsolidacion(), { hojasExistentes: [], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1 });

  it.each(plan.hojas.map((h) => [h.nombre, h] as const))("%s carries the marker in row 1, right of every block", (_, h) => {
    const marcas = [...celdas(h)].filter(([, v]) => v === MARCA_HOJA_PROPIA).map(([a1]) => a1);
    expect(marcas).toHaveLength(1);
    const [a1] = marcas;
    expect(a1).toMatch(/^[A-Z]+1$/);
    // One empty column between the content and the marker: no table or block reaches it.
    const columna = (x: string): number => [...x.replace(/\d+$/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const otras = [...celdas(h).keys()].filter((x) => x !== a1).map(columna);
    expect(columna(a1 ?? "")).toBeGreaterThan(Math.max(...otras) + 1);
  });

  it("leerLibro never reads a marked sheet, whatever the ownership record says", () => {
    const matriz: Hoja = {
      nombre: "PDM",
      combinadas: [],
      valores: [
        ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"],
        ["Secretaría de Salud", "1001", "Vacunar niños", 100, 25, 20],
        ["Secretaría de Salud", "1002", "Formar docentes", 40, 10, 10],
      ],
    };
    // The same matrix copied into a sheet the product wrote (its marker in row 1) is not input.
    const copia: Hoja = { ...matriz, nombre: "Datos", valores: matriz.valores.map((f, i) => (i === 0 ? [...f, null, MARCA_HOJA_PROPIA] : f)) };
    const sinCopia = leerLibro({ hojas: [matriz], cultura: CULTURA_ES_CO });
    const conCopia = leerLibro({ hojas: [matriz, copia], cultura: CULTURA_ES_CO });
    expect(sinCopia.metas).toHaveLength(2);
    expect(conCopia.metas).toHaveLength(2);
    expect(conCopia.hojas.map((h) => h.hoja)).toEqual(["PDM"]);
  });
});
