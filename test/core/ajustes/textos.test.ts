/** Settings typed as text (CLI options, the pane's fields) and the settings object, through the contract. */
import { componerAjustes, leerAjustes, leerTexto, mensajesAjuste, type Resultado } from "../../../src/core/ajustes";
import { PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";

function valor<T>(r: Resultado<T>): T {
  if (!r.ok) throw new Error(mensajesAjuste(r.problemas));
  return r.valor;
}

describe("year weights: one rule for the CLI and the pane (SPEC §5.5)", () => {
  test.each([
    ["15,35,35,15", [0.15, 0.35, 0.35, 0.15]],
    ["15 / 35 / 35 / 15", [0.15, 0.35, 0.35, 0.15]],
    ["12,5 / 37,5 / 37,5 / 12,5", [0.125, 0.375, 0.375, 0.125]],
    ["12.5,37.5,37.5,12.5", [0.125, 0.375, 0.375, 0.125]],
    ["0.25 0.25 0.25 0.25", [0.25, 0.25, 0.25, 0.25]],
  ])("«%s» → %j", (texto, esperado) => {
    expect(valor(leerTexto("pesosAnio", texto)).map((p) => Math.round(p * 1e9) / 1e9)).toEqual(esperado);
  });

  test.each([
    ["10,10", /Se necesitan 4 pesos/],
    ["10,20,30,20", /suman 80 %/],
    ["-5,35,35,35", /«-5»|-5 debe ser 0 o más/],
  ])("«%s» is refused", (texto, mensaje) => {
    const r = leerTexto("pesosAnio", texto);
    expect(r.ok ? "" : mensajesAjuste(r.problemas)).toMatch(mensaje);
  });
});

describe("choices: the CLI word or the core's value", () => {
  test.each([
    ["esperado", "iguales", "anios-iguales"],
    ["esperado", "anios-iguales", "anios-iguales"],
    ["tope", "100%", "100"],
    ["ponderacion", "matriz", "matriz"],
    ["semaforo", "dnp-5", "dnp-5"],
  ] as const)("%s «%s» → %s", (campo, texto, esperado) => {
    expect(valor(leerTexto(campo, texto))).toBe(esperado);
  });

  test.each([
    ["vigencia", "2025", 2025],
    ["corte", "t.3", "T3"],
    ["corte", "2025-09-30", "2025-09-30"],
  ] as const)("%s «%s» → %j", (campo, texto, esperado) => {
    expect(valor(leerTexto(campo, texto))).toBe(esperado);
  });
});

describe("bands (--bandas) over a preset", () => {
  it("municipal-3 written as bands is municipal-3's levels, colours included", () => {
    const bandas = valor(leerTexto("bandas", "Sobresaliente:81,Aceptable:56,Bajo:0"));
    const s = valor(componerAjustes({ bandas })).semaforo;
    expect(typeof s === "object" ? s.niveles : null).toEqual(PRESETS_SEMAFORO["municipal-3"].niveles);
    expect(typeof s === "object" ? [s.preset, s.decimales, s.cienEnElSuperior] : null).toEqual(["personalizado", 0, true]);
  });

  it("keeps the rounding and cap of the preset chosen with them, and a colour given", () => {
    const bandas = valor(leerTexto("bandas", "Rojo:0:#ff0000,Verde:50.1"));
    const s = valor(componerAjustes({ bandas, semaforo: "segplan" })).semaforo;
    expect(typeof s === "object" ? [s.decimales, s.cienEnElSuperior, s.niveles[0]?.color] : null).toEqual([1, false, "#FF0000"]);
  });

  it("year weights alone mean esperado por pesos", () => {
    expect(valor(componerAjustes({ pesosAnio: [0.15, 0.35, 0.35, 0.15] })).esperado).toBe("pesos");
  });
});

describe("the settings object (saved settings, the pane's form)", () => {
  it("collects every problem with its path", () => {
    const r = leerAjustes({ vigencia: "2025", tope: "50", otra: 1 });
    expect(r.ok ? [] : r.problemas.map((p) => [p.codigo, p.ruta.join(".")])).toEqual([
      ["AJ-TIPO", "vigencia"],
      ["AJ-OPCION", "tope"],
      ["AJ-PROPIEDAD", "otra"],
    ]);
  });

  it("an empty object is valid: every setting has a default", () => {
    expect(leerAjustes({})).toEqual({ ok: true, valor: {} });
  });
});
