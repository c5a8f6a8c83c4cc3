import { calcular, calcularUna, meta } from "./_meta";
import { estadoTexto } from "../../../src/core/calculo/estadoTexto";
import { segunTope as segun } from "../../../src/core/calculo/tope";

describe("avance esperado y cumplimiento (SPEC §5.5)", () => {
  it("por programación: X = Σ P hasta la vigencia / M; cumplimiento = A / X", () => {
    const { m } = calcularUna({ m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, e: 2 }, 2026: { p: 3 }, 2027: { p: 2 } } }, { vigencia: 2025 });
    expect(m.esperado.bruto).toBeCloseTo(0.5, 10);
    expect(m.cumplimiento).toBeCloseTo(0.8, 10);
  });

  it("por programación: prorrateado al corte cuando hay trimestres", () => {
    const { m } = calcularUna({ m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, pt: [1, 1, 0.5, 0.5], et: [1, 0.5] } } }, { vigencia: 2025, corte: "T2" });
    expect(m.esperado.bruto).toBeCloseTo(0.4, 10);
    expect(m.pctCuatrienio.bruto).toBeCloseTo(0.35, 10);
    expect(m.cumplimiento).toBeCloseTo(0.875, 10);
  });

  it("por programación, CRECIENTE: el nivel programado neto de LB", () => {
    const { m } = calcularUna({ tipo: "CRECIENTE", lb: 60, m: 80, anios: { 2024: { p: 65, e: 66 }, 2025: { p: 70, e: 69 } } }, { vigencia: 2025 });
    expect(m.esperado.bruto).toBeCloseTo(0.5, 10);
    expect(m.cumplimiento).toBeCloseTo(0.9, 10);
  });

  test.each<[number, number]>([
    [2020, 0.25],
    [2021, 0.5],
    [2023, 1],
  ])("años iguales: 1/4 por vigencia transcurrida (%i → %d)", (vigencia, x) => {
    const { m } = calcularUna({ m: 10, anios: { [vigencia]: { p: 2, e: 2 } } }, { vigencia, esperado: "anios-iguales" });
    expect(m.esperado.bruto).toBeCloseTo(x, 10);
  });

  it("pesos por año 15/35/35/15: 50 % al segundo año", () => {
    const { m } = calcularUna(
      { m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, e: 3 } } },
      { vigencia: 2025, esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.15] },
    );
    expect(m.esperado.bruto).toBeCloseTo(0.5, 10);
    expect(m.cumplimiento).toBeCloseTo(1, 10);
  });

  it("ejemplo municipal al 30/09/2021: avance 18,79 % contra 30 % esperado → cumplimiento 62,6 %", () => {
    const { m } = calcularUna(
      { m: 100, anios: { 2020: { p: 10, e: 10 }, 2021: { p: 20, e: 8.79 } } },
      { vigencia: 2021, corte: "2021-09-30", esperado: "pesos", pesosAnio: [0.1, 0.2, 0.35, 0.35] },
    );
    expect(m.pctCuatrienio.bruto).toBeCloseTo(0.1879, 10);
    expect(m.esperado.bruto).toBeCloseTo(0.3, 10);
    expect(m.cumplimiento).toBeCloseTo(0.6263, 4);
    expect(Math.round((m.cumplimiento ?? 0) * 1000) / 10).toBe(62.6);
  });

  it("grupo: cumplimiento = % cuatrienio del grupo / esperado del grupo", () => {
    const c = calcular([meta({ m: 10, anios: { 2024: { p: 5, e: 5 } } }), meta({ m: 10, anios: { 2024: { p: 5, e: 1 } } })], { vigencia: 2024 });
    expect(c.plan.pctCuatrienio).toBeCloseTo(0.3, 10);
    expect(c.plan.esperado).toBeCloseTo(0.5, 10);
    expect(c.plan.cumplimiento).toBeCloseTo(0.6, 10);
  });
});

describe("tope (SPEC §5.6)", () => {
  test.each<[number, number, number]>([
    [13, 10, 1],
    [5, 10, 0.5],
  ])("E %d / P %d: se guardan el valor bruto y el acotado", (e, p, acotado) => {
    const { m } = calcularUna({ anios: { 2024: { p, e } } }, { vigencia: 2024 });
    expect(m.pctVigencia).toEqual({ bruto: e / p, acotado });
  });

  it("un % negativo se topa en 0", () => {
    const { m } = calcularUna({ tipo: "CRECIENTE", lb: 60, anios: { 2024: { p: 70, e: 55 } } }, { vigencia: 2024 });
    expect(m.pctVigencia).toEqual({ bruto: -0.5, acotado: 0 });
  });

  // Hand-worked: meta 1 programs 5 + 10 of a meta of 10 by 2025 (X = 150 %) and executes 5 + 4
  // (A = 90 %); meta 2 programs 2 + 2 (X = 40 %) and executes 2 + 1 (A = 30 %).
  const sobreprogramada = meta({ m: 10, anios: { 2024: { p: 5, e: 5 }, 2025: { p: 10, e: 4 } } });
  const normal = meta({ m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 2, e: 1 } } });

  it("el esperado de una meta se guarda bruto y topado, como los demás %", () => {
    const { m } = calcularUna({ m: 10, anios: { 2024: { p: 5, e: 5 }, 2025: { p: 10, e: 4 } } }, { vigencia: 2025 });
    expect(m.esperado.bruto).toBeCloseTo(1.5, 10);
    expect(m.esperado.acotado).toBe(1);
  });

  test.each<["100" | "ninguno", number, number]>([
    // tope 100 %: X topado en 100 % → cumplimiento 90 % / 100 % = 90 %
    ["100", 1, 0.9],
    // sin tope: 90 % / 150 % = 60 %
    ["ninguno", 1.5, 0.6],
  ])("tope %s: el cumplimiento de la meta usa el esperado según el tope", (tope, x, cumplimiento) => {
    const { m } = calcularUna({ m: 10, anios: { 2024: { p: 5, e: 5 }, 2025: { p: 10, e: 4 } } }, { vigencia: 2025, tope });
    expect(m.esperado.bruto).toBeCloseTo(1.5, 10);
    expect(segun(m.esperado, tope)).toBeCloseTo(x, 10);
    expect(m.cumplimiento).toBeCloseTo(cumplimiento, 10);
  });

  test.each<["100" | "ninguno", number, number]>([
    // tope 100 %: X = (100 % + 40 %) / 2 = 70 %, A = (90 % + 30 %) / 2 = 60 %, cumplimiento 60 / 70
    ["100", 0.7, 0.6 / 0.7],
    // sin tope: X = (150 % + 40 %) / 2 = 95 %, cumplimiento 60 / 95
    ["ninguno", 0.95, 0.6 / 0.95],
  ])("tope %s: el esperado y el cumplimiento del plan se agregan con el esperado según el tope", (tope, x, cumplimiento) => {
    const c = calcular([sobreprogramada, normal], { vigencia: 2025, tope });
    expect(c.plan.pctCuatrienio).toBeCloseTo(0.6, 10);
    expect(c.plan.esperado).toBeCloseTo(x, 10);
    expect(c.plan.cumplimiento).toBeCloseTo(cumplimiento, 10);
  });

  test.each<["100" | "ninguno", number]>([
    ["100", (1 + 0.5) / 2],
    ["ninguno", (1.5 + 0.5) / 2],
  ])("los agregados usan el valor según el tope %s", (tope, esperado) => {
    const c = calcular([meta({ anios: { 2024: { p: 10, e: 15 } } }), meta({ anios: { 2024: { p: 10, e: 5 } } })], { vigencia: 2024, tope });
    expect(c.plan.pctVigencia).toBeCloseTo(esperado, 10);
  });
});

describe("texto de estado (SPEC §5.10)", () => {
  test.each<[number, string]>([
    [1, "En cumplimiento"],
    [0.995, "En cumplimiento"],
    [1.005, "En cumplimiento"],
    [0.9574, "Rezago del 4,26 %"],
    [0.994, "Rezago del 0,6 %"],
    [1.76, "Sobre ejecución del 76 %"],
    [15, "Sobre ejecución del 1.400 %"],
    [0, "Rezago del 100 %"],
  ])("%d → %s", (pct, texto) => {
    expect(estadoTexto("REPORTADA", pct)).toBe(texto);
  });

  it("sin reporte y no programada", () => {
    expect(estadoTexto("SIN_REPORTE", null)).toBe("Sin reporte");
    expect(estadoTexto("NO_PROGRAMADA", null)).toBe("No programada");
  });
});
