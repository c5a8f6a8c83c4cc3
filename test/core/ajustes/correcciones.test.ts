/**
 * Recognition corrections (SPEC §3.7) through the settings contract: what a `--mapa` file and the
 * pane's saved settings hold. Every bad mapping names its JSON path and what is wrong, in Spanish.
 */
import { leerCorrecciones, mensajeAjuste } from "../../../src/core/ajustes";
import type { CorreccionHoja } from "../../../src/core/matriz/tipos";

const COMPLETA: CorreccionHoja = {
  hoja: "PDM 2024-2027",
  filaEncabezado: 3,
  columnas: {
    F: { campo: null },
    G: { campo: "ejecutado", anio: 2025, trimestre: 3, variante: "trimestre", nivel: null },
    AB: { campo: "nivel", nivel: "programa" },
  },
  ignorar: false,
  lecturaTrimestral: "acumuladoAnio",
};

describe("corrections accepted in the pane's own shapes (SPEC §3.7)", () => {
  it("a list of corrections per sheet, every field of CorreccionHoja", () => {
    expect(leerCorrecciones([COMPLETA])).toEqual({ ok: true, valor: [COMPLETA] });
  });

  it("the settings object the pane saves, holding them under «correcciones» (other settings ignored)", () => {
    expect(leerCorrecciones({ vigencia: 2025, tope: "ninguno", correcciones: [{ hoja: "PDM", ignorar: true }] })).toEqual({
      ok: true,
      valor: [{ hoja: "PDM", ignorar: true }],
    });
  });

  it("an empty list", () => {
    expect(leerCorrecciones([])).toEqual({ ok: true, valor: [] });
  });
});

describe("a bad mapping names what is wrong, in Spanish, with its JSON path", () => {
  test.each<[string, unknown, RegExp]>([
    ["not a list nor an object", "PDM", /^Debe ser una lista, no «PDM»/],
    ["an object without «correcciones»", { vigencia: 2025 }, /^Falta «correcciones»: escriba una lista de correcciones por hoja/],
    ["«correcciones» not a list", { correcciones: { hoja: "PDM" } }, /^correcciones: debe ser una lista/],
    ["an entry that is not an object", [42], /^\[0\]: debe ser un objeto, no 42/],
    ["no sheet name", [{ columnas: {} }], /^\[0\]: falta «hoja»/],
    ["a sheet name that is not text", [{ hoja: 7 }], /^\[0\]\.hoja: debe ser un texto, no 7/],
    [
      "an unknown field «campo»",
      [{ hoja: "PDM", columnas: { F: { campo: "programdo" } } }],
      /^\[0\]\.columnas\.F\.campo: «programdo» no es válido; use meta, codigo, .* o clase/,
    ],
    ["a column without «campo»", [{ hoja: "PDM", columnas: { F: { anio: 2025 } } }], /^\[0\]\.columnas\.F: falta «campo»/],
    [
      "a quarter outside 1–4",
      [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", trimestre: 5 } } }],
      /^\[0\]\.columnas\.F\.trimestre: 5 no es válido; use 1, 2, 3 o 4/,
    ],
    [
      "a year that is not a number",
      [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", anio: "2025" } } }],
      /^\[0\]\.columnas\.F\.anio: debe ser un número.*, no «2025»/,
    ],
    ["a fractional year", [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", anio: 2025.5 } } }], /anio: 2025\.5 no es un número entero/],
    [
      "an unknown variante",
      [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", variante: "mensual" } } }],
      /variante: «mensual» no es válido; use total, trimestre, anual o corte/,
    ],
    [
      "a lecturaTrimestral other than periodo/acumuladoAnio",
      [{ hoja: "PDM", lecturaTrimestral: "acumulado" }],
      /^\[0\]\.lecturaTrimestral: «acumulado» no es válido; use periodo o acumuladoAnio/,
    ],
    ["a header row that is not a row number", [{ hoja: "PDM", filaEncabezado: 0 }], /filaEncabezado: 0 debe ser 1 o más/],
    ["ignorar not a boolean", [{ hoja: "PDM", ignorar: "sí" }], /ignorar: debe ser true o false, no «sí»/],
    ["a key that is not a column letter", [{ hoja: "PDM", columnas: { f1: { campo: null } } }], /columnas: «f1» no es una letra de columna/],
    [
      "columnas not an object",
      [{ hoja: "PDM", columnas: ["F"] }],
      /columnas: debe ser un objeto por letra de columna, como \{"F": \{"campo": null\}\}, no «\["F"\]»/,
    ],
    [
      "a misspelt property of a sheet",
      [{ hoja: "PDM", columna: {} }],
      /^\[0\]\.columna: «columna» no es una propiedad de una corrección de hoja; use hoja, filaEncabezado, columnas, ignorar o lecturaTrimestral/,
    ],
    ["a misspelt property of a column", [{ hoja: "PDM", columnas: { F: { campo: null, año: 2025 } } }], /«año» no es una propiedad de una columna/],
    ["the same sheet twice", [{ hoja: "PDM" }, { hoja: "PDM", ignorar: true }], /^\[1\]\.hoja: la hoja «PDM» ya tiene una corrección/],
    [
      "a path under «correcciones» for the settings object",
      { correcciones: [{ hoja: "PDM", columnas: { F: { campo: "x" } } }] },
      /^correcciones\[0\]\.columnas\.F\.campo: «x»/,
    ],
  ])("%s", (_, valor, mensaje) => {
    const r = leerCorrecciones(valor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemas.map(mensajeAjuste).join("\n")).toMatch(new RegExp(mensaje.source, "m"));
  });

  it("collects every problem, not only the first", () => {
    const r = leerCorrecciones([{ hoja: "PDM", columnas: { F: { campo: "x", trimestre: 9 } } }, { hoja: "" }]);
    expect(r.ok ? [] : r.problemas).toHaveLength(3);
  });
});
