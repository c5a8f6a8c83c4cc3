import { dudasReconocimiento, informeTerminal, porcentaje, resumenHallazgos, visible } from "../../src/cli/tablaTerminal";
import { consolidar } from "../../src/core/calculo/consolidar";
import type { Consolidacion } from "../../src/core/calculo/tipos";
import { CULTURA_ES_CO } from "../../src/core/grid/libro";
import { crearHallazgo } from "../../src/core/hallazgos/crear";
import { FILAS_PDM } from "./_ajustesGuardados";

describe("terminal percentages are es-CO with one decimal (issue 3: «93,4 %»)", () => {
  test.each([
    [0.934, "93,4 %"],
    [1, "100,0 %"],
    [0.0005, "0,1 %"],
    [3, "300,0 %"],
    [12.345, "1.234,5 %"],
    [null, "—"],
    [Number.NaN, "—"],
  ])("%p → %p", (x, texto) => {
    expect(porcentaje(x)).toBe(texto);
  });
});

describe("findings summary: totals by severity, then codes with errors first and the most frequent first", () => {
  it("counts and orders", () => {
    const h = [
      crearHallazgo("A-SIN-REPORTE", "PDM", "N7", null),
      crearHallazgo("A-SIN-REPORTE", "PDM", "N8", null),
      crearHallazgo("A-PROBABLE-ERROR", "PDM", "N9", 9),
      crearHallazgo("E-NO-NUMERICO", "PDM", "O7", "Meta cumplida"),
    ];
    const lineas = resumenHallazgos(h).split("\n");
    expect(lineas[0]).toBe("Hallazgos: 1 error y 3 advertencias:");
    expect(lineas.slice(1).map((l) => l.trim().split(/\s+/))).toEqual([
      ["E-NO-NUMERICO", "1"],
      ["A-SIN-REPORTE", "2"],
      ["A-PROBABLE-ERROR", "1"],
    ]);
  });

  it("says so when there are none", () => {
    expect(resumenHallazgos([])).toBe("Hallazgos: 0 errores y 0 advertencias.");
  });
});

describe("doubts about the recognition come before any figure (SPEC §3.6)", () => {
  // A real consolidation of a small matrix, with doubts added by hand: the engine raising them is not this test's subject.
  const base = consolidar({ hojas: [{ nombre: "PDM", valores: FILAS_PDM.map((f) => [...f]), combinadas: [] }], cultura: CULTURA_ES_CO });
  const dudoso = crearHallazgo("A-RECONOCIMIENTO-DUDOSO", "PDM", null, null, { motivo: "no hay columna de ejecutado 2025" });
  const conDudas = (hallazgos: Consolidacion["hallazgos"], dudas: readonly string[] = []): Consolidacion => ({
    ...base,
    hallazgos: [...base.hallazgos, ...hallazgos],
    hojas: base.hojas.map((h) => (h.hoja === "PDM" ? { ...h, dudas } : h)),
  });

  it("an A-RECONOCIMIENTO-DUDOSO finding is an «¡Atención!» line above the parameters and the table", () => {
    const lineas = informeTerminal(conDudas([dudoso])).split("\n");
    expect(lineas[0]).toBe("¡Atención! Reconocimiento dudoso en «PDM»: no hay columna de ejecutado 2025");
    const tabla = lineas.findIndex((l) => l.startsWith("Dependencia"));
    const vigencia = lineas.findIndex((l) => l.startsWith("Vigencia "));
    expect(vigencia).toBeGreaterThan(0);
    expect(tabla).toBeGreaterThan(vigencia);
  });

  it("the sheet's own dudas are shown too, and a doubt both carry is said once", () => {
    const lineas = dudasReconocimiento(conDudas([dudoso], ["no hay columna de ejecutado 2025", "la columna G se eligió contra la evidencia"]));
    expect(lineas).toEqual([
      "¡Atención! Reconocimiento dudoso en «PDM»: no hay columna de ejecutado 2025",
      "¡Atención! Reconocimiento dudoso en «PDM»: la columna G se eligió contra la evidencia",
    ]);
  });

  it("no doubt, no «¡Atención!» line: the report starts with the parameters", () => {
    expect(informeTerminal(conDudas([]))).toMatch(/^Vigencia 2025 · corte/);
  });

  it("the second line says why that vigencia (SPEC §8)", () => {
    const c = conDudas([]);
    expect(informeTerminal(c).split("\n")[1]).toBe(`Por qué la vigencia 2025: ${c.parametros.motivoVigencia}.`);
  });
});

describe("text from the workbook cannot drive the terminal (issue 12, probe 14)", () => {
  test.each([
    ["U+202E right-to-left override", "Secretaría\u202E de Salud", "Secretaría de Salud"],
    ["U+2066 and U+2069 isolates", "\u2066Salud\u2069", "Salud"],
    ["an escape sequence", "\u001b[31mSalud\u001b[0m", "[31mSalud[0m"],
    ["a line break", "Secretaría\nde Salud", "Secretaría de Salud"],
  ])("%s is dropped", (_caso, texto, esperado) => {
    expect(visible(texto)).toBe(esperado);
  });

  it("a dependency named with U+202E keeps the table's columns aligned", () => {
    const c = consolidar({ hojas: [{ nombre: "PDM", valores: FILAS_PDM.map((f) => [...f]), combinadas: [] }], cultura: CULTURA_ES_CO });
    const [dep] = c.grupos.filter((g) => g.nivel === "dependencia");
    if (!dep) throw new Error("sin dependencia");
    const nombre = "Secretaría\u202E de Salud";
    const conBidi = { ...c, grupos: c.grupos.map((g) => (g === dep ? { ...g, nombre } : g)) };
    const informe = informeTerminal(conBidi);
    expect(informe).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    // the name is printed without the override, padded like the others
    expect(informe.split("\n").some((l) => l.startsWith("Secretaría de Salud  "))).toBe(true);
  });
});
