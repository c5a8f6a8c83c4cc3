import { unirCorrecciones } from "../../src/cli/correcciones";
import type { CorreccionHoja } from "../../src/core/matriz/tipos";

describe("--mapa wins over the saved corrections for the sheets it names (SPEC §3.7)", () => {
  it("replaces a named sheet's saved correction whole and keeps the others", () => {
    const guardadas: CorreccionHoja[] = [
      { hoja: "PDM", ignorar: true },
      { hoja: "SALUD", filaEncabezado: 4 },
    ];
    const mapa: CorreccionHoja[] = [{ hoja: "PDM", columnas: { F: { campo: null } } }];
    expect(unirCorrecciones(guardadas, mapa)).toEqual([
      { hoja: "PDM", columnas: { F: { campo: null } } },
      { hoja: "SALUD", filaEncabezado: 4 },
    ]);
  });
});
