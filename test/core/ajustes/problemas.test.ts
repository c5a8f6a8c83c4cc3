/** The settings contract's codes and their Spanish catalogue (STYLE: zod's locales/es.ts parity). */
import { z } from "zod";
import { CODIGOS_AJUSTE, MENSAJES_AJUSTE, mensajeAjuste } from "../../../src/core/ajustes";
import { problemasDeZod } from "../../../src/core/ajustes/_lib/zod";

describe("every code has a Spanish message (parity)", () => {
  it("the catalogue has exactly the codes of CODIGOS_AJUSTE", () => {
    expect(Object.keys(MENSAJES_AJUSTE).sort()).toEqual([...CODIGOS_AJUSTE].sort());
  });

  test.each([...CODIGOS_AJUSTE])("%s reads as a Spanish sentence with its params", (codigo) => {
    const params = {
      valor: "x",
      clave: "campo",
      que: "una columna",
      permitidas: ["a", "b"],
      opciones: ["a", "b"],
      esperado: "number",
      minimo: 1,
      requeridos: 4,
      cantidad: 2,
      suma: 80,
      nombre: "Bajo",
      a: "A",
      b: "B",
      en: 20,
      de: 10,
      desde: 5,
      hasta: 3,
      hoja: "PDM",
    };
    const texto = MENSAJES_AJUSTE[codigo](params);
    expect(texto).toMatch(/^[a-zá-úñ«]/);
    expect(texto).toMatch(/\.$/);
    expect(texto).not.toMatch(/undefined|\[object/);
  });
});

describe("zod's issues become our codes, with the path", () => {
  test.each<[string, z.ZodType, unknown, string]>([
    ["a missing key", z.object({ hoja: z.string() }), {}, "Falta «hoja»."],
    ["a wrong type", z.object({ hoja: z.string() }), { hoja: 7 }, "hoja: debe ser un texto, no 7."],
    ["a value outside an enum", z.object({ tope: z.enum(["100", "ninguno"]) }), { tope: "50" }, "tope: «50» no es válido; use 100 o ninguno."],
    ["a fraction where an integer goes", z.object({ anio: z.number().int() }), { anio: 2025.5 }, "anio: 2025.5 no es un número entero."],
    ["a number too small", z.object({ fila: z.number().min(1) }), { fila: 0 }, "fila: 0 debe ser 1 o más."],
    ["an unknown key of a strict object", z.strictObject({ a: z.number() }), { a: 1, b: 2 }, "b: «b» no es una propiedad de este objeto."],
  ])("%s", (_caso, esquema, valor, mensaje) => {
    const r = esquema.safeParse(valor, { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success) expect(problemasDeZod(r.error.issues).map(mensajeAjuste)).toEqual([mensaje]);
  });
});
