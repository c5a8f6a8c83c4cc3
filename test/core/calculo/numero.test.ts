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
  ])("%d con %i decimales → %s", (valor, decimales, texto) => {
    expect(formatearNumero(valor, decimales)).toBe(texto);
  });

  it("porcentaje de una fracción", () => {
    expect(formatearPorcentaje(0.0426)).toBe("4,26 %");
  });
});
