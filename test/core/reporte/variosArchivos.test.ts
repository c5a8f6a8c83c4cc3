/**
 * Several input files consolidated together (issue 12, probe item 7): every finding names its
 * file — Hallazgos' «Archivo» column and the JSON's hallazgos[].archivo — and only cells of the
 * first file (the workbook the report is written into) are linked. A cell of another file gets
 * no link: the output is a copy that travels without the other files, so a path into them would
 * break (README, «Varios archivos»).
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Valor } from "../../../src/core/grid/libro";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { resumenJson } from "../../../src/core/resumenJson";
import { unirLibros } from "../../../src/core/grid/unirLibros";
import { hoja as hojaGrid, libro } from "../../helpers/grid";
import { celdas, hoja } from "./_plan";

const ENCABEZADO: Valor[] = ["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024"];

/** Ejecutado 2024 of the rows 3–6 (programado 5): 80 %, except a text at row `textoEn` (E-NO-NUMERICO) and 20 % on row 6 (bajo 50 %). */
function ejecutado(fila: number, textoEn: number): Valor {
  if (fila === textoEn) return "cumplida";
  return fila === 6 ? 1 : 4;
}

/** The same sheet name "PDM" in both files. */
function archivo(nombre: string, dependencia: string, textoEn: number): ReturnType<typeof libro> {
  const filas: Valor[][] = [[`Secretaría de ${dependencia}`], ENCABEZADO];
  for (let fila = 3; fila <= 6; fila++) filas.push([`${dependencia[0]}${fila}`, `Meta ${dependencia} ${fila}`, "SUMA", 10, 5, ejecutado(fila, textoEn)]);
  return { ...libro([hojaGrid("PDM", filas, { archivo: nombre })]), archivos: [nombre] };
}

const unido = unirLibros([archivo("a.xlsx", "Salud", 4), archivo("b.xlsx", "Gobierno", 5)], ["a.xlsx", "b.xlsx"]);
const c = consolidar(unido, { vigencia: 2024 });
const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 10 };
const plan = planificar(c, CTX);
const noNumericos = c.hallazgos.filter((h) => h.codigo === "E-NO-NUMERICO");

describe("several input files: each finding names its file (issue 12, probe 7)", () => {
  it("the findings of both files carry their file, the cell each was written in", () => {
    expect(noNumericos.map((h) => [h.archivo, h.hoja, h.celda])).toEqual([
      ["a.xlsx", "PDM", "F4"],
      ["b.xlsx", "PDM", "F5"],
    ]);
  });

  it("JSON: hallazgos[].archivo", () => {
    const json = resumenJson(c).hallazgos.filter((h) => h.codigo === "E-NO-NUMERICO");
    expect(json.map((h) => [h.archivo, h.celda])).toEqual([
      ["a.xlsx", "F4"],
      ["b.xlsx", "F5"],
    ]);
  });

  it("Hallazgos: an «Archivo» column; the first file's cell is linked, the second file's is not (it would point into the first)", () => {
    const h = hoja(plan, "hallazgos");
    const m = celdas(h);
    const encabezados = [...m].filter(([a1]) => /^[A-Z]+4$/.test(a1)).map(([, v]) => v);
    expect(encabezados).toContain("Archivo");
    const columnaArchivo = [...m].find(([a1, v]) => a1.endsWith("4") && v === "Archivo")?.[0].replace(/\d+$/, "") ?? "";
    const columnaCelda = [...m].find(([a1, v]) => a1.endsWith("4") && v === "Celda")?.[0].replace(/\d+$/, "") ?? "";
    const filaDe = (archivoFinding: string, celda: string): number => {
      for (let f = 5; f < 5 + c.hallazgos.length; f++)
        if (m.get(`${columnaArchivo}${f}`) === archivoFinding && m.get(`${columnaCelda}${f}`) === celda) return f;
      throw new Error(`sin fila para ${archivoFinding} ${celda}`);
    };
    const vinculoEn = (f: number) => h.vinculos.find((v) => v.celda === `${columnaCelda}${f}`) ?? null;
    expect(vinculoEn(filaDe("a.xlsx", "F4"))).toMatchObject({ hoja: "PDM", destino: "F4" });
    expect(vinculoEn(filaDe("b.xlsx", "F5"))).toBeNull();
  });

  it("one input file: no «Archivo» column and archivo null in the JSON (the pane's workbook has no file name: the same JSON)", () => {
    const solo = consolidar(archivo("a.xlsx", "Salud", 4), { vigencia: 2024 });
    const encabezados = [...celdas(hoja(planificar(solo, CTX), "hallazgos"))].filter(([a1]) => /^[A-Z]+4$/.test(a1)).map(([, v]) => v);
    expect(encabezados).toContain("Celda");
    expect(encabezados).not.toContain("Archivo");
    expect(solo.hallazgos.find((h) => h.codigo === "E-NO-NUMERICO")?.archivo).toBe("a.xlsx");
    expect(resumenJson(solo).hallazgos.map((h) => h.archivo)).not.toContain("a.xlsx");
  });

  it("Alertas: the bajo-50 % meta of the first file is linked to its ejecutado, the second file's is listed without a link", () => {
    const h = hoja(plan, "alertas");
    const m = celdas(h);
    const filaCon = (texto: string): string => {
      const a1 = [...m].find(([, v]) => v === texto)?.[0];
      if (a1 === undefined) throw new Error(`sin ${texto}`);
      return a1.replace(/^[A-Z]+/, "");
    };
    const vinculosFila = (fila: string) => h.vinculos.filter((v) => v.celda.replace(/^[A-Z]+/, "") === fila);
    expect(vinculosFila(filaCon("Meta Salud 6"))).toEqual([expect.objectContaining({ hoja: "PDM", destino: "F6" })]);
    expect(vinculosFila(filaCon("Meta Gobierno 6"))).toEqual([]);
  });
});
