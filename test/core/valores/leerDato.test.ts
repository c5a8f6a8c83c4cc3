import { CULTURA_EN_US, CULTURA_ES_CO } from "../../../src/core/grid/libro";
import { leerDato, textoDeValor } from "../../../src/core/valores/leerDato";
import { numeroDeTexto } from "../../../src/core/valores/numeroTexto";

describe("Numbers typed as text are read with the workbook culture (SPEC §4)", () => {
  test.each([
    ["1.234,56", 1234.56],
    ["1.234", 1234],
    ["1234,5", 1234.5],
    ["1,234.56", 1234.56],
    ["50%", 0.5],
    ["12,5 %", 0.125],
    ["1 234,5", 1234.5],
    ["1\u00a0234,5", 1234.5],
    ["1.234.567", 1234567],
    ["0.25", 0.25],
    ["-3,5", -3.5],
    ["$ 1.500.000", 1500000],
    [" 7 ", 7],
  ])("es-CO: %j → %p", (texto, esperado) => {
    expect(numeroDeTexto(texto, CULTURA_ES_CO)).toBeCloseTo(esperado, 10);
  });

  test.each([
    ["1,234.56", 1234.56],
    ["1,234", 1234],
    ["1234.5", 1234.5],
    ["1.234,56", 1234.56],
  ])("en-US: %j → %p", (texto, esperado) => {
    expect(numeroDeTexto(texto, CULTURA_EN_US)).toBeCloseTo(esperado, 10);
  });

  test.each(["Meta cumplida", "N/A", "1,2,3", "12abc", "%", "1.23.4"])("not a number in es-CO: %j", (texto) => {
    expect(numeroDeTexto(texto, CULTURA_ES_CO)).toBeNull();
  });
});

describe("A cell of a numeric field becomes a Dato (SPEC §4)", () => {
  test.each([
    [12, { valor: 12, estado: "numero" }],
    [null, { valor: null, estado: "vacio" }],
    ["   ", { valor: null, estado: "vacio" }],
    ["ND", { valor: null, estado: "ND" }],
    ["N.D.", { valor: null, estado: "ND" }],
    ["NA", { valor: null, estado: "NA" }],
    ["N.A.", { valor: null, estado: "NA" }],
    ["n.a", { valor: null, estado: "NA" }],
    ["N/A", { valor: null, estado: "invalido" }],
    ["Meta cumplida", { valor: null, estado: "invalido" }],
    [{ error: "#DIV/0!" }, { valor: null, estado: "invalido" }],
    [{ error: "#REF!" }, { valor: null, estado: "invalido" }],
    [true, { valor: null, estado: "invalido" }],
    ["1.234,5", { valor: 1234.5, estado: "numero" }],
  ] as const)("blank ≠ 0, ND/NA states, errors invalid: %j", (v, esperado) => {
    expect(leerDato(v, "D17", CULTURA_ES_CO)).toEqual({ ...esperado, celda: "D17" });
  });

  it("shows an Excel error by its text and a boolean in Spanish", () => {
    expect(textoDeValor({ error: "#DIV/0!" })).toBe("#DIV/0!");
    expect(textoDeValor(true)).toBe("VERDADERO");
  });
});
