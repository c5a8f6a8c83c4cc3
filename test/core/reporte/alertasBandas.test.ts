/**
 * The alert bands of the `umbralesAlerta` setting (issue 13): < 50 %, 50–74 %, 75–99 %, ≥ 100 %
 * and, overlapping the top band, > 100 %. A small matrix (P = 10 for every meta of 2024) whose
 * counts per band are worked out by hand from E / P:
 *
 *   meta  dependencia  eje   E     % vigencia  band
 *   a1    Cultura      Uno   4     40 %        < 50 %
 *   a2    Cultura      Uno   5     50 %        50–74 %   (50 itself opens its band)
 *   a3    Cultura      Uno   7.4   74 %        50–74 %
 *   a4    Cultura      Uno   7.5   75 %        75–99 %   (75 itself opens its band)
 *   a5    Cultura      Dos   9.9   99 %        75–99 %
 *   a6    Cultura      Dos   10    100 %       ≥ 100 %
 *   a7    Cultura      Dos   12    120 %       ≥ 100 % and > 100 %
 *   b1    Deporte      Uno   0     0 %         < 50 %    (a reported 0 is a 0 %)
 *   b2    Deporte      Uno   —     sin reporte: in no band (SPEC §5.2)
 *   b3    Deporte      Dos   3     no programada (P = 0): in no band
 *   b4    Deporte      Dos   15    150 %       ≥ 100 % and > 100 %
 */
import type { Ajustes } from "../../../src/core/calculo/tipos";
import { bandasAlerta, conteosPorBanda, metasPorBanda } from "../../../src/core/reporte/alertas";
import {
  ENCABEZADO_SOBRE_100,
  NOMBRE_TABLA_ALERTAS,
  NOMBRE_TABLA_RANGOS,
  NOMBRE_TABLA_RANGOS_DEPENDENCIA,
  NOMBRE_TABLA_RANGOS_NIVEL,
} from "../../../src/core/reporte/hojaAlertas";
import { planificar } from "../../../src/core/reporte/planificar";
import { calcular, meta, type Celda } from "../calculo/_meta";
import { hoja, registros } from "./_plan";

const EJES = { Uno: { nivel: "eje", codigo: "1", nombre: "Uno", peso: null }, Dos: { nivel: "eje", codigo: "2", nombre: "Dos", peso: null } } as const;

function matriz(filas: readonly (readonly [string, string, keyof typeof EJES, number, Celda])[], ajustes: Ajustes = {}) {
  return calcular(
    filas.map(([codigo, dependencia, eje, p, e]) => meta({ codigo, dependencia, niveles: [EJES[eje]], m: 40, anios: { 2024: { p, e } } })),
    ajustes,
  );
}

const FILAS = [
  ["a1", "Cultura", "Uno", 10, 4],
  ["a2", "Cultura", "Uno", 10, 5],
  ["a3", "Cultura", "Uno", 10, 7.4],
  ["a4", "Cultura", "Uno", 10, 7.5],
  ["a5", "Cultura", "Dos", 10, 9.9],
  ["a6", "Cultura", "Dos", 10, 10],
  ["a7", "Cultura", "Dos", 10, 12],
  ["b1", "Deporte", "Uno", 10, 0],
  ["b2", "Deporte", "Uno", 10, null],
  ["b3", "Deporte", "Dos", 0, 3],
  ["b4", "Deporte", "Dos", 10, 15],
] as const;

const c = matriz(FILAS);
const CTX = { hojasExistentes: ["Matriz"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:00:00Z", duracionMs: null };
const BANDAS = ["< 50 %", "50–74 %", "75–99 %", "≥ 100 %"];

describe("the bands the default thresholds cut (50, 75, 100: the seeds' < 50 %, 50–74 %, 75–99 %, ≥ 100 %)", () => {
  it("labels the bands as the seeds write them", () => {
    expect(bandasAlerta([0.5, 0.75, 1]).map((b) => b.etiqueta)).toEqual(BANDAS);
  });

  it("a custom setting cuts its own bands: [75, 100] → < 75 %, 75–99 %, ≥ 100 %", () => {
    expect(bandasAlerta([0.75, 1]).map((b) => b.etiqueta)).toEqual(["< 75 %", "75–99 %", "≥ 100 %"]);
  });

  it("no thresholds, no bands", () => {
    expect(bandasAlerta([])).toEqual([]);
  });
});

describe("counts per band per dependency and per level (hand-counted)", () => {
  it.each([
    ["dependencia", "Cultura", [1, 2, 2, 2], 1],
    ["dependencia", "Deporte", [1, 0, 0, 1], 1],
    ["eje", "Uno", [2, 2, 1, 0], 0],
    ["eje", "Dos", [0, 0, 1, 3], 2],
  ] as const)("%s %s: %j per band and %d above 100 %", (nivel, grupo, porBanda, sobre) => {
    const x = conteosPorBanda(c, nivel).find((g) => g.grupo === grupo);
    expect(BANDAS.map((b) => x?.porBanda[b])).toEqual(porBanda);
    expect(x?.sobreejecutadas).toBe(sobre);
  });

  it("metas without report or not programmed fall in no band: 9 of the 11 are counted", () => {
    const total = conteosPorBanda(c, "dependencia").reduce((s, g) => s + BANDAS.reduce((t, b) => t + (g.porBanda[b] ?? 0), 0), 0);
    expect(total).toBe(9);
    expect(metasPorBanda(c)).toHaveLength(9);
  });

  it("the list runs band by band, by dependency within a band", () => {
    expect(metasPorBanda(c).map((x) => `${x.banda.etiqueta} ${x.meta.meta.codigo ?? ""}`)).toEqual([
      "< 50 % a1",
      "< 50 % b1",
      "50–74 % a2",
      "50–74 % a3",
      "75–99 % a4",
      "75–99 % a5",
      "≥ 100 % a6",
      "≥ 100 % a7",
      "≥ 100 % b4",
    ]);
  });

  it("custom thresholds [75, 100] regroup the same metas: Cultura 3 · 2 · 2", () => {
    const x = conteosPorBanda(matriz(FILAS, { umbralesAlerta: [75, 100] }), "dependencia").find((g) => g.grupo === "Cultura");
    expect(x?.porBanda).toEqual({ "< 75 %": 3, "75–99 %": 2, "≥ 100 %": 2 });
  });
});

describe("the Alertas sheet writes the band tables", () => {
  const h = hoja(planificar(c, CTX), "alertas");
  const fila = (tabla: string, grupo: string) => {
    const r = registros(h, tabla).find((x) => x["Dependencia"] === grupo || x["Eje"] === grupo);
    return [...BANDAS, ENCABEZADO_SOBRE_100].map((b) => r?.[b]);
  };

  it("per dependency", () => {
    expect(fila(NOMBRE_TABLA_RANGOS_DEPENDENCIA, "Cultura")).toEqual([1, 2, 2, 2, 1]);
    expect(fila(NOMBRE_TABLA_RANGOS_DEPENDENCIA, "Deporte")).toEqual([1, 0, 0, 1, 1]);
  });

  it("per top level", () => {
    expect(fila(NOMBRE_TABLA_RANGOS_NIVEL, "Uno")).toEqual([2, 2, 1, 0, 0]);
    expect(fila(NOMBRE_TABLA_RANGOS_NIVEL, "Dos")).toEqual([0, 0, 1, 3, 2]);
  });

  it("and the metas of every band", () => {
    expect(registros(h, NOMBRE_TABLA_RANGOS).map((x) => x["Código"])).toEqual(["a1", "b1", "a2", "a3", "a4", "a5", "a6", "a7", "b4"]);
  });

  it("even when no other alert is raised: every meta between 75 and 99 %", () => {
    const tranquila = matriz([
      ["a1", "Cultura", "Uno", 10, 8],
      ["a2", "Cultura", "Dos", 10, 9],
    ]);
    const a = hoja(planificar(tranquila, CTX), "alertas");
    expect(a.tablas.map((t) => t.nombre)).not.toContain(NOMBRE_TABLA_ALERTAS);
    expect(a.bloques.flatMap((b) => b.valores.flat())).toContain("No hay alertas para la vigencia.");
    expect(registros(a, NOMBRE_TABLA_RANGOS).map((x) => [x["Rango de cumplimiento"], x["Código"]])).toEqual([
      ["75–99 %", "a1"],
      ["75–99 %", "a2"],
    ]);
  });

  it("no band holds a meta (nothing programmed): no table at all", () => {
    const a = hoja(planificar(matriz([["a1", "Cultura", "Uno", 0, null]]), CTX), "alertas");
    expect(a.tablas).toEqual([]);
  });
});
