/**
 * Charts that read with real names (issue 13): short labels with the full name in the table,
 * every category labelled, bars sorted by their own value, sizes that fit the categories, one
 * chart per level sheet, the plan's composition and budget beside physical execution.
 */
import type { Grupo } from "../../../src/core/calculo/tipos";
import { parseDireccion } from "../../../src/core/grid/direccion";
import { parseRango } from "../../../src/core/grid/rango";
import { altoBarras, unidadRedonda } from "../../../src/core/reporte/_lib/graficos";
import { etiquetaGrafico, etiquetasGrafico, LARGO_ETIQUETA } from "../../../src/core/reporte/graficosEtiquetas";
import { NOMBRE_TABLA_DEPENDENCIAS } from "../../../src/core/reporte/hojaDependencias";
import { MAX_BARRAS_NIVEL } from "../../../src/core/reporte/hojaNivel";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion } from "./_consolidacion";
import { grafico, puntos } from "./_graficos";
import { comoTexto, hoja, rangosFueraDeBloques, registros } from "./_plan";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };

describe("etiquetaGrafico: code + first whole words, at most 40 characters", () => {
  it.each([
    // short names pass whole, with their code
    ["4", "Transformación Social", "4 Transformación Social"],
    [null, "Sec. de Hacienda", "Sec. de Hacienda"],
    // runs of spaces in real names collapse («Sec.  de Urbanismo»)
    [null, "Sec.  de  Urbanismo", "Sec. de Urbanismo"],
    // cut at a word, never ending on a connector («… Económico y…»)
    [null, "Secretaría de Desarrollo Económico y Medio Ambiente o quien haga sus veces", "Secretaría de Desarrollo Económico…"],
    ["3", "Programa Avanzado de Gestión Territorial Inteligente (PRAGETI)", "3 Programa Avanzado de Gestión…"],
    // exactly 40 characters fits; 41 does not
    [null, "a".repeat(40), "a".repeat(40)],
    [null, `${"a".repeat(20)} ${"b".repeat(20)}`, `${"a".repeat(20)}…`],
    // one word longer than the label is cut inside the word
    [null, "x".repeat(60), `${"x".repeat(39)}…`],
  ] as const)("(%s, %s) → %s", (codigo, nombre, esperado) => {
    expect(etiquetaGrafico(codigo, nombre)).toBe(esperado);
  });

  it("two names cut to the same words are told apart, still within 40 characters", () => {
    const largo = (resto: string) => ({ codigo: null, nombre: `Secretaría de Desarrollo Económico Social ${resto}` });
    const e = etiquetasGrafico([largo("rural"), largo("urbano"), { codigo: null, nombre: "IMCTT" }]);
    expect(e).toEqual(["Secretaría de Desarrollo Económico… (1)", "Secretaría de Desarrollo Económico… (2)", "IMCTT"]);
    e.forEach((x) => expect(x.length).toBeLessThanOrEqual(LARGO_ETIQUETA));
  });
});

describe("sizes that fit the categories", () => {
  it.each([
    [1, 1, 220], // the minimum: title and axes still fit
    [15, 1, 110 + 15 * 24],
    [15, 2, 110 + 15 * 38],
  ])("%d categories × %d series → %d pt", (n, series, alto) => {
    expect(altoBarras(n, series)).toBe(alto);
  });

  it.each([
    [10_200_000_000, 20_000_000_000],
    [2_400, 2_500],
    [5, 5],
    [0, null],
  ])("a peso axis unit of about a quarter of the largest bar: %d → %p", (x, unidad) => {
    expect(unidadRedonda(x)).toBe(unidad);
  });
});

/** The builder's plan with long dependency names and values whose orders differ from the table's. */
function conNombresLargos() {
  const base = construirConsolidacion();
  const dep = (nombre: string, pctVigencia: number, pctCuatrienio: number, esperado: number): Grupo => ({
    ...base.grupos.find((g) => g.nivel === "dependencia")!,
    nombre,
    clave: nombre.toUpperCase(),
    pctVigencia,
    pctCuatrienio,
    esperado,
    semaforo: "Aceptable",
  });
  const deps = [
    dep("Secretaría de Desarrollo Económico y Medio Ambiente o quien haga sus veces", 0.9, 0.3, 0.6),
    dep("Empresa de Servicios Públicos de Tenjo EMSERTENJO SA ESP", 0.5, 0.7, 0.8),
    dep("IMCTT", 0.7, 0.5, 0.4),
  ];
  return { ...base, grupos: [...deps, ...base.grupos.filter((g) => g.nivel !== "dependencia")] };
}

describe("Por dependencia with real-length names", () => {
  const c = conNombresLargos();
  const plan = planificar(c, CTX);
  const h = hoja(plan, "dependencias");

  it("the table keeps every full name; each chart labels every dependency, short and recognisable", () => {
    const nombres = registros(h, NOMBRE_TABLA_DEPENDENCIAS).map((f) => comoTexto(f["Dependencia"]));
    expect(nombres).toContain("Secretaría de Desarrollo Económico y Medio Ambiente o quien haga sus veces");
    for (const g of h.graficos) {
      const etiquetas = puntos(h, g).map((p) => p[0]);
      expect(etiquetas).toHaveLength(3);
      for (const e of etiquetas) {
        expect(e.length).toBeLessThanOrEqual(LARGO_ETIQUETA);
        // the label is the full name, or its beginning followed by «…»
        expect(nombres.some((n) => n === e || (e.endsWith("…") && n.startsWith(e.slice(0, -1))))).toBe(true);
      }
      expect(g.ejeCategorias.saltoEtiquetas).toBe(1);
    }
  });

  it("each chart is sorted by its own value, highest first", () => {
    // vigencia 0.9 / 0.7 / 0.5; cuatrienio 0.7 / 0.5 / 0.3 — another order
    expect(puntos(h, grafico(h, "dependencias-vigencia")).map((p) => p[1])).toEqual([0.9, 0.7, 0.5]);
    expect(puntos(h, grafico(h, "dependencias-cuatrienio"))).toEqual([
      ["Empresa de Servicios Públicos de Tenjo…", 0.7],
      ["IMCTT", 0.5],
      ["Secretaría de Desarrollo Económico…", 0.3],
    ]);
    expect(puntos(h, grafico(h, "dependencias-esperado-real"))).toEqual([
      ["Empresa de Servicios Públicos de Tenjo…", 0.8, 0.7],
      ["IMCTT", 0.4, 0.5],
      ["Secretaría de Desarrollo Económico…", 0.6, 0.3],
    ]);
  });

  it("bars are horizontal, first category on top, as tall as their categories need, and never overlap", () => {
    const porFila = [...h.graficos].sort((a, b) => parseDireccion(a.ancla).fila - parseDireccion(b.ancla).fila);
    porFila.forEach((g, i) => {
      expect([g.tipo, g.ejeCategorias.ordenInverso]).toEqual(["barras", true]);
      expect(g.alto).toBe(altoBarras(3, g.series.length));
      const siguiente = porFila[i + 1];
      if (siguiente) expect(parseDireccion(g.ancla).fila + g.alto / 15).toBeLessThanOrEqual(parseDireccion(siguiente.ancla).fila);
    });
  });

  it("every chart range lies inside a block the plan writes", () => {
    expect(rangosFueraDeBloques(plan)).toEqual([]);
  });
});

describe("one chart per level sheet", () => {
  it("every Por <nivel> sheet of the builder's plan has exactly one chart", () => {
    const plan = planificar(construirConsolidacion(), CTX);
    const niveles = plan.hojas.filter((h) => h.clave.startsWith("nivel:"));
    expect(niveles.map((h) => h.graficos.length)).toEqual(niveles.map(() => 1));
  });

  it(`beyond ${MAX_BARRAS_NIVEL} nodes the chart counts the nodes per semáforo level instead of a bar per node`, () => {
    const base = construirConsolidacion();
    const prog = base.grupos.find((g) => g.nivel === "programa")!;
    const semaforos = ["Sobresaliente", "Aceptable", "Bajo"];
    // 30 programs: 10 per level
    const muchos = Array.from({ length: 30 }, (_, i): Grupo => ({
      ...prog,
      codigo: `9.${i}`,
      clave: `9.${i}`,
      nombre: `Programa ${i}`,
      semaforo: semaforos[i % 3]!,
    }));
    const plan = planificar({ ...base, grupos: [...base.grupos.filter((g) => g.nivel !== "programa"), ...muchos] }, CTX);
    const h = hoja(plan, "nivel:programa");
    expect(h.graficos.map((g) => g.id)).toEqual(["nivel-programa-semaforo"]);
    expect(puntos(h, h.graficos[0]!)).toEqual([
      ["Sobresaliente", 10],
      ["Aceptable", 10],
      ["Bajo", 10],
    ]);
    expect(rangosFueraDeBloques(plan)).toEqual([]);
  });
});

describe("Resumen: the plan's composition", () => {
  const c = construirConsolidacion();
  const h = hoja(planificar(c, CTX), "resumen");

  it("metas per top-level node, largest first, adding up to the plan's metas", () => {
    // builder: eje 1 holds 7 metas, eje 2 holds 3
    const g = grafico(h, "resumen-composicion");
    expect(g.titulo).toBe("Composición del plan: metas por eje");
    expect(puntos(h, g)).toEqual([
      ["1 Bienestar social", 7],
      ["2 Gobierno abierto", 3],
    ]);
  });

  it("starts below the two charts of column D and its chart does not run into the sources table", () => {
    const g = grafico(h, "resumen-composicion");
    const otros = h.graficos.filter((x) => x.id !== g.id);
    otros.forEach((x) => expect(parseDireccion(x.ancla).fila + x.alto / 15).toBeLessThanOrEqual(parseDireccion(g.ancla).fila));
    const fuentes = h.tablas.find((t) => t.nombre === "Seg_Fuentes")!;
    expect(parseDireccion(g.ancla).fila + g.alto / 15).toBeLessThanOrEqual(parseRango(fuentes.rango).fila1);
  });
});
