/** The terminal's list of sheets (SPEC §9): a budget sheet is named as such, not «sin matriz» (issue 13). */
import { informeTerminal } from "../../src/cli/tablaTerminal";
import { consolidar } from "../../src/core/calculo/consolidar";
import { hoja, libro } from "../helpers/grid";

describe("informeTerminal: budget sheets", () => {
  it("lists «Hojas de presupuesto» with their rows, and keeps «Hojas sin matriz» for the others", () => {
    const c = consolidar(
      libro([
        hoja("PDM", [
          ["Sector", "Meta de producto", "Meta 2024", "Avance meta 2024"],
          ["Salud", "Vacunar niños", 100, 80],
        ]),
        hoja("Presupuesto", [
          ["SECTOR", "APROPIACIÓN DEFINITIVA", "COMPROMISOS"],
          ["Salud", 1_000, 700],
          ["Cultura", 500, 100],
        ]),
        hoja("Notas", [["Elaboró: oficina de planeación"]]),
      ]),
    );
    const texto = informeTerminal(c);
    expect(texto).toContain("Hojas de presupuesto: Presupuesto (hoja de presupuesto: 2 filas por sector)");
    expect(texto).toContain("Hojas sin matriz: Notas");
  });
});
