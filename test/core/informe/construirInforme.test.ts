/**
 * The Informe (issue 13) over the hand-built consolidation of test/core/reporte/_consolidacion.ts
 * (vigencia 2025, tope 100 %). Expected figures are worked out by hand from its matrix:
 *   plan: 10 metas, 9 programmed (204 has P 2025 = 0), 8 reported, 1 sin reporte (103);
 *         % vigencia = (0,8 + 0,4 + 0 + 1 + 0,99 + 0,54 + 1 + 0,56 + 0,805) / 9 = 67,7 %, Aceptable
 *   Salud: 3 metas, 3 programmed, 2 reported, 1 sin reporte; (0,8 + 0,4 + 0) / 3 = 40 %, Bajo
 *   cuatrienio: Σ A / 10 = 45,5 % against an esperado of 50 % (two of four equal years) → 91 %
 *   rezago (< 50 %): 102 at 10/25 = 40 %; sobreejecución: 201 at 8/5 = 160 %
 *   shares: Salud holds 3 of the plan's 10 metas (30 %), 1 of its 3 in rezago (33,3 %); 1 of the plan's 10 not programmed (10 %)
 *   budget (matrix columns, 2025): Salud 101 + 102 = 100 + 50 = 150 millones, compromisos 80 + 20 = 100 (66,7 %);
 *         Educación 201 + 202 = 200 + 30 = 230, compromisos 150 + 30 = 180 (78,3 %); Planeación none;
 *         plan 380, compromisos 280 (73,7 %); Educación's physical % = (min(8/5, 1) + 0,99 + 0,54) / 3 = 84,3 %
 */
import { consolidarPresupuesto } from "../../../src/core/calculo/presupuestoHojas";
import type { Consolidacion } from "../../../src/core/calculo/tipos";
import type { HojaReconocida } from "../../../src/core/matriz/tipos";
import { construirInforme, esCifra, textoParrafo, type Cifra, type Fragmento, type Informe, type OrigenCifra, type Parrafo } from "../../../src/core/informe";
import { construirConsolidacion } from "../reporte/_consolidacion";

const c = construirConsolidacion();
const informe = construirInforme(c);

const parrafosDe = (i: Informe): Parrafo[] => i.secciones.flatMap((s) => [...s.parrafos, ...s.listas.flatMap((l) => l.elementos)]);
const fragmentosDe = (i: Informe): Fragmento[] => [
  ...parrafosDe(i).flatMap((p) => p.fragmentos),
  ...i.secciones.flatMap((s) => s.tablas.flatMap((t) => t.filas.flat())).filter((f): f is Fragmento => f !== null),
];
const seccion = (titulo: string) => {
  const s = informe.secciones.find((x) => x.titulo === titulo);
  if (!s) throw new Error(`sin sección ${titulo}`);
  return s;
};

/** Reads an origin "<sujeto>#<campo>" in the consolidation (its budget as consolidarPresupuesto gives it), independently of the builders. */
function resolver(cons: Consolidacion, origen: OrigenCifra): unknown {
  const corte = origen.lastIndexOf("#");
  const sujeto = origen.slice(0, corte);
  let valor: unknown;
  const presupuesto = () => consolidarPresupuesto(cons);
  if (sujeto === "plan") valor = cons.plan;
  else if (sujeto.startsWith("presupuesto:")) {
    // a clave may hold "/" itself (a programa's "1/1.1"): the nivel ends at the first one
    const resto = sujeto.slice("presupuesto:".length);
    const barra = resto.indexOf("/");
    const n = presupuesto().niveles.find((x) => x.nivel === (barra < 0 ? resto : resto.slice(0, barra)));
    valor = barra < 0 ? n : n?.grupos.find((g) => g.grupo.clave === resto.slice(barra + 1));
  } else if (sujeto.startsWith("presupuestoHoja:")) {
    const [i, j] = sujeto.slice("presupuestoHoja:".length).split("/").map(Number);
    valor = presupuesto().hojas[i ?? -1]?.filas[j ?? -1];
  } else if (sujeto === "parametros") valor = cons.parametros;
  else if (sujeto.startsWith("grupo:")) {
    const resto = sujeto.slice("grupo:".length);
    const barra = resto.indexOf("/");
    valor = cons.grupos.find((g) => g.nivel === resto.slice(0, barra) && g.clave === resto.slice(barra + 1));
  } else if (sujeto.startsWith("meta:")) valor = cons.metas.find((m) => m.meta.id === sujeto.slice("meta:".length));
  for (const paso of origen.slice(corte + 1).split(".")) valor = (valor as Record<string, unknown> | undefined)?.[paso];
  return valor;
}

/** A read slot is its origin's value; a derived one (a share) is recomputed from its two origins. */
const valorDe = (cons: Consolidacion, x: Cifra): unknown =>
  typeof x.origen === "string" ? resolver(cons, x.origen) : Number(resolver(cons, x.origen.parte)) / Number(resolver(cons, x.origen.total));

/** The slots whose figure is not the value their origin names. */
const ajenas = (cons: Consolidacion, i: Informe): string[] =>
  fragmentosDe(i)
    .filter(esCifra)
    .filter((x) => valorDe(cons, x) !== x.cifra)
    .map((x) => `${JSON.stringify(x.origen)}=${x.cifra}`);

describe("every figure comes from the computation (issue 13: no figure is made up)", () => {
  const cifras = fragmentosDe(informe).filter(esCifra);

  it("has figures in paragraphs, lists and tables", () => {
    expect(cifras.length).toBeGreaterThan(100);
  });

  it("every typed slot equals the value its origin names in the consolidation", () => {
    expect(ajenas(c, informe)).toEqual([]);
  });

  it("the budget's figures are typed slots too: pesos of the plan and of the two dependencies with budget", () => {
    const pesos = cifras.filter((x) => x.formato === "moneda").map((x) => x.cifra);
    expect(pesos).toEqual([380_000_000, 280_000_000, 150_000_000, 100_000_000, 230_000_000, 180_000_000]);
  });

  it("derived slots (shares) are there, each of two read figures", () => {
    const derivadas = cifras.filter((x) => typeof x.origen !== "string");
    // 3 dependencies + 2 ejes + 3 programas share the plan's metas; the plan, Salud, eje 1 and programa 1.1 have metas in rezago;
    // the plan's metas not programmed (1 of 10)
    expect(derivadas).toHaveLength(13);
    expect(derivadas.map((x) => x.formato)).toEqual(Array<string>(13).fill("pct"));
  });

  it("every number in the rendered text is a figure of the consolidation (regex over the strings)", () => {
    // Numbers the data itself writes (codes and names of metas and groups, the corte date) are not figures.
    const datos = [
      ...c.metas.flatMap((m) => [m.meta.nombre, m.meta.codigo ?? ""]),
      ...c.grupos.flatMap((g) => [g.codigo === null ? g.nombre : `${g.codigo} ${g.nombre}`, g.nombre]),
      "31 de diciembre de 2025",
    ]
      .filter((d) => /\d/.test(d))
      .sort((a, b) => b.length - a.length);
    // shares computed here from the counts: a group's metas over the plan's, its rezago and its metas not programmed over its metas
    const partes = [c.plan, ...c.grupos].flatMap((g) => [
      g.conteos.metas / c.plan.conteos.metas,
      g.conteos.bajo50 / g.conteos.metas,
      g.conteos.noProgramadas / g.conteos.metas,
    ]);
    const porcentajes = [c.plan, ...c.grupos]
      .flatMap((g) => [g.pctVigencia, g.pctCuatrienio, g.esperado, g.cumplimiento, g.peso, g.presupuesto?.pct ?? null])
      .concat(partes)
      .concat(c.metas.flatMap((m) => [m.pctVigencia.bruto, m.pctCuatrienio.bruto]))
      .filter((x): x is number => x !== null);
    const enteros = [c.plan, ...c.grupos]
      .flatMap((g) => [...Object.values(g.conteos).filter((v): v is number => typeof v === "number"), ...Object.values(g.conteos.porSemaforo)])
      .concat([c.parametros.vigencia])
      .concat([c.plan, ...c.grupos].flatMap((g) => (g.presupuesto ? [g.presupuesto.programado, g.presupuesto.ejecutado] : [])));
    const ajenos: string[] = [];
    for (const p of parrafosDe(informe)) {
      let t = textoParrafo(p);
      for (const d of datos) t = t.split(d).join(" ");
      for (const m of t.matchAll(/(\d[\d.]*(?:,\d+)?)(\s?%)?/g)) {
        const n = Number((m[1] ?? "").replace(/\./g, "").replace(",", "."));
        const ok = m[2] ? porcentajes.some((v) => Math.abs(v * 100 - n) < 0.05 + 1e-9) : enteros.includes(n);
        if (!ok) ajenos.push(`${m[0]} en «${textoParrafo(p)}»`);
      }
    }
    expect(ajenos).toEqual([]);
  });
});

describe("the plan's paragraphs (register of the seeds)", () => {
  const textos = seccion("Resultados generales del plan").parrafos.map(textoParrafo);

  it("opens with the vigencia and the corte", () => {
    expect(textos[0]).toBe(
      "El presente informe de seguimiento presenta el avance de las metas del plan de desarrollo para la vigencia 2025, con corte al 31 de diciembre de 2025.",
    );
  });

  it("counts metas, programmed, reported and without report, with agreeing singulars", () => {
    expect(textos[1]).toBe(
      "El plan cuenta con 10 metas, de las cuales 9 están programadas para la vigencia y 1 no fue programada (10 % del total); reportaron ejecución 8 metas y 1 meta programada no tiene ningún reporte.",
    );
  });

  it("gives the % of the vigencia and its semáforo level", () => {
    expect(textos[2]).toBe("En la vigencia 2025 alcanzó un 67,7 % de ejecución de lo programado, que corresponde al nivel «Aceptable» del semáforo.");
  });

  it("gives the cuatrienio against the expected, and the cumplimiento", () => {
    // A = Σ of the ten metas' (E 2024 + E 2025) / M = 4,54875 / 10; X = 50 % for every meta; 45,4875 / 50 = 91 %
    expect(textos[3]).toBe(
      "El avance acumulado del cuatrienio es del 45,5 % frente a un avance esperado del 50 % a la fecha, lo que representa un cumplimiento del 91 %.",
    );
  });

  it("counts the metas per semáforo level, best first, greys last", () => {
    expect(textos[4]).toBe(
      "Según el semáforo, las metas se distribuyen así: 4 en «Sobresaliente», 2 en «Aceptable», 2 en «Bajo», 1 en «Sin reporte» y 1 en «Sin programación».",
    );
  });
});

describe("one section per dependency and per top-level node", () => {
  it("a dependency: «Esta dependencia cuenta con…» and its table of metas", () => {
    const s = seccion("Secretaría de Salud");
    expect(s.nivel).toBe(2);
    expect(textoParrafo(s.parrafos[0]!)).toBe(
      "Esta dependencia cuenta con 3 metas, que corresponden al 30 % del total de las metas del plan, de las cuales 3 están programadas para la vigencia 2025; reportaron ejecución 2 metas y 1 meta programada no tiene ningún reporte.",
    );
    expect(textoParrafo(s.parrafos[1]!)).toBe(
      "En la vigencia 2025 alcanzó un 40 % de ejecución de lo programado, que corresponde al nivel «Bajo» del semáforo.",
    );
    expect(s.tablas.map((t) => t.titulo)).toEqual(["Metas de Secretaría de Salud"]);
    expect(s.tablas[0]!.filas.map((f) => (f[0] && !esCifra(f[0]) ? f[0].texto : null))).toEqual(["101", "102", "103"]);
  });

  it("the dependencies come in the consolidation's order, then each eje with its programas below it", () => {
    expect(informe.secciones.map((s) => `${s.nivel} ${s.titulo}`)).toEqual([
      "1 Resultados generales del plan",
      "1 Resultados por dependencia",
      "2 Secretaría de Salud",
      "2 Secretaría de Educación",
      "2 Secretaría de Planeación",
      "1 Resultados por eje",
      "2 1 Bienestar social",
      "3 1.1 Salud para todos",
      "3 1.2 Educación de calidad",
      "2 2 Gobierno abierto",
      "3 2.1 Gestión pública efectiva",
      "1 Metas en rezago y con sobreejecución",
      "2 Metas en rezago",
      "2 Metas con sobreejecución",
    ]);
  });

  it("a meta's row: code, name, M, P, E, raw % vigencia (160 % shows the sobreejecución), % cuatrienio, semáforo, estado", () => {
    const fila = seccion("Secretaría de Educación").tablas[0]!.filas[0]!;
    const v = fila.map((f) => (f === null ? null : esCifra(f) ? f.cifra : f.texto));
    expect(v.slice(0, 5)).toEqual(["201", "Sedes educativas mejoradas", 20, 5, 8]);
    expect(v[5]).toBeCloseTo(1.6, 10);
    expect(v[6]).toBeCloseTo(13 / 20, 10);
    expect(v[7]).toBe("Sobresaliente");
  });
});

describe("shares of totals, in the seeds' register («47,7 % del total de las metas propuestas en el Plan»)", () => {
  it("a node's metas over the plan's: eje 1 holds 7 of the 10 (70 %)", () => {
    expect(textoParrafo(seccion("1 Bienestar social").parrafos[0]!)).toMatch(
      /^Agrupa 7 metas, que corresponden al 70 % del total de las metas del plan, de las cuales/,
    );
  });

  it("a group's rezago over its metas: 1 of Salud's 3 (33,3 %)", () => {
    expect(seccion("Secretaría de Salud").parrafos.map(textoParrafo)).toContain(
      "En rezago, con menos de la mitad de lo programado ejecutado, se encuentra 1 meta (33,3 % de sus metas); con sobreejecución, por encima de lo programado, 0 metas.",
    );
  });

  it("the plan's rezago over the plan's metas: 1 of 10 (10 %); the plan has no share of itself", () => {
    const plan = seccion("Resultados generales del plan").parrafos.map(textoParrafo);
    expect(plan).toContain(
      "En rezago, con menos de la mitad de lo programado ejecutado, se encuentra 1 meta (10 % de sus metas); con sobreejecución, por encima de lo programado, 1 meta.",
    );
    expect(plan.join(" ")).not.toMatch(/del total de las metas del plan/);
  });

  it("no share without a total: a group without metas in rezago says no «(0 % …)»", () => {
    expect(seccion("Secretaría de Planeación").parrafos.map(textoParrafo).join(" ")).not.toMatch(/de sus metas/);
  });
});

describe("lists of metas in rezago and with sobreejecución, by dependency", () => {
  it("rezago: 102 of Salud at 40 %", () => {
    const l = seccion("Metas en rezago").listas;
    expect(l.map((x) => [x.titulo, x.elementos.map(textoParrafo)])).toEqual([
      ["Secretaría de Salud", ["102 – + Cobertura de afiliación al régimen subsidiado: 40 % de lo programado."]],
    ]);
  });

  it("sobreejecución: 201 of Educación at 160 %", () => {
    const l = seccion("Metas con sobreejecución").listas;
    expect(l.map((x) => [x.titulo, x.elementos.map(textoParrafo)])).toEqual([
      ["Secretaría de Educación", ["201 – Sedes educativas mejoradas: 160 % de lo programado."]],
    ]);
  });
});

describe("the budget (SPEC §5.9): the Presupuesto sheet's figures in the seeds' register", () => {
  it("the plan: presupuesto definitivo, compromisos, ejecución presupuestal beside the physical %, in es-CO pesos", () => {
    expect(seccion("Resultados generales del plan").parrafos.map(textoParrafo).at(-1)).toBe(
      "El presupuesto definitivo de la vigencia fue de $ 380.000.000, con compromisos por $ 280.000.000: una ejecución presupuestal del 73,7 %, frente a un avance físico del 67,7 %.",
    );
  });

  it("a dependency with budget: one sentence, its own figures (Salud 150 / 100 millones, 66,7 % against 40 %)", () => {
    expect(seccion("Secretaría de Salud").parrafos.map(textoParrafo).at(-1)).toBe(
      "Su presupuesto definitivo de la vigencia fue de $ 150.000.000, con compromisos por $ 100.000.000: una ejecución presupuestal del 66,7 %, frente a un avance físico del 40 %.",
    );
    expect(seccion("Secretaría de Educación").parrafos.map(textoParrafo).at(-1)).toBe(
      "Su presupuesto definitivo de la vigencia fue de $ 230.000.000, con compromisos por $ 180.000.000: una ejecución presupuestal del 78,3 %, frente a un avance físico del 84,3 %.",
    );
  });

  it("no budget, no sentence: Planeación has no budget column filled; ejes and programas are not budget levels of the matrix", () => {
    for (const t of ["Secretaría de Planeación", "1 Bienestar social", "1.1 Salud para todos"])
      expect(seccion(t).parrafos.map(textoParrafo).join(" ")).not.toMatch(/presupuest/);
  });

  it("a matrix without budget: no budget sentence nor section anywhere", () => {
    const sin = construirInforme(construirConsolidacion({ sinPresupuesto: true }));
    const todo = sin.secciones.flatMap((s) => [s.titulo, ...s.parrafos.map(textoParrafo)]).join(" ");
    expect(todo).not.toMatch(/presupuest/i);
  });

  describe("with a budget sheet by programa joined to the matrix's programas", () => {
    // «EDUCACION DE CALIDAD» joins «Educación de calidad» once normalised; Cultura has no programa.
    // Sheet total: 400 + 100 + 50 = 550 millones, compromisos 300 + 90 + 10 = 400 → 72,7 %;
    // Salud para todos 300/400 = 75 % (physical: Salud's three metas, 40 %); Educación de calidad 90/100 = 90 % (84,3 %);
    // Cultura 10/50 = 20 %.
    const filas = [
      ["Salud para todos", 400_000_000, 300_000_000],
      ["EDUCACION DE CALIDAD", 100_000_000, 90_000_000],
      ["Cultura", 50_000_000, 10_000_000],
    ] as const;
    const base = construirConsolidacion();
    const hojaPresupuesto: HojaReconocida = {
      ...base.hojas[2]!,
      hoja: "Ejecución presupuestal",
      presupuesto: {
        por: "programa",
        filas: filas.map(([nombre, p, e], i) => ({
          fila: i + 2,
          celda: `A${i + 2}`,
          codigo: null,
          nombre,
          otras: [],
          presupuesto: [
            {
              anio: 2025,
              programado: { valor: p, estado: "numero", celda: `B${i + 2}` },
              ejecutado: { valor: e, estado: "numero", celda: `C${i + 2}` },
              pagos: null,
            },
          ],
        })),
      },
    };
    const cons: Consolidacion = { ...base, hojas: [...base.hojas, hojaPresupuesto] };
    const inf = construirInforme(cons);
    const de = (titulo: string) => inf.secciones.find((s) => s.titulo === titulo);

    it("every slot, the sheet's included, is the value its origin names", () => {
      expect(ajenas(cons, inf)).toEqual([]);
    });

    it("the plan speaks with the sheet's total (the entity's official report), not the matrix's columns", () => {
      expect(de("Resultados generales del plan")?.parrafos.map(textoParrafo).at(-1)).toBe(
        "El presupuesto definitivo de la vigencia fue de $ 550.000.000, con compromisos por $ 400.000.000: una ejecución presupuestal del 72,7 %, frente a un avance físico del 67,7 %.",
      );
    });

    it("each joined programa gets the sheet's figures; programa 2.1, without a row, gets none", () => {
      expect(de("1.1 Salud para todos")?.parrafos.map(textoParrafo).at(-1)).toBe(
        "Su presupuesto definitivo de la vigencia fue de $ 400.000.000, con compromisos por $ 300.000.000: una ejecución presupuestal del 75 %, frente a un avance físico del 40 %.",
      );
      expect(de("1.2 Educación de calidad")?.parrafos.map(textoParrafo).at(-1)).toBe(
        "Su presupuesto definitivo de la vigencia fue de $ 100.000.000, con compromisos por $ 90.000.000: una ejecución presupuestal del 90 %, frente a un avance físico del 84,3 %.",
      );
      expect(de("2.1 Gestión pública efectiva")?.parrafos.map(textoParrafo).join(" ")).not.toMatch(/presupuest/);
    });

    it("the dependencies, a level no sheet joins, keep the matrix's columns", () => {
      expect(de("Secretaría de Salud")?.parrafos.map(textoParrafo).at(-1)).toMatch(/^Su presupuesto definitivo de la vigencia fue de \$ 150\.000\.000,/);
    });

    it("the sheet's rows at or above 70 % and below it, Cultura included, before the metas in rezago", () => {
      const titulos = inf.secciones.map((s) => s.titulo);
      const s = de("Ejecución presupuestal por programa (hoja «Ejecución presupuestal»)");
      expect(titulos.indexOf(s?.titulo ?? "")).toBe(titulos.indexOf("Metas en rezago y con sobreejecución") - 1);
      expect(s?.listas.map((l) => [l.titulo, l.elementos.map(textoParrafo)])).toEqual([
        ["Ejecución presupuestal ≥ 70 %", ["Salud para todos: 75 % de ejecución presupuestal.", "EDUCACION DE CALIDAD: 90 % de ejecución presupuestal."]],
        ["Ejecución presupuestal < 70 %", ["Cultura: 20 % de ejecución presupuestal."]],
      ]);
    });
  });
});

describe("edge cases", () => {
  it("a consolidation without metas says so and lists nothing", () => {
    const vacia = construirInforme({ ...construirConsolidacion({ especs: [] }), niveles: [] });
    expect(vacia.secciones.map((s) => s.titulo)).toEqual(["Resultados generales del plan", "Metas en rezago y con sobreejecución"]);
    expect(vacia.secciones[0]!.parrafos.map(textoParrafo)).toContain("No hay metas consolidadas.");
  });

  it("is plain serialisable data", () => {
    expect(JSON.parse(JSON.stringify(informe))).toEqual(informe);
  });
});
