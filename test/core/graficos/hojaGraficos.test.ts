/**
 * Charts on demand (issue 14, «Must show» 3): each request saved in the settings becomes, on the
 * owned sheet «Gráficos», a titled source table and a native chart whose series are checked here
 * against values worked out by hand from the matrix's P and E (_matriz.ts) with SPEC §5's
 * formulas — never read from the engine's groups.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";
import type { Ajustes, SolicitudGrafico } from "../../../src/core/calculo/tipos";
import type { HojaPlan, WorkbookPlan } from "../../../src/core/reporte/plan";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { celdas, comoTexto, hoja } from "../reporte/_plan";
import { grafico, puntos } from "../reporte/_graficos";
import { libroGraficos, M1, M2, M3, M4, M5, M6, media } from "./_matriz";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 10 };

function planCon(graficos: readonly SolicitudGrafico[], otros: Ajustes = {}): WorkbookPlan {
  return planificar(consolidar(libroGraficos(), { vigencia: 2025, ...otros, graficos }), CTX);
}

function graficos(graficos: readonly SolicitudGrafico[], otros: Ajustes = {}): HojaPlan {
  return hoja(planCon(graficos, otros), "graficos");
}

const SOLICITUDES: SolicitudGrafico[] = [
  { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Salud" },
  { medida: "esperado_real", por: "dependencia" },
  { medida: "semaforo", por: "dependencia" },
];

describe("the Gráficos sheet: one chart per saved request, series equal to the hand-computed figures", () => {
  const h = graficos(SOLICITUDES);

  it("pct_cuatrienio por programa filtered to Secretaría de Salud: the programas of its metas only (M1–M3), sorted", () => {
    const g = grafico(h, "grafico-1");
    expect(g.tipo).toBe("barras");
    expect(g.titulo).toBe("% de avance del cuatrienio por programa — Secretaría de Salud");
    const p = puntos(h, g);
    expect(p.map(([c]) => c)).toEqual(["11 Salud pública", "21 Vías"]);
    // 21 Vías holds M4 too, but M4 is Gobierno's: the filtered programa is M3 alone
    expect(p[0]?.[1]).toBeCloseTo(media(M1.avance, M2.avance), 10);
    expect(p[1]?.[1]).toBeCloseTo(M3.avance, 10);
  });

  it("esperado_real por dependencia: Esperado and Real per dependencia, sorted by the real avance", () => {
    const g = grafico(h, "grafico-2");
    expect(g.series.map((s) => s.nombre)).toEqual(["Esperado", "Real"]);
    const p = puntos(h, g);
    // Gobierno 40,6 % real before Salud 39,2 %
    expect(p.map(([c]) => c)).toEqual(["Secretaría de Gobierno", "Secretaría de Salud"]);
    expect(p[0]?.[1]).toBeCloseTo(media(M4.esperado, M5.esperado, M6.esperado), 10);
    expect(p[0]?.[2]).toBeCloseTo(media(M4.avance, M5.avance, M6.avance), 10);
    expect(p[1]?.[1]).toBeCloseTo(media(M1.esperado, M2.esperado, M3.esperado), 10);
    expect(p[1]?.[2]).toBeCloseTo(media(M1.avance, M2.avance, M3.avance), 10);
  });

  it("semaforo por dependencia: metas per municipal-3 level (81–100 / 56–80 / 0–55) and the grey states, in the levels' colours", () => {
    const g = grafico(h, "grafico-3");
    // Salud: 100 % Sobresaliente, 40 % and 50 % Bajo. Gobierno: 125 % Sobresaliente (capped preset),
    // M4 sin reporte, M6 sin programación. No meta falls in Aceptable: no empty series.
    expect(g.series.map((s) => s.nombre)).toEqual(["Sobresaliente", "Bajo", "Sin reporte", "Sin programación"]);
    expect(puntos(h, g)).toEqual([
      ["Secretaría de Salud", 1, 2, 0, 0],
      ["Secretaría de Gobierno", 1, 0, 1, 1],
    ]);
    const preset = PRESETS_SEMAFORO["municipal-3"].niveles;
    expect(g.series[0]?.color).toBe(preset.find((n) => n.nombre === "Sobresaliente")?.color);
    expect(g.series[1]?.color).toBe(preset.find((n) => n.nombre === "Bajo")?.color);
  });

  it("each chart has its title, the request that reproduces it, and its source table with the full names", () => {
    const m = celdas(h);
    const textos = [...m.values()].map(comoTexto);
    expect(textos).toContain("Solicitud: medida=pct_cuatrienio;por=programa;filtro=dependencia:Secretaría de Salud");
    expect(textos).toContain("Avance esperado frente a avance real por dependencia");
    expect(textos).toContain("Metas por nivel del semáforo por dependencia");
  });
});

describe("over time", () => {
  it("pct_vigencia por anio as lines: each year its own vigencia, closed at 31 December", () => {
    const h = graficos([{ medida: "pct_vigencia", por: "anio", tipo: "lineas" }]);
    const g = grafico(h, "grafico-1");
    expect(g.tipo).toBe("lineas");
    // 2024: 2/2, 4/5, 2/2, 1/1, 3/3, 1/2 — every meta programmed. 2025: M1–M5 (M6 not programmed).
    const anio2024 = media(1, 4 / 5, 1, 1, 1, 1 / 2);
    const anio2025 = media(M1.vigencia, M2.vigencia, M3.vigencia, M4.vigencia, M5.vigencia);
    const p = puntos(h, g);
    expect(p.map(([c]) => c)).toEqual(["2024", "2025"]);
    expect(p[0]?.[1]).toBeCloseTo(anio2024, 10);
    expect(p[1]?.[1]).toBeCloseTo(anio2025, 10);
  });

  it("«Año» typed as people write it is the grouping by year", () => {
    const h = graficos([{ medida: "pct_vigencia", por: "Año" }]);
    expect(puntos(h, grafico(h, "grafico-1")).map(([c]) => c)).toEqual(["2024", "2025"]);
  });

  it("columns by default over time, and bars by default over groups", () => {
    const h = graficos([
      { medida: "pct_cuatrienio", por: "anio" },
      { medida: "pct_cuatrienio", por: "eje" },
    ]);
    expect(h.graficos.map((g) => g.tipo)).toEqual(["columnas", "barras"]);
  });

  it("a filter by a nivel's element keeps the metas under it: pct_vigencia por dependencia in «22 Seguridad»", () => {
    const h = graficos([{ medida: "pct_vigencia", por: "dependencia", filtro: "programa:22 seguridad" }]);
    // only Gobierno's M5 and M6; M6 is not programmed in 2025, so M5's capped 100 %
    expect(puntos(h, grafico(h, "grafico-1"))).toEqual([["Secretaría de Gobierno", M5.vigencia]]);
  });
});

describe("requests the matrix cannot answer: a notice on the sheet, never a failed Consolidar", () => {
  const aviso = (s: SolicitudGrafico): string[] => [...celdas(graficos([s])).values()].map(comoTexto).filter((t) => t.startsWith("No se dibujó"));

  it("a nivel the matrix lacks names the ones it has", () => {
    expect(aviso({ medida: "pct_vigencia", por: "sector" })).toEqual([
      "No se dibujó: no se puede agrupar por «sector»; use dependencia, eje, programa, anio o trimestre.",
    ]);
  });

  it("a dependencia with no metas lists the dependencias", () => {
    expect(aviso({ medida: "pct_vigencia", por: "programa", filtro: "dependencia:Hacienda" })[0]).toContain("«Secretaría de Salud» o «Secretaría de Gobierno»");
  });

  it("programado_ejecutado never adds up metas of different units (SPEC §5.7): those stay blank, and a note says why", () => {
    const h = graficos([{ medida: "programado_ejecutado", por: "programa" }]);
    // 11 Salud pública mixes Niños and Visitas, 22 Seguridad Cámaras and Frentes; 21 Vías is all Km: P25 2 + 1, E25 1
    expect(puntos(h, grafico(h, "grafico-1"))).toEqual([
      ["21 Vías", 3, 1],
      ["11 Salud pública", null, null],
      ["22 Seguridad", null, null],
    ]);
    expect([...celdas(h).values()].map(comoTexto)).toContain(
      "«11 Salud pública» y «22 Seguridad» tienen metas de unidades distintas, que no se suman (SPEC §5.7), y quedan sin cifra; filtre por un elemento con metas de una sola unidad.",
    );
  });

  it("programado_ejecutado adds P and E of one unit: «21 Vías» is all Km", () => {
    const h = graficos([{ medida: "programado_ejecutado", por: "dependencia", filtro: "programa:21 Vías" }]);
    // Salud M3: P25 2, E25 1; Gobierno M4: P25 1, E25 blank (no ejecutado to add)
    expect(puntos(h, grafico(h, "grafico-1"))).toEqual([
      ["Secretaría de Salud", 2, 1],
      ["Secretaría de Gobierno", 1, null],
    ]);
  });
});

describe("the sheet is owned like the others (SPEC §6)", () => {
  it("is planned only when some request exists, and recorded as «graficos»", () => {
    expect(planCon([]).hojas.some((x) => x.clave === "graficos")).toBe(false);
    expect(planCon(SOLICITUDES).propiedad.hojas["Gráficos"]).toBe("graficos");
  });

  it("a re-run with no request left deletes the previous Gráficos sheet", () => {
    const previa = planCon(SOLICITUDES).propiedad;
    const sin = planificar(consolidar(libroGraficos(), { vigencia: 2025 }), {
      ...CTX,
      hojasExistentes: ["PDM", ...Object.keys(previa.hojas)],
      propiedadPrevia: previa,
    });
    expect(sin.eliminar).toEqual(["Gráficos"]);
  });
});
