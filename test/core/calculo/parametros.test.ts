import { ErrorParametros } from "../../../src/core/fallos";
import { resolverParametros } from "../../../src/core/calculo/parametros";
import { PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";
import type { Ajustes } from "../../../src/core/calculo/tipos";
import { lectura, meta, type OpcionesLectura, type OpcionesMeta } from "./_meta";

function parametros(metas: OpcionesMeta[], ajustes: Ajustes = {}, o: OpcionesLectura = {}) {
  return resolverParametros(lectura(metas.map((m) => meta(m)), o), ajustes);
}

describe("vigencia por defecto (SPEC §8)", () => {
  it("el último año con ejecutado distinto de cero: los ceros de relleno no cuentan", () => {
    const p = parametros([{ anios: { 2024: { p: 5, e: 5 }, 2025: { p: 5, e: 3 }, 2026: { p: 5, e: 0 }, 2027: { p: 5 } } }]);
    expect(p.vigencia).toBe(2025);
  });

  it("sin ejecutado, el año del título", () => {
    const p = parametros([{ anios: { 2024: { p: 5, e: 0 }, 2025: { p: 5 }, 2026: { p: 5 }, 2027: { p: 5 } } }], {}, { vigenciaTitulo: 2026 });
    expect(p.vigencia).toBe(2026);
  });

  it("sin ejecutado ni título, el único año", () => {
    expect(parametros([{ anios: { 2026: { p: 5, e: null } } }]).vigencia).toBe(2026);
  });

  it("la vigencia dada por el usuario manda", () => {
    expect(parametros([{ anios: { 2024: { p: 5, e: 5 }, 2025: { p: 5, e: 5 } } }], { vigencia: 2024 }).vigencia).toBe(2024);
  });
});

describe("corte (SPEC §8)", () => {
  const dos = [{ anios: { 2021: { p: 5, e: 5 } } }];
  test.each<[string | undefined, { fecha: string; trimestre: number | null }]>([
    ["2021-09-30", { fecha: "2021-09-30", trimestre: null }],
    ["T3", { fecha: "2021-09-30", trimestre: 3 }],
    ["t1", { fecha: "2021-03-31", trimestre: 1 }],
    [undefined, { fecha: "2021-12-31", trimestre: null }],
  ])("%s", (corte, esperado) => {
    expect(parametros(dos, corte === undefined ? {} : { corte }).corte).toEqual(esperado);
  });

  it("por defecto, el corte leído del título cuando es de la vigencia", () => {
    const corteTitulo = { fecha: "2026-03-31", trimestre: 1 as const };
    expect(parametros([{ anios: { 2026: { p: 5, e: 1 } } }], {}, { corteTitulo }).corte).toEqual(corteTitulo);
  });
});

describe("demás valores por defecto (SPEC §8)", () => {
  it("tope 100, municipal-3, esperado por programación, ponderación iguales", () => {
    const p = parametros([{ anios: { 2024: { p: 5, e: 5 } } }]);
    expect(p.tope).toBe("100");
    expect(p.semaforo).toBe(PRESETS_SEMAFORO["municipal-3"]);
    expect(p.esperado).toBe("programacion");
    expect(p.ponderacion).toBe("iguales");
    expect(p.pesosAnio).toBeNull();
  });

  test.each<[number[], number, number[]]>([
    [[2024, 2025, 2026, 2027], 2025, [2024, 2025, 2026, 2027]],
    [[2021], 2021, [2020, 2021, 2022, 2023]],
    [[2026], 2026, [2024, 2025, 2026, 2027]],
  ])("cuatrienio de los años %j con vigencia %i", (anios, vigencia, cuatrienio) => {
    const m = { anios: Object.fromEntries(anios.map((a) => [a, { p: 1, e: 1 }])) };
    expect(parametros([m], { vigencia }).cuatrienio).toEqual(cuatrienio);
  });
});

describe("pesos por año (SPEC §5.5)", () => {
  test.each<[number[], number[]]>([
    [[0.15, 0.35, 0.35, 0.15], [0.15, 0.35, 0.35, 0.15]],
    [[15, 35, 35, 15], [0.15, 0.35, 0.35, 0.15]],
  ])("%j se usan como fracciones", (pesosAnio, esperado) => {
    const p = parametros([{ anios: { 2024: { p: 5, e: 5 } } }], { esperado: "pesos", pesosAnio });
    expect(p.pesosAnio?.map((x) => Math.round(x * 1e9) / 1e9)).toEqual(esperado);
  });
});

describe("parámetros inválidos: ErrorParametros con mensaje en español", () => {
  const una = [{ anios: { 2024: { p: 5, e: 5 } } }];
  test.each<[string, Ajustes, RegExp]>([
    ["vigencia que no está en la matriz", { vigencia: 2030 }, /La vigencia 2030 no está en la matriz \(vigencias encontradas: 2024\)/],
    ["corte con formato dd/mm/aaaa", { corte: "30/09/2024" }, /corte: «30\/09\/2024» no es un corte válido/],
    ["corte con fecha imposible", { corte: "2024-02-30" }, /no es un corte válido/],
    ["trimestre T5", { corte: "T5" }, /no es un corte válido/],
    ["corte fuera de la vigencia", { vigencia: 2024, corte: "2023-09-30" }, /no cae en la vigencia 2024/],
    ["esperado por pesos sin pesos", { esperado: "pesos" }, /necesita 4 pesos por año/],
    ["dos pesos para un cuatrienio de cuatro años", { esperado: "pesos", pesosAnio: [10, 10] }, /se necesitan 4 pesos, uno por año del cuatrienio, y hay 2/],
    ["un semáforo que no existe", { semaforo: "nada" as "dnp-5" }, /semaforo: «nada» no es válido; use municipal-3, dnp-5, cuatro-niveles o segplan/],
    ["pesos que no suman 100 %", { esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.1] }, /deben sumar 100 % y suman 95 %/],
  ])("%s", (_n, ajustes, mensaje) => {
    let error: unknown;
    try {
      parametros(una, ajustes);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ErrorParametros);
    expect((error as Error).name).toBe("ErrorParametros");
    expect((error as Error).message).toMatch(mensaje);
  });
});
