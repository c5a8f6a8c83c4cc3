/**
 * Por dependencia and Por <nivel> (SPEC §5.7, §6). Expected values are worked out by hand from the
 * builder's matrix (vigencia 2025, P and E of column 2025, tope 100 %):
 *   Salud: 200/250 = 80 %, 10/25 = 40 %, sin reporte = 0 %            → 40,0 %, Bajo
 *   Educación: 8/5 → 100 % (capped), 99 %, 54 %; 204 not programmed   → 84,3 %, Sobresaliente
 *   Planeación: 100 %, 56 %, 80,5 %                                    → 78,8 %, Aceptable
 */
import type { CondicionalPlan } from "../../../src/core/reporte/plan";
import { NOMBRE_TABLA_DEPENDENCIAS } from "../../../src/core/reporte/hojaDependencias";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion } from "./_consolidacion";
import { celdaDeTabla, filaTotales, formatosDe, hoja, registros } from "./_plan";
import { grafico, puntos, valoresDe } from "./_graficos";
import { parseDireccion } from "../../../src/core/grid/direccion";
import { parseRango } from "../../../src/core/grid/rango";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };
const plan = planificar(construirConsolidacion(), CTX);
const dep = hoja(plan, "dependencias");
const filas = registros(dep, NOMBRE_TABLA_DEPENDENCIAS);
const COLOR = { Bajo: "#F8696B", Aceptable: "#FFEB84", Sobresaliente: "#63BE7B" } as const;

describe("Por dependencia: one row per dependency (SPEC §6)", () => {
  it("is sorted by % vigencia, highest first (the bar chart reads sorted)", () => {
    expect(filas.map((f) => f["Dependencia"])).toEqual(["Secretaría de Educación", "Secretaría de Planeación", "Secretaría de Salud"]);
  });

  it.each([
    // dependencia, metas, programadas, con reporte, sin reporte, % vigencia, % cuatrienio, esperado, semáforo, sobreejecutadas, bajo 50
    ["Secretaría de Salud", 3, 3, 2, 1, (0.8 + 0.4 + 0) / 3, (0.45 + 0.35 + 0.25) / 3, 0.5, "Bajo", 0, 1],
    ["Secretaría de Educación", 4, 3, 3, 0, (1 + 0.99 + 0.54) / 3, (0.65 + 0.4975 + 0.385 + 0.625) / 4, (0.5 + 0.5 + 0.5 + 0.5) / 4, "Sobresaliente", 1, 0],
    ["Secretaría de Planeación", 3, 3, 3, 0, (1 + 0.56 + 0.805) / 3, (0.5 + 0.39 + 0.45125) / 3, 0.5, "Aceptable", 0, 0],
  ] as const)(
    "%s: metas %d, programadas %d, con reporte %d, sin reporte %d, %% vigencia %f…",
    (nombre, metas, prog, con, sin, vig, cuat, esp, sem, sobre, bajo) => {
      const f = filas.find((x) => x["Dependencia"] === nombre)!;
      expect(f["Metas"]).toBe(metas);
      expect(f["Programadas"]).toBe(prog);
      expect(f["Con reporte"]).toBe(con);
      expect(f["Sin reporte"]).toBe(sin);
      expect(f["% ejecución vigencia"]).toBeCloseTo(vig, 10);
      expect(f["% avance cuatrienio"]).toBeCloseTo(cuat, 10);
      expect(f["Avance esperado"]).toBeCloseTo(esp, 10);
      expect(f["Cumplimiento a la fecha"]).toBeCloseTo(cuat / esp, 10);
      expect(f["Semáforo"]).toBe(sem);
      expect(f["Sobreejecutadas"]).toBe(sobre);
      expect(f["Bajo 50 %"]).toBe(bajo);
    },
  );

  it("is an Excel table with a built-in style and the header row frozen", () => {
    const t = dep.tablas.find((x) => x.nombre === NOMBRE_TABLA_DEPENDENCIAS)!;
    expect(t.estilo).toMatch(/^TableStyle(Light|Medium|Dark)\d+$/);
    expect(t.rango).toBe("A4:L8"); // header, 3 dependencies, totals
    expect(dep.inmovilizar).toEqual({ filas: 4, columnas: 1 });
  });

  it.each([
    ["% ejecución vigencia", "0.0%"],
    ["% avance cuatrienio", "0.0%"],
    ["Avance esperado", "0.0%"],
    ["Cumplimiento a la fecha", "0.0%"],
    ["Metas", "#,##0"],
    ["Programadas", "#,##0"],
    ["Bajo 50 %", "#,##0"],
  ])("%s is formatted %s", (col, fmt) => {
    expect(formatosDe(dep, celdaDeTabla(dep, NOMBRE_TABLA_DEPENDENCIAS, col, 0))).toContain(fmt);
  });

  it("ends with a totals row holding the plan's own roll-up (not a sum of the rows: SPEC §5.7)", () => {
    const t = filaTotales(dep, NOMBRE_TABLA_DEPENDENCIAS);
    expect(dep.tablas[0]!.totales).toBe(true);
    expect([t["Dependencia"], t["Metas"], t["Programadas"], t["Sin reporte"]]).toEqual(["Total del plan", 10, 9, 1]);
    expect(t["% ejecución vigencia"]).toBeCloseTo((0.8 + 0.4 + 0 + 1 + 0.99 + 0.54 + 1 + 0.56 + 0.805) / 9, 12);
    expect(dep.estilos).toContainEqual(expect.objectContaining({ rango: "A8:L8", negrita: true }));
  });

  it("the totals row is not a category of the charts", () => {
    dep.graficos.forEach((g) => expect(valoresDe(dep, g.categorias)).not.toContain("Total del plan"));
  });

  it("the header row is bold and filled", () => {
    const e = dep.estilos.find((x) => x.rango === "A4:L4");
    expect([e?.negrita, e?.relleno]).toEqual([true, "#1F4E78"]);
  });
});

/** The fill a set of value rules gives a number, as Excel would apply them. */
function rellenoPara(reglas: readonly CondicionalPlan[], v: number): string[] {
  return reglas.flatMap((r) => (r.tipo === "valor" && (r.desde === null || v >= r.desde) && (r.hasta === null || v <= r.hasta) ? [r.relleno] : []));
}

describe("semáforo conditional formats follow the preset (SPEC §5.8)", () => {
  // the 3 dependencies and the totals row
  const rango = `${celdaDeTabla(dep, NOMBRE_TABLA_DEPENDENCIAS, "% ejecución vigencia", 0)}:${celdaDeTabla(dep, NOMBRE_TABLA_DEPENDENCIAS, "% ejecución vigencia", 3)}`;
  const reglas = dep.condicionales.filter((r) => r.rango === rango);

  it.each([
    [0.804, COLOR.Aceptable], // SPEC: 80,4 → 80 → Aceptable
    [0.805, COLOR.Sobresaliente], // rounds to 81
    [0.81, COLOR.Sobresaliente],
    [0.555, COLOR.Aceptable], // rounds to 56
    [0.5549, COLOR.Bajo],
    [0, COLOR.Bajo],
    [-0.2, COLOR.Bajo],
    [1.6, COLOR.Sobresaliente], // capped presets put > 100 % in the top level
  ])("%f gets exactly one fill, %s", (v, color) => {
    expect(rellenoPara(reglas, v)).toEqual([color]);
  });

  it("the Semáforo column is coloured by level name, grey for Sin reporte / Sin programación", () => {
    const col = celdaDeTabla(dep, NOMBRE_TABLA_DEPENDENCIAS, "Semáforo", 0);
    const texto = dep.condicionales.filter((r) => r.tipo === "texto" && r.rango.startsWith(col));
    const porNombre = Object.fromEntries(texto.map((r) => [r.tipo === "texto" ? r.igualA : "", r.relleno]));
    expect(porNombre).toEqual(expect.objectContaining(COLOR));
    expect(Object.keys(porNombre)).toEqual(expect.arrayContaining(["Sin reporte", "Sin programación"]));
  });
});

describe("Por dependencia charts (SPEC §6): each sorted by its own value, beside its own data", () => {
  // Hand-worked from the header: vigencia Educación 84,3 > Planeación 78,8 > Salud 40,0;
  // cuatrienio Educación 53,9 > Planeación 44,7 > Salud 35,0 (graficos.test.ts has orders that differ).
  const vig = { educ: (1 + 0.99 + 0.54) / 3, plan: (1 + 0.56 + 0.805) / 3, salud: (0.8 + 0.4 + 0) / 3 };
  const cuat = { educ: (0.65 + 0.4975 + 0.385 + 0.625) / 4, plan: (0.5 + 0.39 + 0.45125) / 3, salud: (0.45 + 0.35 + 0.25) / 3 };

  it("% vigencia by dependency: horizontal bars sorted highest first, points coloured by semáforo, 0–100 % axis", () => {
    const x = grafico(dep, "dependencias-vigencia");
    expect(x.tipo).toBe("barras");
    expect(x.titulo).toBe("% de ejecución de la vigencia 2025 por dependencia");
    expect(puntos(dep, x)).toEqual([
      ["Secretaría de Educación", expect.closeTo(vig.educ, 12)],
      ["Secretaría de Planeación", expect.closeTo(vig.plan, 12)],
      ["Secretaría de Salud", expect.closeTo(vig.salud, 12)],
    ]);
    expect(x.series[0]!.coloresPuntos).toEqual([COLOR.Sobresaliente, COLOR.Aceptable, COLOR.Bajo]);
    expect(x.ejeValores).toEqual({ formato: "0%", minimo: 0, maximo: 1, titulo: "% de ejecución", unidad: null });
    expect(x.etiquetas).toBe(true);
  });

  it("% cuatrienio by dependency reads the cuatrienio, highest first", () => {
    expect(puntos(dep, grafico(dep, "dependencias-cuatrienio"))).toEqual([
      ["Secretaría de Educación", expect.closeTo(cuat.educ, 12)],
      ["Secretaría de Planeación", expect.closeTo(cuat.plan, 12)],
      ["Secretaría de Salud", expect.closeTo(cuat.salud, 12)],
    ]);
  });

  it("esperado vs real by dependency: clustered bars, Esperado and Real per dependency, with a legend", () => {
    const x = grafico(dep, "dependencias-esperado-real");
    expect(x.tipo).toBe("barras");
    expect(x.series.map((s) => s.nombre)).toEqual(["Esperado", "Real"]);
    expect(puntos(dep, x)).toEqual([
      ["Secretaría de Educación", 0.5, expect.closeTo(cuat.educ, 12)],
      ["Secretaría de Planeación", 0.5, expect.closeTo(cuat.plan, 12)],
      ["Secretaría de Salud", 0.5, expect.closeTo(cuat.salud, 12)],
    ]);
    expect(x.leyenda).toBe(true);
  });

  it("under 'sin tope' the % axis is open above (over-execution stays visible, SPEC §5.6)", () => {
    const sinTope = hoja(planificar(construirConsolidacion({ tope: "ninguno" }), CTX), "dependencias");
    expect(sinTope.graficos.map((x) => x.ejeValores.maximo)).toEqual([null, null, null]);
  });

  it("charts and their data sit right of the table (A:L), and one chart ends before the next begins", () => {
    const porFila = [...dep.graficos].sort((a, b) => parseDireccion(a.ancla).fila - parseDireccion(b.ancla).fila);
    porFila.forEach((x, i) => {
      expect(parseRango(x.categorias.rango).columna1).toBeGreaterThan(parseRango("L1").columna1);
      const siguiente = porFila[i + 1];
      if (siguiente) expect(parseDireccion(x.ancla).fila + x.alto / 15).toBeLessThanOrEqual(parseDireccion(siguiente.ancla).fila);
    });
  });
});

describe("Por <nivel> (SPEC §6): the same by level, in plan order, with code", () => {
  it.each([
    [
      "nivel:eje",
      "Eje",
      [
        ["1", "Bienestar social", 7],
        ["2", "Gobierno abierto", 3],
      ],
    ],
    [
      "nivel:programa",
      "Programa",
      [
        ["1.1", "Salud para todos", 3],
        ["1.2", "Educación de calidad", 4],
        ["2.1", "Gestión pública efectiva", 3],
      ],
    ],
  ] as const)("%s lists its nodes with código and metas", (clave, etiqueta, esperado) => {
    const h = hoja(plan, clave);
    const t = h.tablas[0]!;
    expect(registros(h, t.nombre).map((f) => [f["Código"], f[etiqueta], f["Metas"]])).toEqual(esperado);
  });

  it("Eje 1's % vigencia is the mean over its 6 programmed metas (SUMA, equal weights)", () => {
    const h = hoja(plan, "nivel:eje");
    const eje1 = registros(h, h.tablas[0]!.nombre)[0]!;
    expect(eje1["% ejecución vigencia"]).toBeCloseTo((0.8 + 0.4 + 0 + 1 + 0.99 + 0.54) / 6, 10);
    expect(eje1["Ponderación"]).toBeNull(); // no weight in the matrix: blank, never 0
  });

  it("every level sheet gets its esperado-vs-real chart, sorted by the real", () => {
    expect(hoja(plan, "nivel:eje").graficos.map((g) => g.id)).toEqual(["nivel-eje-esperado-real"]);
    expect(hoja(plan, "nivel:programa").graficos.map((g) => g.id)).toEqual(["nivel-programa-esperado-real"]);
  });

  it("its categories are code and name of each node", () => {
    const h = hoja(plan, "nivel:programa");
    const cats = puntos(h, h.graficos[0]!).map((p) => p[0]);
    expect([...cats].sort()).toEqual(["1.1 Salud para todos", "1.2 Educación de calidad", "2.1 Gestión pública efectiva"]);
  });
});
