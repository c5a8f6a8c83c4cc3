import { formatearNumero, formatearPorcentaje } from "../../../src/core/calculo/_lib/numero";

describe("números en es-CO para textos y mensajes (SPEC §5.10)", () => {
  test.each<[number, number, string]>([
    [4.26, 2, "4,26"],
    [76, 2, "76"],
    [0.6, 2, "0,6"],
    [1400, 2, "1.400"],
    [1234567.891, 2, "1.234.567,89"],
    [-0.5, 2, "-0,5"],
    [-0.001, 2, "0"],
    [0, 2, "0"],
    [123, 0, "123"],
    [999.999, 2, "1.000"],
    // beyond toFixed's digits (issue 12, probe 14: "In.fin.ity %")
    [1.7e308, 2, "1,7 × 10^308"],
    [-2.5e21, 2, "-2,5 × 10^21"],
    [9.999e25, 2, "1 × 10^26"],
    [Infinity, 2, "∞"],
    [-Infinity, 2, "-∞"],
    [NaN, 2, "indefinido"],
  ])("%d con %i decimales → %s", (valor, decimales, texto) => {
    expect(formatearNumero(valor, decimales)).toBe(texto);
  });

  it("a value near 1e308 as a percentage (×100 overflows to Infinity)", () => {
    expect(formatearPorcentaje(1.7e308)).toBe("∞ %");
    expect(formatearPorcentaje(1.7e306)).toBe("1,7 × 10^308 %");
  });

  it("porcentaje de una fracción", () => {
    expect(formatearPorcentaje(0.0426)).toBe("4,26 %");
  });
});
