/**
 * Real workbooks with several views of one plan (../shared/fixtures/real/README.md §3, §4): La
 * Dorada's 2024 / 2025 / 2024-2027 sheets and Medellín's MISE, one seguimiento sheet per year with
 * quarterly figures to date. Expected figures are read from the workbook's own cells (its T/N, its
 * Q), never from the engine.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Hoja, Libro } from "../../../src/core/grid/libro";
import { resumenJson, type ResumenJson } from "../../../src/core/resumenJson";
import { leerArchivo } from "../../../src/io/xlsx/leerArchivo";
import { describeReal, rutaReal } from "../../helpers/fixturesReales";

const LA_DORADA = "ladorada-cumplimiento-pdt-2024-2027.xlsx";
const MISE = "medellin-mise-educacion-2024-2025.xlsx";

const col = (letras: string): number => [...letras].reduce((n, l) => n * 26 + l.charCodeAt(0) - 64, 0) - 1;
const num = (h: Hoja, fila: number, letras: string): number | null => {
  const v = h.valores[fila - 1]?.[col(letras)];
  return typeof v === "number" ? v : null;
};
const texto = (h: Hoja, fila: number, letras: string): string => {
  const v = h.valores[fila - 1]?.[col(letras)];
  return typeof v === "string" ? v.trim() : "";
};
const hojaDe = (l: Libro, nombre: string): Hoja => {
  const h = l.hojas.find((x) => x.nombre === nombre);
  if (!h) throw new Error(`falta la hoja ${nombre}`);
  return h;
};
const codigos = (r: ResumenJson): string[] => r.hallazgos.map((h) => h.codigo);

describeReal([LA_DORADA], "La Dorada: three views of one plan (README §3, SPEC §3.5)", () => {
  let libro: Libro;
  let r2025: ResumenJson;
  let r2024: ResumenJson;
  beforeAll(async () => {
    libro = await leerArchivo(rutaReal(LA_DORADA));
    r2025 = resumenJson(consolidar(libro, { vigencia: 2025 }));
    r2024 = resumenJson(consolidar(libro, { vigencia: 2024 }));
  }, 60_000);

  it("vigencia 2025: the 128 metas of METAS Y SECRETARIAS 2025, counted once though PDT % 2024-2027 repeats them", () => {
    expect(r2025.plan.metas).toBe(128);
    expect(new Set(r2025.metas.map((m) => m.hoja))).toEqual(new Set(["METAS Y SECRETARIAS 2025"]));
  });

  it("vigencia 2025: every meta's % (sin tope) is T/N, the entity's own Q, on all 128 rows", () => {
    const h = hojaDe(libro, "METAS Y SECRETARIAS 2025");
    let iguales = 0;
    for (const m of r2025.metas) {
      const t = num(h, m.fila, "T");
      const n = num(h, m.fila, "N");
      const q = num(h, m.fila, "Q");
      const esperado = t !== null && n !== null && n > 0 ? t / n : null;
      expect(m.pct_vigencia_sin_tope).toBeCloseTo(esperado ?? Number.NaN, 9);
      if (q !== null && Math.abs((m.pct_vigencia_sin_tope ?? Number.NaN) - q) < 1e-9) iguales++;
    }
    expect(iguales).toBe(128);
  });

  it("vigencia 2025: the 6 secretarías with their metas; the meta is named by its text (C), not its MGA code (E)", () => {
    const deps = Object.fromEntries(r2025.grupos.filter((g) => g.nivel === "dependencia").map((g) => [g.nombre, g.metas]));
    expect(deps).toEqual({
      "SECRETARÍA DE PLANEACIÓN": 55,
      "SECRETARÍA DE INTEGRACIÓN E INCLUSIÓN SOCIAL": 49,
      "SECRETARÍA DE SALUD": 10,
      "SECRETARÍA DE GOBIERNO": 8,
      "SECRETARÍA GENERAL ADMINISTRATIVA": 5,
      "SECRETARÍA DE HACIENDA": 1,
    });
    const h = hojaDe(libro, "METAS Y SECRETARIAS 2025");
    for (const m of r2025.metas) expect(m.nombre).toBe(texto(h, m.fila, "C").replace(/\s+/g, " "));
  });

  it("no duplicate, weight or discrepancy findings: shared MGA codes are not duplicates, the one-year share J is no weight", () => {
    for (const r of [r2025, r2024]) {
      expect(codigos(r)).not.toContain("E-META-DUPLICADA");
      expect(codigos(r)).not.toContain("A-PONDERACION-NO-SUMA-100");
      expect(codigos(r)).not.toContain("A-DISCREPANCIA-REPORTADO");
      expect(codigos(r)).not.toContain("A-COLUMNA-DUPLICADA");
    }
  });

  it("Acumulativo / No acumulativo are SUMA / CONSTANTE (SPEC §5.1)", () => {
    const h = hojaDe(libro, "METAS Y SECRETARIAS 2025");
    for (const m of r2025.metas) {
      const t = texto(h, m.fila, "L").toLowerCase();
      expect(m.tipo).toBe(t === "no acumulativo" ? "CONSTANTE" : "SUMA");
    }
  });

  it("vigencia 2024: the 90 metas of METAS Y SECRETARIAS 2024, each % equal to U/M, the definitive 2024 figure", () => {
    const h = hojaDe(libro, "METAS Y SECRETARIAS 2024");
    expect(r2024.plan.metas).toBe(90);
    for (const m of r2024.metas) {
      expect(m.hoja).toBe("METAS Y SECRETARIAS 2024");
      const u = num(h, m.fila, "U");
      const mm = num(h, m.fila, "M");
      expect(m.pct_vigencia_sin_tope).toBeCloseTo(u !== null && mm !== null && mm > 0 ? u / mm : Number.NaN, 9);
      expect(m.pct_vigencia_sin_tope).toBeCloseTo(num(h, m.fila, "R") ?? Number.NaN, 9);
    }
  });

  it("vigencia 2024: #REF! in every tipo cell is said at its cell and the meta read as SUMA (README §3.3)", () => {
    const ref = r2024.hallazgos.filter((x) => x.codigo === "A-TIPO-DESCONOCIDO");
    expect(ref).toHaveLength(90);
    expect(ref.every((x) => x.valor === "#REF!" && /^L\d+$/.test(x.celda ?? ""))).toBe(true);
    expect(r2024.metas.every((m) => m.tipo === "SUMA")).toBe(true);
  });

  it("vigencia 2024: the rows with values but no meta text are set aside and said (SPEC §3.6)", () => {
    const dudas = r2024.hallazgos.filter((x) => x.codigo === "A-RECONOCIMIENTO-DUDOSO" && x.hoja === "METAS Y SECRETARIAS 2024");
    expect(dudas.map((x) => x.mensaje).join(" ")).toMatch(/sin nombre de meta/);
  });

  it("the other views are listed among the sources, not consolidated", () => {
    const hojas = Object.fromEntries(r2025.hojas.map((h) => [h.hoja, h.metas]));
    expect(hojas["METAS Y SECRETARIAS 2025"]).toBe(128);
    expect(hojas["METAS Y SECRETARIAS 2024"]).toBe(0);
    expect(hojas["PDT % 2024-2027"]).toBe(0);
  });
});

describeReal([MISE], "Medellín MISE: one seguimiento sheet per year, quarterly figures to date (README §4)", () => {
  let libro: Libro;
  beforeAll(async () => {
    libro = await leerArchivo(rutaReal(MISE));
  }, 60_000);

  it("both seguimiento sheets are recognised; the instructions sheet is a hoja sin matriz", () => {
    const r = resumenJson(consolidar(libro, {}));
    expect(r.hojas.map((h) => [h.hoja, h.reconocida])).toEqual([
      ["1. Instructivo diligenciamiento", false],
      ["4. Seguimiento 2024...", true],
      ["4. Seguimiento 2025", true],
    ]);
    expect(codigos(r)).not.toContain("A-HOJA-DUPLICADA");
  });

  it("with no vigencia, the latest year with data (2025)", () => {
    expect(consolidar(libro, {}).parametros.vigencia).toBe(2025);
  });

  it.each([2024, 2025])("vigencia %i: the 7 indicators of that year's sheet, dependency by name", (vigencia) => {
    const r = resumenJson(consolidar(libro, { vigencia }));
    expect(r.metas).toHaveLength(7);
    expect(new Set(r.metas.map((m) => m.hoja)).size).toBe(1);
    expect(r.metas[0]?.hoja).toContain(String(vigencia));
    expect(r.grupos.filter((g) => g.nivel === "dependencia").map((g) => g.nombre)).toEqual(["Secretaría de Educación"]);
  });

  it("2025: programado from «Meta del indicador», ejecutado the last quarterly Resultado (to date), tipo from «Tipo de acumulación»", () => {
    const h = hojaDe(libro, "4. Seguimiento 2025");
    const c = consolidar(libro, { vigencia: 2025 });
    expect(c.hojas.find((x) => x.hoja === h.nombre)?.lecturaTrimestral?.lectura).toBe("acumuladoAnio");
    const tipos: Record<string, string> = { ACUMULADO: "SUMA", FLUJO: "CONSTANTE", STOCK: "CRECIENTE" };
    for (const m of c.metas) {
      const f = m.meta.fila;
      const resultados = ["Y", "AB", "AE", "AH"].map((l) => num(h, f, l)).filter((x): x is number => x !== null);
      expect(m.programado).toBe(num(h, f, "U"));
      expect(m.ejecutado).toBe(resultados.at(-1) ?? null);
      expect(m.tipo).toBe(tipos[texto(h, f, "X").toUpperCase()]);
    }
    // indicator 424 (Acumulado, meta 1200): 0, 662, 942, 1239 → 1239 of 1200 (103,25 %), not 2843
    const i424 = c.metas.find((m) => m.meta.codigo === "424");
    expect(i424?.pctVigencia?.bruto).toBeCloseTo(1239 / 1200, 9);
  });
});
