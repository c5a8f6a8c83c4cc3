import { unirCorrecciones, validarCorrecciones } from "../../src/cli/correcciones";
import type { CorreccionHoja } from "../../src/core/matriz/tipos";

const COMPLETA: CorreccionHoja = {
  hoja: "PDM 2024-2027",
  filaEncabezado: 3,
  columnas: { F: { campo: null }, G: { campo: "ejecutado", anio: 2025, trimestre: 3, variante: "trimestre", nivel: null }, AB: { campo: "nivel", nivel: "programa" } },
  ignorar: false,
  lecturaTrimestral: "acumuladoAnio",
};

describe("corrections accepted in the pane's own shapes (SPEC §3.7)", () => {
  it("a list of corrections per sheet, every field of CorreccionHoja", () => {
    expect(validarCorrecciones([COMPLETA])).toEqual({ ok: true, correcciones: [COMPLETA] });
  });

  it("the settings object the pane saves, holding them under «correcciones» (other settings ignored)", () => {
    expect(validarCorrecciones({ vigencia: 2025, tope: "ninguno", correcciones: [{ hoja: "PDM", ignorar: true }] })).toEqual({ ok: true, correcciones: [{ hoja: "PDM", ignorar: true }] });
  });

  it("an empty list", () => {
    expect(validarCorrecciones([])).toEqual({ ok: true, correcciones: [] });
  });
});

describe("a bad mapping names what is wrong, in Spanish, with its JSON path", () => {
  test.each<[string, unknown, RegExp]>([
    ["not a list nor an object", "PDM", /el contenido: debe ser una lista de correcciones por hoja/],
    ["an object without «correcciones»", { vigencia: 2025 }, /falta «correcciones»/],
    ["«correcciones» not a list", { correcciones: { hoja: "PDM" } }, /^correcciones: debe ser una lista/],
    ["an entry that is not an object", [42], /^\[0\]: debe ser un objeto con al menos «hoja»/],
    ["no sheet name", [{ columnas: {} }], /^\[0\]\.hoja: falta el nombre de la hoja/],
    ["a sheet name that is not text", [{ hoja: 7 }], /^\[0\]\.hoja: 7 no es un nombre de hoja/],
    ["an unknown field «campo»", [{ hoja: "PDM", columnas: { F: { campo: "programdo" } } }], /^\[0\]\.columnas\.F\.campo: «programdo» no es un campo conocido; use uno de meta, codigo, .*, o null para no usar la columna/],
    ["a column without «campo»", [{ hoja: "PDM", columnas: { F: { anio: 2025 } } }], /^\[0\]\.columnas\.F: falta «campo»/],
    ["a quarter outside 1–4", [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", trimestre: 5 } } }], /^\[0\]\.columnas\.F\.trimestre: 5 no es un trimestre; use 1, 2, 3 o 4/],
    ["a year that is not a number", [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", anio: "2025" } } }], /^\[0\]\.columnas\.F\.anio: «2025» no es un año; escriba un número como 2025/],
    ["a fractional year", [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", anio: 2025.5 } } }], /anio: 2025\.5 no es un año/],
    ["an unknown variante", [{ hoja: "PDM", columnas: { F: { campo: "ejecutado", variante: "mensual" } } }], /variante: «mensual» no es una variante; use total, trimestre, anual o corte/],
    ["a lecturaTrimestral other than periodo/acumuladoAnio", [{ hoja: "PDM", lecturaTrimestral: "acumulado" }], /^\[0\]\.lecturaTrimestral: «acumulado» no es una lectura trimestral; use «periodo» o «acumuladoAnio»/],
    ["a header row that is not a row number", [{ hoja: "PDM", filaEncabezado: 0 }], /filaEncabezado: 0 no es un número de fila/],
    ["ignorar not a boolean", [{ hoja: "PDM", ignorar: "sí" }], /ignorar: debe ser true o false/],
    ["a key that is not a column letter", [{ hoja: "PDM", columnas: { f1: { campo: null } } }], /columnas: «f1» no es una letra de columna/],
    ["columnas not an object", [{ hoja: "PDM", columnas: ["F"] }], /columnas: debe ser un objeto por letra de columna/],
    ["a misspelt property of a sheet", [{ hoja: "PDM", columna: {} }], /^\[0\]: «columna» no es una propiedad de una corrección de hoja; use hoja, filaEncabezado, columnas, ignorar o lecturaTrimestral/],
    ["a misspelt property of a column", [{ hoja: "PDM", columnas: { F: { campo: null, año: 2025 } } }], /«año» no es una propiedad de una columna/],
    ["the same sheet twice", [{ hoja: "PDM" }, { hoja: "PDM", ignorar: true }], /^\[1\]\.hoja: la hoja «PDM» ya tiene una corrección/],
    ["a path under «correcciones» for the settings object", { correcciones: [{ hoja: "PDM", columnas: { F: { campo: "x" } } }] }, /^correcciones\[0\]\.columnas\.F\.campo: «x»/],
  ])("%s", (_, valor, mensaje) => {
    const r = validarCorrecciones(valor);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problemas.join("\n")).toMatch(new RegExp(mensaje.source, "m"));
  });

  it("collects every problem, not only the first", () => {
    const r = validarCorrecciones([{ hoja: "PDM", columnas: { F: { campo: "x", trimestre: 9 } } }, { hoja: "" }]);
    expect(r.ok ? [] : r.problemas).toHaveLength(3);
  });
});

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
