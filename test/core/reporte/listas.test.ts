/** Alertas, Hallazgos, Presupuesto and Datos (SPEC §6), checked against the builder's matrix. */
import { contiene, parseRango } from "../../../src/core/grid/rango";
import { HojaEnConstruccion } from "../../../src/core/reporte/_lib/hoja";
import { tramosConValor } from "../../../src/core/reporte/_lib/tablaDatos";
import { NOMBRE_TABLA_ALERTAS } from "../../../src/core/reporte/hojaAlertas";
import { NOMBRE_TABLA_DATOS } from "../../../src/core/reporte/hojaDatos";
import { NOMBRE_TABLA_HALLAZGOS } from "../../../src/core/reporte/hojaHallazgos";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion, ESPECS, filaDe, HALLAZGOS, HOJA } from "./_consolidacion";
import { celdaDeTabla, filaTotales, formatosDe, hoja, registros } from "./_plan";
import { grafico, puntos } from "./_graficos";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };
const c = construirConsolidacion();
const plan = planificar(c, CTX);
const texto = (v: unknown): unknown => (typeof v === "object" && v !== null && "texto" in v ? (v as { texto: string }).texto : v);

/** Column 2025 of the matrix: P in K, E in L (see the builder). */
const P25 = (i: number) => ESPECS[i]!.P[1] ?? null;
const E25 = (i: number) => ESPECS[i]!.E[1] ?? null;
const indices = ESPECS.map((_, i) => i);

describe("Alertas (SPEC §6): each kind of alert, with a link to its cell", () => {
  const h = hoja(plan, "alertas");
  const filas = registros(h, NOMBRE_TABLA_ALERTAS);
  const codigosDe = (tipo: string) => filas.filter((f) => f["Tipo de alerta"] === tipo).map((f) => f["Código"]);
  const esperadoPorTipo: [string, string[]][] = [
    ["Meta bajo 50 %", indices.filter((i) => (P25(i) ?? 0) > 0 && E25(i) !== null && E25(i)! / P25(i)! < 0.5).map((i) => ESPECS[i]!.codigo)],
    ["Meta sobreejecutada", indices.filter((i) => (P25(i) ?? 0) > 0 && E25(i) !== null && E25(i)! / P25(i)! > 1).map((i) => ESPECS[i]!.codigo)],
    ["Programada sin reporte", indices.filter((i) => (P25(i) ?? 0) > 0 && E25(i) === null).map((i) => ESPECS[i]!.codigo)],
    ["Ejecución sin programación", indices.filter((i) => !P25(i) && (E25(i) ?? 0) > 0).map((i) => ESPECS[i]!.codigo)],
    ["Discrepancia con el % reportado", ESPECS.filter((e) => e.reportado2025 !== undefined).map((e) => e.codigo)],
  ];

  it.each(esperadoPorTipo)("%s lists the metas %j", (tipo, codigos) => {
    expect(codigos.length).toBeGreaterThan(0);
    expect(codigosDe(tipo)).toEqual(codigos);
  });

  it("has no other rows", () => {
    expect(filas).toHaveLength(esperadoPorTipo.reduce((a, [, x]) => a + x.length, 0));
  });

  it("a meta under 50 % shows its dependency, name (as text literal when it starts with +), P, E and raw %", () => {
    const f = filas.find((x) => x["Código"] === "102")!;
    expect(f["Dependencia"]).toBe("Secretaría de Salud");
    expect(texto(f["Meta"])).toBe("+ Cobertura de afiliación al régimen subsidiado");
    expect([f["Programado"], f["Ejecutado"]]).toEqual([25, 10]);
    expect(f["% calculado"]).toBeCloseTo(10 / 25, 12);
  });

  it("over-execution shows the raw % above 100 % (SPEC §5.6)", () => {
    expect(filas.find((x) => x["Código"] === "201")!["% calculado"]).toBeCloseTo(8 / 5, 12);
  });

  it("the discrepancy row shows the matrix's % next to the computed one", () => {
    const f = filas.find((x) => x["Tipo de alerta"] === "Discrepancia con el % reportado")!;
    expect([f["% reportado en la matriz"], f["% calculado"], f["Celda"]]).toEqual([0.9, 1, "O12"]);
  });

  it.each([
    ["102", `L${filaDe(1)}`],
    ["201", `L${filaDe(3)}`],
    ["103", `L${filaDe(2)}`],
    ["204", `L${filaDe(6)}`],
    ["301", "O12"],
  ])("the alert of meta %s links to %s on the matrix sheet", (codigo, destino) => {
    const i = filas.findIndex((x) => x["Código"] === codigo);
    const celda = celdaDeTabla(h, NOMBRE_TABLA_ALERTAS, "Celda", i);
    expect(h.vinculos.find((v) => v.celda === celda)).toEqual(expect.objectContaining({ hoja: HOJA, destino }));
  });

  it("every alert row has a link", () => {
    expect(h.vinculos).toHaveLength(filas.length);
  });

  it("no alerts: a sentence instead of an empty table (the bands' tables stay: every meta is at 100 %)", () => {
    const tranquilo = ESPECS.map((e) => ({ ...e, E: e.P, reportado2025: undefined }));
    const sin = construirConsolidacion({ especs: tranquilo });
    const a = hoja(planificar({ ...sin, hallazgos: [] }, CTX), "alertas");
    expect(a.tablas.map((t) => t.nombre)).not.toContain(NOMBRE_TABLA_ALERTAS);
    expect(a.bloques.flatMap((b) => b.valores.flat())).toContain("No hay alertas para la vigencia.");
  });
});

describe("Hallazgos (SPEC §6, §7): every finding with código, severidad, hoja, celda (link), mensaje, valor", () => {
  const h = hoja(plan, "hallazgos");
  const filas = registros(h, NOMBRE_TABLA_HALLAZGOS);

  it("lists every finding in order, field by field", () => {
    expect(filas.map((f) => [f["Código"], f["Severidad"], f["Hoja"], f["Celda"], f["Mensaje"], texto(f["Valor"])])).toEqual(
      HALLAZGOS.map((x) => [x.codigo, x.severidad === "error" ? "Error" : "Advertencia", x.hoja, x.celda, x.mensaje, x.valor]),
    );
  });

  it("links each finding to its cell when its sheet is in the workbook, and not otherwise", () => {
    const conHoja = new Set(c.hojas.map((x) => x.hoja));
    const esperados = HALLAZGOS.map((x, i) => ({ x, i })).filter(({ x }) => x.hoja !== null && conHoja.has(x.hoja));
    expect(esperados.length).toBe(HALLAZGOS.length - 1);
    expect(h.vinculos.map((v) => [v.celda, v.hoja, v.destino])).toEqual(
      esperados.map(({ x, i }) => [celdaDeTabla(h, NOMBRE_TABLA_HALLAZGOS, "Celda", i), x.hoja, x.celda]),
    );
  });

  it("severity is coloured: errors and warnings differ", () => {
    const reglas = h.condicionales.filter((r) => r.tipo === "texto");
    expect(reglas.map((r) => (r.tipo === "texto" ? r.igualA : ""))).toEqual(["Error", "Advertencia"]);
    expect(reglas[0]!.relleno).not.toBe(reglas[1]!.relleno);
  });
});

describe("Presupuesto (SPEC §5.9, §6): by dependency, with ≥ 70 % / < 70 %", () => {
  const h = hoja(plan, "presupuesto");
  const filas = registros(h, "Seg_Presupuesto_Dependencias");
  const sumas = (dep: string) => ESPECS.filter((e) => e.dep === dep && e.ppto).reduce((a, e) => [a[0]! + e.ppto![0], a[1]! + e.ppto![1]], [0, 0]);

  it.each([
    ["Secretaría de Salud", "< 70 %"],
    ["Secretaría de Educación", "≥ 70 %"],
  ])("%s: presupuestado, ejecutado, % and classification %s", (dep, clase) => {
    const [prog, ejec] = sumas(dep);
    const f = filas.find((x) => x["Dependencia"] === dep)!;
    expect([f["Presupuestado"], f["Ejecutado (compromisos)"]]).toEqual([prog, ejec]);
    expect(f["% ejecución presupuestal"]).toBeCloseTo(ejec! / prog!, 12);
    expect(f["Clasificación"]).toBe(clase);
    expect(f["Pagos"]).toBeNull();
  });

  it("the totals row carries the whole plan's budget", () => {
    const todos = ESPECS.filter((e) => e.ppto).reduce((a, e) => [a[0]! + e.ppto![0], a[1]! + e.ppto![1]], [0, 0]);
    const t = filaTotales(h, "Seg_Presupuesto_Dependencias");
    expect([t["Dependencia"], t["Presupuestado"], t["Ejecutado (compromisos)"]]).toEqual(["Total del plan", ...todos]);
  });

  it("a dependency without budget data is not listed", () => {
    expect(filas.map((f) => f["Dependencia"])).not.toContain("Secretaría de Planeación");
  });

  it("money is formatted #,##0 and the % as 0.0%", () => {
    expect(formatosDe(h, celdaDeTabla(h, "Seg_Presupuesto_Dependencias", "Presupuestado", 0))).toContain("#,##0");
    expect(formatosDe(h, celdaDeTabla(h, "Seg_Presupuesto_Dependencias", "% ejecución presupuestal", 0))).toContain("0.0%");
  });

  it("charts programado vs ejecutado presupuestal with an axis in millions of pesos", () => {
    const g = h.graficos[0]!;
    expect(g.titulo).toBe("Presupuesto programado frente a ejecutado por dependencia");
    expect(g.series.map((s) => s.nombre)).toEqual(["Presupuestado", "Ejecutado"]);
    expect(g.ejeValores).toMatchObject({ formato: "#,##0,,", minimo: 0, maximo: null, titulo: "Millones de pesos" });
  });

  it("charts % presupuestal beside % física per dependency, on an open % axis (a budget can pass 100 %)", () => {
    const g = grafico(h, "presupuesto-fisica");
    expect(g.series.map((s) => s.nombre)).toEqual(["% ejecución presupuestal", "% ejecución física"]);
    const porTabla = new Map(filas.map((f) => [f["Dependencia"], [f["% ejecución presupuestal"], f["% ejecución física"]]]));
    const leidos = puntos(h, g);
    expect(leidos).toEqual(leidos.map(([d]) => [d, ...(porTabla.get(d) ?? [])]));
    expect(leidos.map((p) => p[1] as number)).toEqual(leidos.map((p) => p[1] as number).sort((a, b) => b - a));
    expect(g.ejeValores.maximo).toBeNull();
  });
});

describe("Datos (SPEC §6): one row per meta and year, for pivots", () => {
  const h = hoja(plan, "datos");
  const filas = registros(h, NOMBRE_TABLA_DATOS);

  it("has one row per meta and cuatrienio year", () => {
    expect(filas).toHaveLength(ESPECS.length * 4);
    expect(filas.slice(0, 4).map((f) => f["Año"])).toEqual([2024, 2025, 2026, 2027]);
  });

  it("carries niveles, dependencia, código, tipo, LB, M, P and E of each year", () => {
    const f = filas.find((x) => x["Código"] === "101" && x["Año"] === 2024)!;
    expect([f["Eje"], f["Programa"], f["Dependencia"], f["Tipo"], f["Línea base"], f["Meta cuatrienio"], f["Programado"], f["Ejecutado"]]).toEqual([
      "Bienestar social",
      "Salud para todos",
      "Secretaría de Salud",
      "SUMA",
      0,
      1000,
      250,
      250,
    ]);
  });

  it("a year without ejecutado stays blank, never 0 (SPEC §4)", () => {
    const f = filas.find((x) => x["Código"] === "101" && x["Año"] === 2026)!;
    expect(f["Ejecutado"]).toBeNull();
    expect(f["% vigencia (sin tope)"]).toBeNull();
  });

  it("the vigencia row has % vigencia raw and capped, % cuatrienio, estado and semáforo", () => {
    const f = filas.find((x) => x["Código"] === "201" && x["Año"] === 2025)!;
    expect(f["% vigencia (sin tope)"]).toBeCloseTo(8 / 5, 12);
    expect(f["% vigencia (con tope)"]).toBe(1);
    expect(f["% cuatrienio (sin tope)"]).toBeCloseTo(13 / 20, 12);
    expect(f["Semáforo"]).toBe("Sobresaliente");
  });

  it.each(indices)("aporte al cuatrienio E[t]/M up to the vigencia and aporte esperado P[t]/M every year (SPEC §5.4): meta %i", (i) => {
    const e = ESPECS[i]!;
    const deMeta = filas.filter((f) => f["Código"] === e.codigo);
    const vigencia = 1; // 2025, the second year of the builder's cuatrienio
    expect(deMeta.map((f) => f["Aporte al cuatrienio"])).toEqual(e.E.map((v, t) => (t <= vigencia && v !== null ? v / e.M : null)));
    expect(deMeta.map((f) => f["Aporte esperado"])).toEqual(e.P.map((v) => (v === null ? null : v / e.M)));
  });

  it("hoja and fila of origin, the hoja cell linking to the meta's name cell", () => {
    filas.forEach((f, i) => {
      const meta = Math.floor(i / 4);
      expect([f["Hoja"], f["Fila"]]).toEqual([HOJA, filaDe(meta)]);
      const celda = celdaDeTabla(h, NOMBRE_TABLA_DATOS, "Hoja", i);
      expect(h.vinculos.find((v) => v.celda === celda)).toEqual(expect.objectContaining({ hoja: HOJA, destino: `E${filaDe(meta)}` }));
    });
  });

  it("header frozen on row 1 (a plain table for pivots)", () => {
    expect(h.inmovilizar).toEqual({ filas: 1, columnas: 0 });
    expect(h.tablas[0]!.rango.startsWith("A1:")).toBe(true);
  });
});

describe("semáforo % rules never paint a blank cell (Excel compares blanks as 0; SPEC §5.2: 'Sin reporte', not a red 0 %)", () => {
  it.each([
    [
      [0.5, 0.7, null, null, 1, null, 0],
      [
        [0, 1],
        [4, 4],
        [6, 6],
      ],
    ],
    [[null, null], []],
    [["x", 1, 2], [[1, 2]]],
  ] as const)("tramosConValor(%j) → %j", (valores, tramos) => {
    expect(tramosConValor(valores)).toEqual(tramos);
  });

  it("on Alertas, the blank % of a 'Programada sin reporte' row is under no value rule", () => {
    const h = hoja(plan, "alertas");
    const i = registros(h, NOMBRE_TABLA_ALERTAS).findIndex((f) => f["Tipo de alerta"] === "Programada sin reporte");
    const celda = parseRango(celdaDeTabla(h, NOMBRE_TABLA_ALERTAS, "% calculado", i));
    const cubren = h.condicionales.filter((r) => r.tipo === "valor" && contiene(parseRango(r.rango), celda));
    expect(registros(h, NOMBRE_TABLA_ALERTAS)[i]!["% calculado"]).toBeNull();
    expect(cubren).toEqual([]);
  });
});

describe("Presupuesto by sector, when the matrix has a sector level (SPEC §5.9: 'per group and per sector')", () => {
  const base = construirConsolidacion();
  const sector = (nombre: string, programado: number, ejecutado: number) => ({
    ...base.grupos[0]!,
    nivel: "sector",
    nombre,
    codigo: null,
    clave: nombre,
    presupuesto: { programado, ejecutado, pagos: null, pct: ejecutado / programado },
  });
  const conSector = { ...base, grupos: [...base.grupos, sector("Salud y protección social", 100, 69), sector("Educación", 100, 70)] };
  const h = hoja(planificar(conSector, CTX), "presupuesto");

  it("adds a sector table with the 70 % classification (70 % itself is ≥ 70 %)", () => {
    expect(registros(h, "Seg_Presupuesto_Sectores").map((f) => [f["Sector"], f["Clasificación"]])).toEqual([
      ["Salud y protección social", "< 70 %"],
      ["Educación", "≥ 70 %"],
    ]);
  });

  it("the budget chart is drawn by sector", () => {
    const g = h.graficos[0]!;
    expect(g.titulo).toBe("Presupuesto programado frente a ejecutado por sector");
    // largest appropriation first: both are 100, so the table's order stays
    expect(puntos(h, g)).toEqual([
      ["Salud y protección social", 100, 69],
      ["Educación", 100, 70],
    ]);
  });
});

describe("large plans", () => {
  it("a 300,000-row block is written without exhausting the call stack", () => {
    const h = new HojaEnConstruccion("datos", "Datos");
    expect(() =>
      h.bloque(
        0,
        0,
        Array.from({ length: 300_000 }, (_, i) => [i]),
      ),
    ).not.toThrow();
  });
});
