import { porcentaje, resumenHallazgos } from "../../src/cli/tablaTerminal";
import { crearHallazgo } from "../../src/core/hallazgos/crear";

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
