import fc from "fast-check";
import type { MetaLeida, TipoAcumulacion } from "../../../src/core/matriz/tipos";
import { normalizar } from "../../../src/core/texto/normalizar";
import type { Ajustes, Consolidacion, Grupo } from "../../../src/core/calculo/tipos";
import { calcular, meta, type Celda } from "./_meta";

const ANIOS = [2024, 2025, 2026, 2027];
const AJUSTES: Ajustes = { vigencia: 2025, corte: "T3" };

const valor = fc.option(fc.integer({ min: 0, max: 30 }), { nil: null });
const especArb = fc.record({
  dep: fc.constantFrom("Salud", "SALUD ", "Gobierno", "Educación", "EDUCACION"),
  eje: fc.constantFrom("1", "2", "3"),
  prog: fc.constantFrom("1", "2"),
  tipo: fc.constantFrom<TipoAcumulacion>("SUMA", "CONSTANTE", "CRECIENTE", "DECRECIENTE"),
  lb: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
  m: fc.option(fc.integer({ min: 1, max: 100 }), { nil: null }),
  p: fc.array(valor, { minLength: 4, maxLength: 4 }),
  e: fc.array(fc.oneof(valor, fc.constant<Celda>("ND")), { minLength: 4, maxLength: 4 }),
  trimestres: fc.array(valor, { minLength: 4, maxLength: 4 }),
  ponderacion: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  presupuesto: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
});
type Espec = typeof especArb extends fc.Arbitrary<infer T> ? T : never;

/** Eje weights depend only on the eje, as in a real matrix (the first row would win otherwise). */
const PESO_EJE: Record<string, number> = { "1": 0.5, "2": 0.3, "3": 0.25 };

function construir(specs: readonly Espec[]): MetaLeida[] {
  return specs.map((s, i) =>
    meta({
      fila: i + 2,
      dependencia: s.dep,
      niveles: [
        { nivel: "eje", codigo: s.eje, nombre: `Eje ${s.eje}`, peso: PESO_EJE[s.eje] ?? null },
        { nivel: "programa", codigo: s.prog, nombre: `Programa ${s.prog}`, peso: null },
      ],
      tipo: s.tipo,
      lb: s.lb,
      m: s.m,
      ponderacion: s.ponderacion,
      anios: Object.fromEntries(
        ANIOS.map((a, k) => [a, { p: s.p[k] ?? null, e: s.e[k] ?? null, ...(a === 2025 ? { pt: s.trimestres, et: s.trimestres.slice(0, 3) } : {}) }]),
      ),
      presupuesto: s.presupuesto === null ? [] : [{ anio: 2025, programado: 1000, ejecutado: s.presupuesto }],
    }),
  );
}

const r = (x: number | null) => (x === null ? null : Math.round(x * 1e9) / 1e9);

/** A group's figures, independent of the order metas came in. */
function cifras(g: Grupo) {
  return {
    conteos: g.conteos,
    pctVigencia: r(g.pctVigencia),
    pctCuatrienio: r(g.pctCuatrienio),
    esperado: r(g.esperado),
    cumplimiento: r(g.cumplimiento),
    semaforo: g.semaforo,
    estadoTexto: g.estadoTexto,
    presupuesto: g.presupuesto && { ...g.presupuesto, pct: r(g.presupuesto.pct) },
    metas: [...g.metas].sort(),
    padre: g.padre,
  };
}

function porClave(c: Consolidacion): Record<string, ReturnType<typeof cifras>> {
  const entradas: [string, ReturnType<typeof cifras>][] = [
    ["plan", cifras(c.plan)],
    ...c.grupos.map((g): [string, ReturnType<typeof cifras>] => [`${g.nivel}|${g.clave}`, cifras(g)]),
  ];
  return Object.fromEntries(entradas);
}

function shuffled<T>(lista: readonly T[], orden: readonly number[]): T[] {
  return orden.map((i) => lista[i] as T);
}

describe("pruebas metamórficas de los roll-ups (STYLE §8, SPEC §5.7)", () => {
  test.each<[string, Ajustes]>([
    ["ponderación iguales", AJUSTES],
    ["ponderación de la matriz, sin tope", { ...AJUSTES, ponderacion: "matriz", tope: "ninguno" }],
  ])("barajar las filas no cambia ningún roll-up (%s)", (_n, ajustes) => {
    const arb = fc
      .array(especArb, { minLength: 1, maxLength: 25 })
      .chain((specs) => fc.tuple(fc.constant(specs), fc.shuffledSubarray([...specs.keys()], { minLength: specs.length, maxLength: specs.length })));
    fc.assert(
      fc.property(arb, ([specs, orden]) => {
        const metas = construir(specs);
        const antes = calcular(metas, ajustes, { anios: ANIOS });
        const despues = calcular(shuffled(metas, orden), ajustes, { anios: ANIOS });
        expect(porClave(despues)).toEqual(porClave(antes));
      }),
      { seed: 20241124, numRuns: 150 },
    );
  });

  it("consolidar las dependencias una por una da lo mismo que consolidarlas juntas", () => {
    fc.assert(
      fc.property(fc.array(especArb, { minLength: 1, maxLength: 25 }), (specs) => {
        const metas = construir(specs);
        const juntas = calcular(metas, AJUSTES, { anios: ANIOS });
        const porMeta = new Map(juntas.metas.map((m) => [m.meta.id, m]));
        for (const dep of juntas.grupos.filter((g) => g.nivel === "dependencia")) {
          const sola = calcular(
            metas.filter((m) => normalizar(m.dependencia) === dep.clave),
            AJUSTES,
            { anios: ANIOS },
          );
          expect({ ...cifras(sola.plan), padre: null }).toEqual(cifras(dep));
          for (const m of sola.metas) expect(m).toEqual(porMeta.get(m.meta.id));
        }
      }),
      { seed: 42, numRuns: 150 },
    );
  });
});
