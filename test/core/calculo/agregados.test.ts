import type { NivelMeta } from "../../../src/core/matriz/tipos";
import type { Grupo } from "../../../src/core/calculo/tipos";
import { calcular, meta } from "./_meta";

const eje = (codigo: string, peso: number | null = null): NivelMeta => ({ nivel: "eje", codigo, nombre: `Eje ${codigo}`, peso });
const programa = (codigo: string): NivelMeta => ({ nivel: "programa", codigo, nombre: `Programa ${codigo}`, peso: null });

function grupo(grupos: readonly Grupo[], nivel: string, clave: string): Grupo {
  const g = grupos.find((x) => x.nivel === nivel && x.clave === clave);
  if (!g) throw new Error(`sin grupo ${nivel} ${clave}`);
  return g;
}

/** 0,8 reportada · sin reporte · no programada con ejecución 3 · 150 % reportada. */
const CUATRO = () => [
  meta({ m: 40, anios: { 2024: { p: 10, e: 8 } } }),
  meta({ m: 40, anios: { 2024: { p: 10, e: null } } }),
  meta({ m: 40, anios: { 2024: { p: 0, e: 3 } } }),
  meta({ m: 40, anios: { 2024: { p: 10, e: 15 } } }),
];

describe("roll-ups (SPEC §5.7)", () => {
  it("% vigencia: media de las programadas; sin reporte cuenta 0; no programadas fuera", () => {
    const c = calcular(CUATRO(), { vigencia: 2024 });
    expect(c.plan.pctVigencia).toBeCloseTo((0.8 + 0 + 1) / 3, 10);
    expect(calcular(CUATRO(), { vigencia: 2024, tope: "ninguno" }).plan.pctVigencia).toBeCloseTo((0.8 + 0 + 1.5) / 3, 10);
  });

  it("% cuatrienio: media de todas las metas con valor", () => {
    const c = calcular(CUATRO(), { vigencia: 2024 });
    expect(c.plan.pctCuatrienio).toBeCloseTo((8 / 40 + 0 + 3 / 40 + 15 / 40) / 4, 10);
  });

  it("conteos: programadas, con/sin reporte, no programadas, ejecución sin programación, sobreejecutadas, bajo 50 %", () => {
    const metas = [...CUATRO(), meta({ m: 40, anios: { 2024: { p: 10, e: 4 } } })];
    const { conteos } = calcular(metas, { vigencia: 2024 }).plan;
    expect(conteos).toEqual({
      metas: 5,
      programadas: 4,
      conReporte: 3,
      sinReporte: 1,
      noProgramadas: 1,
      ejecucionSinProgramacion: 1,
      sobreejecutadas: 1,
      bajo50: 1,
      porSemaforo: { Aceptable: 1, "Sin reporte": 1, "Sin programación": 1, Sobresaliente: 1, Bajo: 1 },
    });
  });

  it("dependencias agrupadas por nombre normalizado, mostradas como se escribieron primero", () => {
    const c = calcular(
      [
        meta({ dependencia: "Secretaría de Salud", anios: { 2024: { p: 10, e: 10 } } }),
        meta({ dependencia: "Sec. Gobierno", anios: { 2024: { p: 10, e: 5 } } }),
        meta({ dependencia: " SECRETARIA  DE SALUD ", anios: { 2024: { p: 10, e: 6 } } }),
      ],
      { vigencia: 2024 },
    );
    const deps = c.grupos.filter((g) => g.nivel === "dependencia");
    expect(deps.map((g) => [g.nombre, g.clave, g.conteos.metas])).toEqual([
      ["Secretaría de Salud", "SECRETARIA DE SALUD", 2],
      ["Sec. Gobierno", "SEC. GOBIERNO", 1],
    ]);
    expect(deps[0]?.pctVigencia).toBeCloseTo(0.8, 10);
    expect(deps[0]?.padre).toBeNull();
  });

  it("niveles: nodos por su camino de códigos, en orden del plan, con su padre; dependencias primero", () => {
    const c = calcular(
      [
        meta({ niveles: [eje("2"), programa("1")], anios: { 2024: { p: 1, e: 1 } } }),
        meta({ niveles: [eje("1"), programa("1")], anios: { 2024: { p: 1, e: 0 } } }),
        meta({ niveles: [eje("2"), programa("1")], anios: { 2024: { p: 1, e: 0.5 } } }),
      ],
      { vigencia: 2024 },
    );
    expect(c.niveles).toEqual(["eje", "programa"]);
    expect(c.grupos.map((g) => [g.nivel, g.clave, g.padre])).toEqual([
      ["dependencia", "SECRETARIA DE PLANEACION", null],
      ["eje", "2", null],
      ["eje", "1", null],
      ["programa", "2 / 1", "2"],
      ["programa", "1 / 1", "1"],
    ]);
    expect(grupo(c.grupos, "programa", "2 / 1").pctVigencia).toBeCloseTo(0.75, 10);
    expect(grupo(c.grupos, "programa", "2 / 1").metas).toHaveLength(2);
  });

  it("niveles de hojas con jerarquías distintas se fusionan de arriba abajo", () => {
    const c = calcular(
      [meta({ niveles: [programa("1")], anios: { 2024: { p: 1, e: 1 } } }), meta({ niveles: [eje("1"), programa("1")], anios: { 2024: { p: 1, e: 1 } } })],
      { vigencia: 2024 },
    );
    expect(c.niveles).toEqual(["eje", "programa"]);
  });

  describe("ponderación", () => {
    const metas = (pesoA: number, pesoB: number) => [
      meta({ niveles: [eje("A", pesoA)], anios: { 2024: { p: 1, e: 1 } } }),
      meta({ niveles: [eje("A", pesoA)], anios: { 2024: { p: 1, e: 0.5 } } }),
      meta({ niveles: [eje("B", pesoB)], anios: { 2024: { p: 1, e: 0 } } }),
    ];

    it("iguales (por defecto): media simple de las metas", () => {
      expect(calcular(metas(0.6, 0.4), { vigencia: 2024 }).plan.pctVigencia).toBeCloseTo(0.5, 10);
    });

    it("matriz: Σ w·valor(hijo) / Σ w con los pesos del eje", () => {
      expect(calcular(metas(0.6, 0.4), { vigencia: 2024, ponderacion: "matriz" }).plan.pctVigencia).toBeCloseTo(0.6 * 0.75, 10);
    });

    it("matriz: pesos que no suman 100 % se normalizan", () => {
      expect(calcular(metas(0.3, 0.2), { vigencia: 2024, ponderacion: "matriz" }).plan.pctVigencia).toBeCloseTo(0.45, 10);
    });

    it("matriz: ponderación por meta dentro de su dependencia", () => {
      const c = calcular([meta({ ponderacion: 3, anios: { 2024: { p: 1, e: 1 } } }), meta({ ponderacion: 1, anios: { 2024: { p: 1, e: 0 } } })], {
        vigencia: 2024,
        ponderacion: "matriz",
      });
      expect(c.grupos[0]?.pctVigencia).toBeCloseTo(0.75, 10);
      expect(c.plan.pctVigencia).toBeCloseTo(0.75, 10);
    });
  });

  it("semáforo y texto de estado del grupo; grises cuando no hay programadas o reportes", () => {
    const c = calcular(
      [
        meta({ dependencia: "A", anios: { 2024: { p: 10, e: 8 } } }),
        meta({ dependencia: "B", anios: { 2024: { p: 0, e: null } } }),
        meta({ dependencia: "C", anios: { 2024: { p: 10, e: null } } }),
      ],
      { vigencia: 2024 },
    );
    expect(c.grupos.map((g) => [g.nombre, g.semaforo, g.estadoTexto])).toEqual([
      ["A", "Aceptable", "Rezago del 20 %"],
      ["B", "Sin programación", "No programada"],
      ["C", "Sin reporte", "Sin reporte"],
    ]);
  });

  it("presupuesto: ejecutado / presupuestado por meta y por grupo, sin tope (SPEC §5.9)", () => {
    const c = calcular(
      [
        meta({
          anios: { 2024: { p: 1, e: 1 } },
          presupuesto: [
            { anio: 2024, programado: 100, ejecutado: 120, pagos: 90 },
            { anio: 2025, programado: 999, ejecutado: 1 },
          ],
        }),
        meta({ anios: { 2024: { p: 1, e: 1 } }, presupuesto: [{ anio: null, programado: 50, ejecutado: 20 }] }),
        meta({ anios: { 2024: { p: 1, e: 1 } } }),
      ],
      { vigencia: 2024 },
    );
    expect(c.metas.map((m) => m.presupuesto)).toEqual([
      { programado: 100, ejecutado: 120, pagos: 90, pct: 1.2 },
      { programado: 50, ejecutado: 20, pagos: null, pct: 0.4 },
      null,
    ]);
    expect(c.plan.presupuesto).toEqual({ programado: 150, ejecutado: 140, pagos: 90, pct: 140 / 150 });
  });
});
