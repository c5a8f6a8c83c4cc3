import { correccionesDeLibros, unirCorrecciones } from "../../src/app/correcciones";
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

describe("corrections saved in several workbooks (SPEC §3.7, issue 14)", () => {
  const guardado = (archivo: string, correcciones: CorreccionHoja[]) => ({ archivo, texto: JSON.stringify({ correcciones }) });

  it("the first workbook that corrects a sheet keeps it; the ones laid over win for the sheets they name", () => {
    const r = correccionesDeLibros(
      [
        guardado("plan.xlsx", [{ hoja: "PDM", filaEncabezado: 4 }]),
        guardado("salud.xlsx", [
          { hoja: "PDM", ignorar: true },
          { hoja: "SALUD", ignorar: true },
        ]),
      ],
      [{ hoja: "SALUD", filaEncabezado: 2 }],
    );
    expect(r).toEqual({
      correcciones: [
        { hoja: "SALUD", filaEncabezado: 2 },
        { hoja: "PDM", filaEncabezado: 4 },
      ],
      avisos: [],
    });
  });

  it("a workbook whose saved corrections are damaged gives a notice naming it and the others still apply", () => {
    const r = correccionesDeLibros([{ archivo: "roto.xlsx", texto: "{no es json" }, guardado("salud.xlsx", [{ hoja: "SALUD", ignorar: true }])], []);
    expect(r.correcciones).toEqual([{ hoja: "SALUD", ignorar: true }]);
    expect(r.avisos).toEqual([expect.stringMatching(/^las correcciones guardadas en «roto\.xlsx» no se usan: no es JSON válido/)]);
  });
});
