import { calcularUna, type OpcionesMeta } from "./_meta";
import { aportesDeMeta } from "../../../src/core/calculo/metaCalculada";

const CUATRO = { anios: [2024, 2025, 2026, 2027] } as const;

describe("% de avance del cuatrienio por tipo (SPEC §5.4)", () => {
  test.each<[string, OpcionesMeta, number, number]>([
    ["SUMA: Σ E / M — M = 10, E2024 = 2, E2025 = 2 → 40 %", { tipo: "SUMA", m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, e: 2 } } }, 2025, 0.4],
    [
      "CRECIENTE: (E_last − LB)/(M − LB) — LB 60, M 80, E_last 69 → 45 % (no 69/80)",
      { tipo: "CRECIENTE", lb: 60, m: 80, anios: { 2024: { p: 65, e: 66 }, 2025: { p: 70, e: 69 } } },
      2025,
      0.45,
    ],
    [
      "DECRECIENTE: (LB − E_last)/(LB − M) — LB 20, M 12, E_last 15 → 62,5 %",
      { tipo: "DECRECIENTE", lb: 20, m: 12, anios: { 2024: { p: 18, e: 19 }, 2025: { p: 16, e: 15 } } },
      2025,
      0.625,
    ],
    [
      "CONSTANTE: E_last / M, nunca la suma (884 + 919 sobre 884 no es 204 %)",
      { tipo: "CONSTANTE", m: 884, anios: { 2024: { p: 884, e: 884 }, 2025: { p: 884, e: 919 } } },
      2025,
      919 / 884,
    ],
    [
      "CONSTANTE: E_last es el último año reportado ≤ vigencia",
      { tipo: "CONSTANTE", m: 884, anios: { 2024: { p: 884, e: 900 }, 2025: { p: 884, e: null } } },
      2025,
      900 / 884,
    ],
    ["CONSTANTE: M vacía → P del año del último reporte", { tipo: "CONSTANTE", anios: { 2024: { p: 100, e: 90 } } }, 2024, 0.9],
    ["CRECIENTE sin LB: E_last / M", { tipo: "CRECIENTE", m: 80, anios: { 2024: { p: 70, e: 69 } } }, 2024, 69 / 80],
    [
      "SUMA: M vacía → Σ P de todos los años (2+3+3+2)",
      { tipo: "SUMA", anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3 }, 2026: { p: 3 }, 2027: { p: 2 } } },
      2024,
      0.2,
    ],
    [
      "SUMA: los años posteriores a la vigencia no suman (ceros de relleno)",
      { tipo: "SUMA", m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, e: 5 } } },
      2024,
      0.2,
    ],
    ["SUMA: sin ningún reporte el avance es 0", { tipo: "SUMA", m: 10, anios: { 2024: { p: 2, e: null } } }, 2024, 0],
    [
      "SUMA: la ejecución sin programación también avanza el cuatrienio",
      { tipo: "SUMA", m: 10, anios: { 2024: { p: 0, e: 1 }, 2025: { p: 3, e: 3 } } },
      2025,
      0.4,
    ],
  ])("%s", (_n, o, vigencia, esperado) => {
    const { m } = calcularUna(o, { vigencia }, CUATRO);
    expect(m.pctCuatrienio.bruto).toBeCloseTo(esperado, 10);
  });

  it("SUMA sin meta cuatrienio ni programado: sin valor y E-SIN-META-CUATRIENIO en la celda de la meta", () => {
    const { m, c } = calcularUna({ tipo: "SUMA", m: null, fila: 9, anios: { 2024: { p: null, e: 3 } } }, { vigencia: 2024, modoPlan: "cuatrienio" });
    expect(m.pctCuatrienio.bruto).toBeNull();
    expect(c.hallazgos.filter((h) => h.codigo === "E-SIN-META-CUATRIENIO").map((h) => [h.hoja, h.celda])).toEqual([["Matriz", "D9"]]);
  });

  it("DECRECIENTE sin LB: sin avance y E-SIN-LINEA-BASE", () => {
    const { m, c } = calcularUna({ tipo: "DECRECIENTE", m: 12, fila: 11, anios: { 2024: { p: 18, e: 19 } } }, { vigencia: 2024 });
    expect(m.pctCuatrienio.bruto).toBeNull();
    expect(c.hallazgos.filter((h) => h.codigo === "E-SIN-LINEA-BASE")).toHaveLength(1);
  });

  it("matriz de una sola vigencia: A = (acumulado anterior + E[t]) / M", () => {
    const { m } = calcularUna({ tipo: "SUMA", m: 10, acumulado: 4, anios: { 2026: { p: 3, e: 2 } } }, {});
    expect(m.pctCuatrienio.bruto).toBeCloseTo(0.6, 10);
  });

  it("a[t] = E[t]/M y x[t] = P[t]/M por año; a solo hasta la vigencia", () => {
    const { m, c } = calcularUna(
      { tipo: "SUMA", m: 10, anios: { 2024: { p: 2, e: 2 }, 2025: { p: 3, e: 2 }, 2026: { p: 3, e: 0 }, 2027: { p: 2 } } },
      { vigencia: 2025 },
    );
    const porAnio = aportesDeMeta(m.meta, c.parametros);
    expect(porAnio.map((x) => x.anio)).toEqual([2024, 2025, 2026, 2027]);
    expect(porAnio.map((x) => x.a)).toEqual([0.2, 0.2, null, null]);
    expect(porAnio.map((x) => x.x)).toEqual([0.2, 0.3, 0.3, 0.2]);
  });

  it("a[t] y x[t] de los tipos de nivel usan su fórmula (CRECIENTE neto de LB)", () => {
    const { m, c } = calcularUna({ tipo: "CRECIENTE", lb: 60, m: 80, anios: { 2024: { p: 65, e: 66 }, 2025: { p: 70, e: 69 } } }, { vigencia: 2025 });
    const porAnio = aportesDeMeta(m.meta, c.parametros);
    expect(porAnio.map((x) => x.a)).toEqual([6 / 20, 9 / 20]);
    expect(porAnio.map((x) => x.x)).toEqual([5 / 20, 10 / 20]);
  });
});
