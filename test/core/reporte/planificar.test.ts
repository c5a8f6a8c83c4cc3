/** Plan-wide invariants of planificar() (SPEC §6, issue #4 item 1): structure, ranges, tables, literals, idempotence. */
import { parseRango } from "../../../src/core/grid/rango";
import type { TextoLiteral, ValorPlan } from "../../../src/core/reporte/plan";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion } from "./_consolidacion";
import { celdas, rangosFueraDeBloques, rectBloque } from "./_plan";

const CTX: ContextoPlan = {
  hojasExistentes: ["PDM", "Copia de PDM", "Instrucciones"],
  propiedadPrevia: null,
  fechaEjecucion: "2026-01-31T10:30:00Z",
  duracionMs: 1250,
};
const c = construirConsolidacion();
const plan = planificar(c, CTX);
const esLiteral = (v: ValorPlan): v is TextoLiteral => typeof v === "object" && v !== null;

describe("planificar: the sheets of SPEC §6", () => {
  it("writes Resumen, Informe, Por dependencia, Metas por dependencia, one Por <nivel> per nivel present, Metas por <top nivel>, Alertas, Hallazgos, Presupuesto and Datos, in tab order", () => {
    expect(plan.hojas.map((h) => [h.clave, h.nombre])).toEqual([
      ["resumen", "Resumen"],
      ["informe", "Informe"],
      ["dependencias", "Por dependencia"],
      ["metas:dependencia", "Metas por dependencia"],
      ["nivel:eje", "Por eje"],
      ["nivel:programa", "Por programa"],
      ["metas:eje", "Metas por eje"],
      ["alertas", "Alertas"],
      ["hallazgos", "Hallazgos"],
      ["presupuesto", "Presupuesto"],
      ["datos", "Datos"],
    ]);
  });

  it("Presupuesto is written only when budget data exists (SPEC §6)", () => {
    const sin = planificar(construirConsolidacion({ sinPresupuesto: true }), CTX);
    expect(sin.hojas.map((h) => h.clave)).not.toContain("presupuesto");
  });

  it("records every produced sheet as owned: name → clave", () => {
    expect(plan.propiedad.hojas).toEqual(Object.fromEntries(plan.hojas.map((h) => [h.nombre, h.clave])));
    expect(plan.eliminar).toEqual([]);
  });
});

describe("planificar: what a writer can rely on", () => {
  it("every range referenced by formats, styles, tables, conditional formats, links and charts lies inside a written block", () => {
    expect(rangosFueraDeBloques(plan)).toEqual([]);
    expect(rangosFueraDeBloques(planificar(construirConsolidacion({ tope: "ninguno" }), CTX))).toEqual([]);
  });

  it("the checker itself catches a range outside the blocks", () => {
    const h = plan.hojas[0]!;
    const roto = { ...plan, hojas: [{ ...h, formatos: [...h.formatos, { rango: "ZZ900", formato: "0" }] }] };
    expect(rangosFueraDeBloques(roto)).toEqual([`${h.nombre}/formato: ${h.nombre}!ZZ900`]);
  });

  it("chart ranges point at the plan's own sheets", () => {
    const nombres = new Set(plan.hojas.map((h) => h.nombre));
    const graficos = plan.hojas.flatMap((h) => h.graficos);
    expect(graficos.length).toBeGreaterThanOrEqual(7);
    for (const g of graficos) {
      expect(nombres.has(g.categorias.hoja)).toBe(true);
      g.series.forEach((s) => expect(nombres.has(s.valores.hoja)).toBe(true));
    }
  });

  it("chart series have as many values as categories", () => {
    for (const g of plan.hojas.flatMap((h) => h.graficos)) {
      const n = (r: string) => {
        const x = parseRango(r);
        return (x.fila2 - x.fila1 + 1) * (x.columna2 - x.columna1 + 1);
      };
      for (const s of g.series) {
        expect(n(s.valores.rango)).toBe(n(g.categorias.rango));
        if (s.coloresPuntos) expect(s.coloresPuntos).toHaveLength(n(g.categorias.rango));
      }
    }
  });

  it("chart ids are unique within the plan", () => {
    const ids = plan.hojas.flatMap((h) => h.graficos.map((g) => g.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("every block is rectangular", () => {
    for (const h of plan.hojas)
      for (const b of h.bloques) {
        expect(b.valores.length).toBeGreaterThan(0);
        const ancho = b.valores[0]!.length;
        b.valores.forEach((f) => expect(f).toHaveLength(ancho));
      }
  });

  it("no two blocks of a sheet overlap (no cell is written twice)", () => {
    for (const h of plan.hojas) {
      const rects = h.bloques.map(rectBloque);
      rects.forEach((a, i) =>
        rects.slice(i + 1).forEach((b) => {
          const solapan = a.fila1 <= b.fila2 && b.fila1 <= a.fila2 && a.columna1 <= b.columna2 && b.columna1 <= a.columna2;
          expect(solapan ? `${h.nombre}: ${JSON.stringify(a)} / ${JSON.stringify(b)}` : null).toBeNull();
        }),
      );
    }
  });

  it("table names are unique in the workbook and valid Excel names (letters, digits, underscore; not a cell address)", () => {
    const nombres = plan.hojas.flatMap((h) => h.tablas.map((t) => t.nombre));
    expect(new Set(nombres.map((n) => n.toUpperCase())).size).toBe(nombres.length);
    nombres.forEach((n) => {
      expect(n).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
      expect(n).not.toMatch(/^[A-Za-z]{1,3}\d+$/);
    });
  });

  it("every sheet has a frozen header and readable column widths (8–70 characters)", () => {
    for (const h of plan.hojas) {
      expect(h.inmovilizar).not.toBeNull();
      expect(h.anchos.length).toBeGreaterThan(0);
      h.anchos.forEach((a) => {
        expect(a.ancho).toBeGreaterThanOrEqual(8);
        expect(a.ancho).toBeLessThanOrEqual(70);
      });
    }
  });

  it("numbers are written as numbers: no cell holds a preformatted % or thousands string", () => {
    for (const h of plan.hojas)
      for (const v of celdas(h).values()) {
        if (typeof v === "string") expect(v).not.toMatch(/^-?[\d.,]+\s?%$|^\d{1,3}(\.\d{3})+(,\d+)?$/);
      }
  });

  it("the plan is plain serialisable data", () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });
});

describe("edge cases", () => {
  it("a workbook without metas (E-SIN-MATRIZ) still gets a valid plan: no tables without rows, no charts without data", () => {
    const vacia = construirConsolidacion({ especs: [] });
    const p = planificar({ ...vacia, niveles: [] }, CTX);
    // no dependencies and no niveles: no Metas por … sheet, whose blocks would all be empty
    expect(p.hojas.map((h) => h.clave)).toEqual(["resumen", "informe", "dependencias", "alertas", "hallazgos", "datos"]);
    expect(rangosFueraDeBloques(p)).toEqual([]);
    const graficos = p.hojas.filter((h) => h.clave !== "resumen").flatMap((h) => h.graficos);
    expect(graficos).toEqual([]);
    p.hojas
      .flatMap((h) => h.tablas)
      .forEach((t) => {
        const r = parseRango(t.rango);
        expect(r.fila2).toBeGreaterThan(r.fila1);
      });
  });
});

describe("text that looks like a formula is marked to be written as text (SPEC §4)", () => {
  const todas = plan.hojas.flatMap((h) => [...celdas(h).values()]);

  it("no plain string cell starts with = + - @", () => {
    expect(todas.filter((v) => typeof v === "string" && /^[=+\-@]/.test(v))).toEqual([]);
  });

  it.each(["+ Cobertura de afiliación al régimen subsidiado", "-Bibliotecas escolares dotadas", "@Trámites en línea", "=SUMA(N1:N3)"])(
    "%s arrives as a TextoLiteral",
    (texto) => {
      expect(todas.some((v) => esLiteral(v) && v.texto === texto)).toBe(true);
    },
  );
});

describe("idempotence (SPEC §6): same input, same plan", () => {
  it("planning twice gives equal plans", () => {
    expect(planificar(construirConsolidacion(), CTX)).toEqual(plan);
  });

  it.each([
    ["fechaEjecucion", { ...CTX, fechaEjecucion: "2026-02-01T08:00:00Z" }],
    ["duracionMs", { ...CTX, duracionMs: 99 }],
  ] as const)("changing only %s changes exactly one Resumen cell", (_campo, otro) => {
    const b = planificar(c, otro);
    const difieren: string[] = [];
    plan.hojas.forEach((h, i) => {
      const x = celdas(h);
      const y = celdas(b.hojas[i]!);
      for (const [a1, v] of x) if (JSON.stringify(v) !== JSON.stringify(y.get(a1))) difieren.push(`${h.nombre}!${a1}`);
    });
    expect(difieren).toHaveLength(1);
    expect(difieren[0]).toMatch(/^Resumen!B\d+$/);
  });
});
