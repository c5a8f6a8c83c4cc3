/**
 * Metas por dependencia, Metas por eje, the Informe sheet and Datos' new columns (issue 13), over the
 * hand-built consolidation of _consolidacion.ts (vigencia 2025; P and E of 2025 per meta).
 */
import { parseRango } from "../../../src/core/grid/rango";
import { direccion } from "../../../src/core/grid/direccion";
import { construirInforme, textoParrafo } from "../../../src/core/informe";
import { NOMBRE_TABLA_DATOS } from "../../../src/core/reporte/hojaDatos";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion, ESPECS } from "./_consolidacion";
import { celdaDeTabla, celdas, comoTexto, cubierto, formatosDe, hoja, registros } from "./_plan";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };
const c = construirConsolidacion();
const plan = planificar(c, CTX);
const porDep = hoja(plan, "metas:dependencia");
const porEje = hoja(plan, "metas:eje");
const informe = hoja(plan, "informe");

/** The text right above a table: its block's title. */
const tituloDe = (h: typeof porDep, nombreTabla: string): string => {
  const r = parseRango(h.tablas.find((t) => t.nombre === nombreTabla)!.rango);
  return comoTexto(celdas(h).get(direccion(r.fila1 - 1, r.columna1)));
};

describe("Metas por dependencia: one titled block per dependency (issue 13)", () => {
  it("has one table per dependency, titled, in the consolidation's order", () => {
    expect(porDep.tablas.map((t) => [t.nombre, tituloDe(porDep, t.nombre)])).toEqual([
      ["Seg_Metas_Dependencia_1", "Metas de Secretaría de Salud"],
      ["Seg_Metas_Dependencia_2", "Metas de Secretaría de Educación"],
      ["Seg_Metas_Dependencia_3", "Metas de Secretaría de Planeación"],
    ]);
  });

  it("each table lies inside the blocks written on the sheet", () => {
    for (const t of porDep.tablas) expect(cubierto(porDep, t.rango)).toBe(true);
  });

  it("a block holds its dependency's metas with code, name, M, P, E, % vigencia, % cuatrienio, semáforo, estado and observaciones", () => {
    const filas = registros(porDep, "Seg_Metas_Dependencia_1");
    expect(Object.keys(filas[0]!)).toEqual([
      "Código",
      "Meta",
      "Meta cuatrienio",
      "Programado",
      "Ejecutado",
      "% vigencia",
      "% cuatrienio",
      "Semáforo",
      "Estado",
      "Observaciones",
    ]);
    expect(filas.map((f) => f["Código"])).toEqual(["101", "102", "103"]);
    // 101: M 1000, P 2025 250, E 2025 200 → 80 %; (250 + 200) / 1000 = 45 %
    expect(filas[0]).toMatchObject({ "Meta cuatrienio": 1000, Programado: 250, Ejecutado: 200, Semáforo: "Aceptable" });
    expect(filas[0]!["% vigencia"]).toBeCloseTo(0.8, 10);
    expect(filas[0]!["% cuatrienio"]).toBeCloseTo(0.45, 10);
    // 103 has no E for 2025: no % is made up for it (SPEC §5.2: shown as Sin reporte)
    expect(filas[2]).toMatchObject({ Ejecutado: null, Semáforo: "Sin reporte" });
  });

  it("% columns are formatted as percentages", () => {
    expect(formatosDe(porDep, celdaDeTabla(porDep, "Seg_Metas_Dependencia_2", "% vigencia", 0))).toContain("0.0%");
    expect(formatosDe(porDep, celdaDeTabla(porDep, "Seg_Metas_Dependencia_2", "% cuatrienio", 0))).toContain("0.0%");
  });

  it("every meta is in exactly one dependency block", () => {
    const codigos = porDep.tablas.flatMap((t) => registros(porDep, t.nombre).map((f) => f["Código"]));
    expect(codigos.sort()).toEqual(ESPECS.map((e) => e.codigo).sort());
  });
});

describe("Metas por eje: the top level only", () => {
  it("has one block per eje and none per programa", () => {
    expect(porEje.tablas.map((t) => tituloDe(porEje, t.nombre))).toEqual(["Metas de 1 Bienestar social", "Metas de 2 Gobierno abierto"]);
    expect(plan.hojas.map((h) => h.clave)).not.toContain("metas:programa");
    expect(registros(porEje, porEje.tablas[1]!.nombre).map((f) => f["Código"])).toEqual(["301", "302", "303"]);
  });
});

describe("Informe sheet", () => {
  const textos = [...celdas(informe).values()].map(comoTexto);

  it("writes every heading and every paragraph of the Informe", () => {
    const inf = construirInforme(c);
    for (const s of inf.secciones) {
      expect(textos).toContain(s.titulo);
      for (const p of s.parrafos) expect(textos).toContain(textoParrafo(p));
    }
  });

  it("paragraphs sit in a wrapped column B of readable width", () => {
    const fila = [...celdas(informe).entries()].find(([, v]) => typeof v === "string" && v.startsWith("El plan cuenta con"))![0];
    expect(fila).toMatch(/^B\d+$/);
    const celda = parseRango(fila);
    const envuelta = informe.estilos.some((e) => {
      const r = parseRango(e.rango);
      return e.ajustarTexto === true && r.fila1 <= celda.fila1 && celda.fila1 <= r.fila2 && r.columna1 <= celda.columna1 && celda.columna1 <= r.columna2;
    });
    expect(envuelta).toBe(true);
    expect(informe.anchos.find((a) => a.columna === 1)?.ancho).toBe(70);
  });

  it("a paragraph longer than a line gets the rows' height of its lines, so no paragraph is drawn over the next", () => {
    const altos = new Map(informe.altos.map((a) => [a.fila, a.alto]));
    const textos = [...celdas(informe).entries()].filter(([d, v]) => d.startsWith("B") && typeof v === "string" && v.startsWith("El plan cuenta con"));
    expect(textos.length).toBeGreaterThan(0);
    for (const [d, v] of textos) {
      const texto = comoTexto(v);
      // at least one 15-point line per 70 characters (a wrapped line never holds more than the column's width)
      expect(texto.length).toBeGreaterThan(70);
      expect(altos.get(parseRango(d).fila1)).toBeGreaterThanOrEqual(15 * Math.ceil(texto.length / 70));
    }
    // headings and blank rows keep the default height
    for (const [d, v] of celdas(informe)) if (d.startsWith("A") && v !== null) expect(altos.has(parseRango(d).fila1)).toBe(false);
  });

  it("has the tables of metas of each dependency and eje, inside written blocks", () => {
    expect(informe.tablas.map((t) => t.nombre)).toEqual(["Seg_Informe_1", "Seg_Informe_2", "Seg_Informe_3", "Seg_Informe_4", "Seg_Informe_5"]);
    for (const t of informe.tablas) expect(cubierto(informe, t.rango)).toBe(true);
  });
});

describe("Datos gains Ponderación, Programado anual and Observaciones", () => {
  const filas = registros(hoja(plan, "datos"), NOMBRE_TABLA_DATOS);

  it("has the three columns", () => {
    expect(Object.keys(filas[0]!)).toEqual(expect.arrayContaining(["Ponderación", "Programado anual", "Observaciones"]));
  });

  it("Programado anual is the year's P on every year's row (204: 4 in 2024, 0 in 2025)", () => {
    const de204 = filas.filter((f) => f["Código"] === "204").map((f) => [f["Año"], f["Programado anual"]]);
    expect(de204).toEqual([
      [2024, 4],
      [2025, 0],
      [2026, 2],
      [2027, 2],
    ]);
  });
});
