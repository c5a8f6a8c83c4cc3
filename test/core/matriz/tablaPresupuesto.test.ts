/**
 * A separate budget sheet (SPEC §5.9, issue 13): recognised as a budget table by its words and
 * its cells, never as a matrix missing its meta. Figures below are read off the grids by hand.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { leerLibro } from "../../../src/core/matriz/leerLibro";
import { describirTablaPresupuesto } from "../../../src/core/matriz/tablaPresupuesto";
import type { Valor } from "../../../src/core/grid/libro";
import { hoja, libro } from "../../helpers/grid";

const MATRIZ = hoja("PDM 2024-2027", [
  ["Sector", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
  ["Salud", "Vacunar niños", "Secretaría de Salud", 100, 80],
  ["Transporte", "Pavimentar vías", "Secretaría de Obras", 5, 2],
]);

/** The layout that used to raise E-COLUMNA-FALTANTE: a plain «EJECUTADO» beside the appropriation. */
const POR_SECTOR = hoja("Ejecución presupuestal", [
  ["EJECUCIÓN PRESUPUESTAL VIGENCIA 2024"],
  [],
  ["SECTOR", "PRESUPUESTO DEFINITIVO", "EJECUTADO", "PAGOS", "% EJECUCIÓN"],
  ["SALUD", "$ 1.200.000.000,00", "$ 900.000.000,00", "$ 600.000.000,00", "75%"],
  ["Transporte", 300_000_000, 150_000_000, 100_000_000, 0.5],
  ["Cultura", "$ 200.000.000", "$ 180.000.000", "$ 0", "90%"],
  ["TOTAL", "$ 1.700.000.000,00", "$ 1.230.000.000,00", "$ 700.000.000,00", "72%"],
]);

function hojaLeida(hojas: Parameters<typeof libro>[0], nombre: string) {
  const l = leerLibro(libro(hojas));
  const h = l.hojas.find((x) => x.hoja === nombre);
  if (!h) throw new Error(`sin hoja ${nombre}`);
  return { lectura: l, h };
}

describe("A separate budget sheet is a budget table, not a failed matrix (SPEC §5.9, §3.6)", () => {
  const { lectura, h } = hojaLeida([MATRIZ, POR_SECTOR], "Ejecución presupuestal");

  it("no E-COLUMNA-FALTANTE nor A-RECONOCIMIENTO-DUDOSO on it; the matrix beside it is still the matrix", () => {
    const suyos = lectura.hallazgos.filter((x) => x.hoja === "Ejecución presupuestal").map((x) => x.codigo);
    expect(suyos).toEqual([]);
    expect(lectura.hojas.find((x) => x.hoja === "PDM 2024-2027")?.reconocida).toBe(true);
    expect(lectura.metas).toHaveLength(2);
  });

  it("is no matrix (reconocida false, 0 metas) but a budget table by sector, header on row 3", () => {
    expect([h.reconocida, h.metas, h.filaEncabezado, h.presupuesto?.por]).toEqual([false, 0, 3, "sector"]);
  });

  it("«EJECUTADO» in a table of amounts without metas is the budget executed; the year comes from the title", () => {
    expect(h.columnas.map((c) => [c.letra, c.campo, c.nivel, c.anio])).toEqual([
      ["A", "nivel", "sector", null],
      ["B", "presupuestoProgramado", null, 2024],
      ["C", "presupuestoEjecutado", null, 2024],
      ["D", "presupuestoPagos", null, 2024],
    ]);
  });

  it("the TOTAL row is not a row; es-CO money text is read by the value rules (SPEC §4)", () => {
    const filas = h.presupuesto?.filas ?? [];
    expect(filas.map((f) => [f.fila, f.nombre])).toEqual([
      [4, "SALUD"],
      [5, "Transporte"],
      [6, "Cultura"],
    ]);
    expect(filas.map((f) => f.presupuesto.map((p) => [p.anio, p.programado?.valor, p.ejecutado?.valor, p.pagos?.valor]))).toEqual([
      [[2024, 1_200_000_000, 900_000_000, 600_000_000]],
      [[2024, 300_000_000, 150_000_000, 100_000_000]],
      [[2024, 200_000_000, 180_000_000, 0]],
    ]);
  });

  it("the sources list it as «hoja de presupuesto: N filas por sector»", () => {
    expect(describirTablaPresupuesto(h.presupuesto!)).toBe("hoja de presupuesto: 3 filas por sector");
  });

  it("a money cell that is no number is E-NO-NUMERICO at its cell, and the row stays", () => {
    const mala = hoja("Presupuesto", [
      ["SECTOR", "APROPIACIÓN DEFINITIVA", "COMPROMISOS"],
      ["Salud", "sin dato aún", 5_000],
      ["Transporte", 10_000, 2_000],
    ]);
    const r = hojaLeida([MATRIZ, mala], "Presupuesto");
    expect(r.lectura.hallazgos.filter((x) => x.hoja === "Presupuesto").map((x) => [x.codigo, x.celda])).toEqual([["E-NO-NUMERICO", "B2"]]);
    expect(r.h.presupuesto?.filas.map((f) => f.nombre)).toEqual(["Salud", "Transporte"]);
  });
});

describe("Budget sheets by project, dependency or programa (SPEC §5.9)", () => {
  it("project rows: «CÓDIGO BPIN | PROYECTO | SECTOR | APROPIACIÓN | COMPROMISOS» is read by project, its sector kept beside", () => {
    const proyectos = hoja("Proyectos", [
      ["CÓDIGO BPIN", "PROYECTO", "SECTOR", "APROPIACIÓN", "COMPROMISOS"],
      ["2024257540001", "Vacunación casa a casa", "Salud", 100, 80],
      ["2024257540002", "Dotación del hospital", "Salud", 300, 150],
      ["2024257540003", "Vía a la vereda", "Transporte", 200, 200],
    ]);
    const { lectura, h } = hojaLeida([MATRIZ, proyectos], "Proyectos");
    expect(lectura.hallazgos.filter((x) => x.hoja === "Proyectos")).toEqual([]);
    expect(h.presupuesto?.por).toBe("proyecto");
    expect(h.presupuesto?.filas.map((f) => [f.codigo, f.nombre, f.otras])).toEqual([
      ["2024257540001", "Vacunación casa a casa", [{ por: "sector", nombre: "Salud" }]],
      ["2024257540002", "Dotación del hospital", [{ por: "sector", nombre: "Salud" }]],
      ["2024257540003", "Vía a la vereda", [{ por: "sector", nombre: "Transporte" }]],
    ]);
  });

  it.each([
    [["SECRETARÍA", "APROPIACIÓN", "OBLIGACIONES"], "dependencia"],
    [["PROGRAMA", "APROPIACIÓN DEFINITIVA", "EJECUTADO", "PORCENTAJE"], "programa"],
  ] as const)("%j is a budget table by %s", (encabezado, por) => {
    const filas: Valor[][] = [[...encabezado], ["Salud", 1_000, 700, 0.7], ["Obras", 2_000, 500, 0.25]];
    const { lectura, h } = hojaLeida([MATRIZ, hoja("Presupuesto", filas)], "Presupuesto");
    expect(lectura.hallazgos.filter((x) => x.hoja === "Presupuesto")).toEqual([]);
    expect([h.presupuesto?.por, h.presupuesto?.filas.length]).toEqual([por, 2]);
  });
});

describe("A pivot of the budget, whose label column has no field word", () => {
  const pivote = hoja("EJECUCIÓN 2024 POR SECTOR", [
    [],
    [],
    ["Etiquetas de fila", "Suma de PRESUPUESTO DEFINITIVO", "Suma de PRESUPUESTO OBLIGADO"],
    ["01 - Salud", 1_000, 900],
    ["02 - Transporte", 2_000, 500],
    ["Total general", 3_000, 1_400],
  ]);
  const { lectura, h } = hojaLeida([MATRIZ, pivote], "EJECUCIÓN 2024 POR SECTOR");

  it("«OBLIGADO» is budget executed; the first text column is the label, by sector as the sheet's name says", () => {
    expect(lectura.hallazgos.filter((x) => x.hoja === pivote.nombre)).toEqual([]);
    expect(h.columnas.map((c) => [c.letra, c.campo, c.nivel, c.anio])).toEqual([
      ["A", "nivel", "sector", null],
      ["B", "presupuestoProgramado", null, 2024],
      ["C", "presupuestoEjecutado", null, 2024],
    ]);
    expect(h.presupuesto?.filas.map((f) => f.nombre)).toEqual(["01 - Salud", "02 - Transporte"]);
  });
});

describe("What only looks like a budget sheet stays what it is", () => {
  it("a matrix with budget columns and metas stays a matrix: its budget is per meta", () => {
    const c = consolidar(
      libro([
        hoja("PDM", [
          ["Sector", "Meta de producto", "Meta 2024", "Avance meta 2024", "APROPIACIÓN DEFINITIVA 2024", "COMPROMISOS 2024"],
          ["Salud", "Vacunar niños", 100, 80, 1_000, 900],
          ["Salud", "Controlar el dengue", 10, 10, 3_000, 1_500],
        ]),
      ]),
    );
    const [h] = c.hojas;
    expect([h?.reconocida, h?.metas, h?.presupuesto]).toEqual([true, 2, undefined]);
    expect(c.metas.map((m) => [m.presupuesto?.programado, m.presupuesto?.ejecutado])).toEqual([
      [1_000, 900],
      [3_000, 1_500],
    ]);
  });

  it("a matrix header missing its programado and ejecutado is still E-COLUMNA-FALTANTE, never a budget table", () => {
    const { lectura, h } = hojaLeida(
      [
        MATRIZ,
        hoja("Plan", [
          ["Sector", "Meta de producto", "Dependencia", "Unidad de medida", "Línea base"],
          ["Salud", "Vacunar", "Salud", "Número", 3],
        ]),
      ],
      "Plan",
    );
    expect(h.presupuesto).toBeUndefined();
    expect(lectura.hallazgos.filter((x) => x.hoja === "Plan").map((x) => x.codigo)).toEqual(["E-COLUMNA-FALTANTE"]);
  });

  it("a sheet of appropriations without a row label is no budget table", () => {
    const { h } = hojaLeida(
      [
        MATRIZ,
        hoja("Cifras", [
          ["APROPIACIÓN", "COMPROMISOS"],
          [1_000, 500],
        ]),
      ],
      "Cifras",
    );
    expect(h.presupuesto).toBeUndefined();
  });
});
