import { ErrorParametros } from "../../../src/core/fallos";
import { resolverParametros } from "../../../src/core/calculo/parametros";
import { PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";
import type { Ajustes } from "../../../src/core/calculo/tipos";
import { lectura, meta, type OpcionesLectura, type OpcionesMeta } from "./_meta";

function parametros(metas: OpcionesMeta[], ajustes: Ajustes = {}, o: OpcionesLectura = {}) {
  return resolverParametros(
    lectura(
      metas.map((m) => meta(m)),
      o,
    ),
    ajustes,
  );
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
    const p = parametros([{ anios: { 2024: { p: 5, e: 5 }, 2025: { p: 5, e: 5 } } }], { vigencia: 2024 });
    expect(p.vigencia).toBe(2024);
    expect(p.motivoVigencia).toBe("se indicó en los ajustes");
  });
});

describe("vigencia por defecto: el último año en que la matriz de verdad reporta (SPEC §8, issue 12 probe 8)", () => {
  /** 100 metas that all report 2025 and are all programmed in 2026; `en2026` of them carry a 2026 ejecutado. */
  const plan = (en2026: number): OpcionesMeta[] =>
    Array.from({ length: 100 }, (_, i) => ({
      anios: { 2024: { p: 5, e: 5 }, 2025: { p: 5, e: 4 }, 2026: { p: 5, e: i < en2026 ? 1 : null }, 2027: { p: 5 } },
    }));

  it("one stray ejecutado typed in 2026 does not move a 2025 report, and the reason names it", () => {
    const p = parametros(plan(1));
    expect(p.vigencia).toBe(2025);
    expect(p.motivoVigencia).toBe(
      "es el último año con ejecución reportada en al menos el 3 % de sus metas programadas (100 de 100 metas programadas); 2026 la tiene en solo 1 de 100 metas programadas, lo que no basta",
    );
  });

  // the bar is 3 % of the programmed metas: 2 of 100 stay below it, 3 of 100 reach it
  test.each<[number, number]>([
    [0, 2025],
    [2, 2025],
    [3, 2026],
    [60, 2026],
  ])("%i of 100 programmed metas reporting 2026 → vigencia %i", (en2026, vigencia) => {
    expect(parametros(plan(en2026)).vigencia).toBe(vigencia);
  });

  it("the share is of the metas programmed that year, not of all metas", () => {
    // 2026 programmed for only 10 metas, and 1 of them reports: 10 % of the programmed ones
    const metas: OpcionesMeta[] = Array.from({ length: 100 }, (_, i) => ({
      anios: { 2025: { p: 5, e: 4 }, 2026: i < 10 ? { p: 5, e: i === 0 ? 1 : null } : { p: 0 } },
    }));
    const p = parametros(metas);
    expect(p.vigencia).toBe(2026);
    expect(p.motivoVigencia).toMatch(/\(1 de 10 metas programadas\)$/);
  });

  it("a small matrix reports with its first ejecutado (at least one meta)", () => {
    expect(parametros([{ anios: { 2025: { p: 5, e: 5 } } }, { anios: { 2025: { p: 5, e: 0 } } }]).vigencia).toBe(2025);
  });

  it("without any ejecutado, the reason says which year was taken instead", () => {
    expect(parametros([{ anios: { 2026: { p: 5, e: null } } }]).motivoVigencia).toBe("es el único año de la matriz");
    expect(parametros([{ anios: { 2024: { p: 5, e: 0 }, 2025: { p: 5 } } }], {}, { vigenciaTitulo: 2025 }).motivoVigencia).toBe(
      "la nombran el título o el nombre de la hoja, y ningún año tiene ejecución reportada",
    );
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
    [
      [0.15, 0.35, 0.35, 0.15],
      [0.15, 0.35, 0.35, 0.15],
    ],
    [
      [15, 35, 35, 15],
      [0.15, 0.35, 0.35, 0.15],
    ],
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
