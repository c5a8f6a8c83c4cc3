/**
 * Budget sheets joined to the matrix (SPEC §5.9, issue 13): rows to groups by normalised name,
 * shares of the total, % never capped. Every expected figure is worked out by hand from the grids.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { consolidarPresupuesto } from "../../../src/core/calculo/presupuestoHojas";
import type { Hoja } from "../../../src/core/grid/libro";
import { hoja, libro } from "../../helpers/grid";
import { MATRIZ_SECTORES as MATRIZ, PRESUPUESTO_POR_SECTOR as POR_SECTOR } from "../../helpers/presupuesto";

function presupuesto(hojas: readonly Hoja[]) {
  const c = consolidar(libro(hojas), { vigencia: 2024 });
  return { c, p: consolidarPresupuesto(c) };
}

describe("Budget sheet by sector joined to the matrix's sectors (SPEC §5.9)", () => {
  const { c, p } = presupuesto([MATRIZ, POR_SECTOR]);
  const [x] = p.hojas;

  it("joins to the sector level by normalised name («SALUD» = «Salud», «Educacion» = «Educación»); Cultura has no group", () => {
    expect(x?.nivel).toBe("sector");
    expect(x?.filas.map((f) => [f.fila.nombre, f.grupo?.nivel ?? null, f.grupo?.nombre ?? null])).toEqual([
      ["SALUD", "sector", "Salud"],
      ["Educacion", "sector", "Educación"],
      ["Transporte", "sector", "Transporte"],
      ["Cultura", null, null],
    ]);
  });

  it("per row: % = compromisos / presupuestado, never capped (Educación 550/500 = 110 %)", () => {
    expect(x?.filas.map((f) => f.presupuesto.pct)).toEqual([900 / 1200, 550 / 500, 150 / 300, 180 / 200]);
    expect(x?.filas.map((f) => f.presupuesto.pagos)).toEqual([600_000_000, 400_000_000, 100_000_000, 0]);
  });

  it("participación: the row's presupuestado over the sheet's total 2 200 millones (the TOTAL row is not read)", () => {
    expect(x?.total?.programado).toBe(2_200_000_000);
    expect(x?.total?.ejecutado).toBe(1_780_000_000);
    const partes = x?.filas.map((f) => f.participacion) ?? [];
    [1200 / 2200, 500 / 2200, 300 / 2200, 200 / 2200].forEach((v, i) => expect(partes[i]).toBeCloseTo(v, 12));
  });

  it("per joined group: the sheet's figures, its share and its physical % of the vigencia beside", () => {
    const sectores = p.niveles.find((n) => n.nivel === "sector");
    expect(sectores?.hoja).toBe("Ejecución presupuestal");
    expect(sectores?.grupos.map((g) => [g.grupo.nombre, g.presupuesto.programado, g.presupuesto.ejecutado, g.grupo.pctVigencia])).toEqual([
      ["Salud", 1_200_000_000, 900_000_000, (0.8 + 1) / 2],
      ["Educación", 500_000_000, 550_000_000, 0.5],
      ["Transporte", 300_000_000, 150_000_000, 0.4],
    ]);
    expect(sectores?.grupos[0]?.participacion).toBeCloseTo(1200 / 2200, 12);
  });

  it("the matrix's own groups are untouched: no meta gets a budget from the sheet", () => {
    expect(c.metas.every((m) => m.presupuesto === null)).toBe(true);
    expect(p.niveles.map((n) => n.nivel)).toEqual(["sector"]);
  });
});

describe("Which figure wins when the matrix has budget columns too (no double count)", () => {
  const conColumnas = hoja("PDM", [
    ["Sector", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024", "APROPIACIÓN 2024", "COMPROMISOS 2024"],
    ["Salud", "Vacunar niños", "Secretaría de Salud", 100, 80, 100, 50],
    ["Salud", "Controlar el dengue", "Secretaría de Salud", 10, 10, 200, 200],
    ["Transporte", "Pavimentar vías", "Secretaría de Obras", 5, 2, 400, 100],
  ]);
  const { c, p } = presupuesto([conColumnas, POR_SECTOR]);

  it("the sector level takes the sheet's figures, not the sum of its metas' columns (300 / 250 for Salud)", () => {
    const salud = p.niveles.find((n) => n.nivel === "sector")?.grupos.find((g) => g.grupo.nombre === "Salud");
    expect([salud?.presupuesto.programado, salud?.presupuesto.ejecutado]).toEqual([1_200_000_000, 900_000_000]);
    expect(p.niveles.find((n) => n.nivel === "sector")?.total?.programado).toBe(2_200_000_000);
  });

  it("per-meta figures and the dependencies stay the matrix's, with the matrix's total", () => {
    expect(c.metas.map((m) => m.presupuesto?.programado)).toEqual([100, 200, 400]);
    const deps = p.niveles.find((n) => n.nivel === "dependencia");
    expect([deps?.hoja, deps?.total?.programado]).toEqual([null, 700]);
    expect(deps?.grupos.map((g) => [g.grupo.nombre, g.presupuesto.programado, g.presupuesto.ejecutado, g.participacion])).toEqual([
      ["Secretaría de Salud", 300, 250, 300 / 700],
      ["Secretaría de Obras", 400, 100, 400 / 700],
    ]);
  });
});

describe("Budget sheets by dependency and by project", () => {
  it("a dependency label joins the dependencies («SECRETARIA DE SALUD» = «Secretaría de Salud»)", () => {
    const deps = hoja("Presupuesto", [
      ["DEPENDENCIA", "APROPIACIÓN DEFINITIVA", "COMPROMISOS"],
      ["SECRETARIA DE SALUD", 1_000, 700],
      ["Secretaría  de  Obras", 3_000, 3_000],
    ]);
    const { p } = presupuesto([MATRIZ, deps]);
    expect(p.hojas[0]?.filas.map((f) => [f.grupo?.nivel, f.grupo?.nombre])).toEqual([
      ["dependencia", "Secretaría de Salud"],
      ["dependencia", "Secretaría de Obras"],
    ]);
    expect(p.niveles.find((n) => n.nivel === "dependencia")?.grupos.map((g) => g.participacion)).toEqual([1_000 / 4_000, 3_000 / 4_000]);
  });

  it("project rows join through their sector column: the sector's figure is Σ of its projects", () => {
    const proyectos = hoja("Proyectos", [
      ["CÓDIGO BPIN", "PROYECTO", "SECTOR", "APROPIACIÓN", "COMPROMISOS"],
      ["2024257540001", "Vacunación casa a casa", "Salud", 100, 80],
      ["2024257540002", "Dotación del hospital", "Salud", 300, 150],
      ["2024257540003", "Vía a la vereda", "Transporte", 200, 200],
      ["2024257540004", "Juegos deportivos", "Deporte", 100, 0],
    ]);
    const { p } = presupuesto([MATRIZ, proyectos]);
    const [x] = p.hojas;
    expect([x?.por, x?.nivel]).toEqual(["proyecto", "sector"]);
    expect(x?.filas.map((f) => f.grupo?.nombre ?? null)).toEqual(["Salud", "Salud", "Transporte", null]);
    expect(x?.filas.map((f) => f.participacion)).toEqual([100 / 700, 300 / 700, 200 / 700, 100 / 700]);
    const sectores = p.niveles.find((n) => n.nivel === "sector");
    expect(sectores?.grupos.map((g) => [g.grupo.nombre, g.presupuesto.programado, g.presupuesto.ejecutado, g.presupuesto.pct])).toEqual([
      ["Salud", 400, 230, 230 / 400],
      ["Transporte", 200, 200, 1],
    ]);
  });

  it("project rows under group rows («SECTOR SALUD» alone on its row) join the sector those rows name", () => {
    const proyectos = hoja("Proyectos", [
      ["CÓDIGO BPIN", "PROYECTO", "APROPIACIÓN", "COMPROMISOS"],
      ["Salud"],
      ["2024257540001", "Vacunación casa a casa", 100, 80],
      ["2024257540002", "Dotación del hospital", 300, 150],
      ["SUBTOTAL SALUD", null, 400, 230],
      ["Transporte"],
      ["2024257540003", "Vía a la vereda", 200, 200],
    ]);
    const { p } = presupuesto([MATRIZ, proyectos]);
    expect(p.hojas[0]?.nivel).toBe("sector");
    expect(p.hojas[0]?.filas.map((f) => [f.fila.nombre, f.grupo?.nombre])).toEqual([
      ["Vacunación casa a casa", "Salud"],
      ["Dotación del hospital", "Salud"],
      ["Vía a la vereda", "Transporte"],
    ]);
    expect(p.niveles.find((n) => n.nivel === "sector")?.grupos.map((g) => [g.grupo.nombre, g.presupuesto.programado, g.presupuesto.ejecutado])).toEqual([
      ["Salud", 400, 230],
      ["Transporte", 200, 200],
    ]);
  });

  it("a group row written in the label column itself heads the rows below it too", () => {
    const proyectos = hoja("Proyectos", [
      ["PROYECTO", "APROPIACIÓN", "COMPROMISOS"],
      ["SECTOR SALUD"],
      ["Vacunación casa a casa", 100, 80],
      ["SECTOR TRANSPORTE"],
      ["Vía a la vereda", 200, 200],
    ]);
    expect(presupuesto([MATRIZ, proyectos]).p.hojas[0]?.filas.map((f) => [f.fila.nombre, f.grupo?.nombre])).toEqual([
      ["Vacunación casa a casa", "Salud"],
      ["Vía a la vereda", "Transporte"],
    ]);
  });

  it("project rows with nothing to join by are all kept, none joined", () => {
    const proyectos = hoja("Proyectos", [
      ["CÓDIGO BPIN", "NOMBRE DEL PROYECTO", "APROPIACIÓN", "EJECUTADO"],
      ["2024257540001", "Vacunación casa a casa", 100, 80],
      ["2024257540003", "Vía a la vereda", 200, 200],
    ]);
    const { p } = presupuesto([MATRIZ, proyectos]);
    expect(p.hojas[0]?.nivel).toBeNull();
    expect(p.hojas[0]?.filas.map((f) => [f.fila.nombre, f.grupo, f.presupuesto.pct])).toEqual([
      ["Vacunación casa a casa", null, 0.8],
      ["Vía a la vereda", null, 1],
    ]);
    expect(p.niveles).toEqual([]);
  });

  it("a leading «NN - » code does not stop the join: «Salud» joins «01 - Salud», «02 - Transporte» joins «Transporte»", () => {
    const conCodigos = hoja("PDM", [
      ["Sector", "Meta de producto", "Meta 2024", "Avance meta 2024"],
      ["01 - Salud", "Vacunar niños", 100, 80],
      ["Transporte", "Pavimentar vías", 5, 2],
    ]);
    const porSector = hoja("Presupuesto", [
      ["SECTOR", "APROPIACIÓN", "COMPROMISOS"],
      ["Salud", 1_000, 700],
      ["02 - Transporte", 3_000, 3_000],
    ]);
    const { p } = presupuesto([conCodigos, porSector]);
    expect(p.hojas[0]?.filas.map((f) => f.grupo?.nombre)).toEqual(["01 - Salud", "Transporte"]);
  });

  it("a sheet of another year gives no figure for the vigencia", () => {
    const otroAnio = hoja("Presupuesto 2023", [
      ["SECTOR", "APROPIACIÓN DEFINITIVA 2023", "COMPROMISOS 2023"],
      ["Salud", 1_000, 700],
    ]);
    expect(presupuesto([MATRIZ, otroAnio]).p.hojas[0]?.filas).toEqual([]);
  });
});

describe("A budget sheet with no figures of the vigencia does not hide another one that has them (La Dorada)", () => {
  // La Dorada's 2024 sheets by sector come first; its sheet with the 2025 figures was shadowed, and the
  // Presupuesto sheet and the Informe had no budget for the vigencia
  const matriz = hoja("PDM", [
    ["Sector", "Meta de producto", "Dependencia", "Meta 2025", "Avance meta 2025"],
    ["Salud", "Vacunar niños", "Secretaría de Salud", 100, 80],
    ["Transporte", "Pavimentar vías", "Secretaría de Obras", 5, 2],
  ]);
  const de2024 = hoja("Ejecución 2024", [
    ["SECTOR", "PRESUPUESTO DEFINITIVO 2024", "COMPROMISOS 2024"],
    ["Salud", 1000, 900],
    ["Transporte", 500, 100],
  ]);
  const de2025 = hoja("Ejecución 2025", [
    ["SECTOR", "PRESUPUESTO DEFINITIVO 2025", "COMPROMISOS 2025"],
    ["Salud", 2000, 1500],
    ["Transporte", 800, 200],
  ]);
  const p = consolidarPresupuesto(consolidar(libro([matriz, de2024, de2025]), { vigencia: 2025 }));

  it("both sheets join the sectors, and only the 2025 one has rows of the vigencia", () => {
    expect(p.hojas.map((h) => [h.hoja, h.nivel, h.filas.length])).toEqual([
      ["Ejecución 2024", "sector", 0],
      ["Ejecución 2025", "sector", 2],
    ]);
  });

  it("the sector level takes the sheet with figures of the vigencia: total 2 000 + 800 presupuestado, 1 500 + 200 compromisos", () => {
    const sectores = p.niveles.find((n) => n.nivel === "sector");
    expect(sectores?.hoja).toBe("Ejecución 2025");
    expect([sectores?.total?.programado, sectores?.total?.ejecutado]).toEqual([2800, 1700]);
    expect(sectores?.grupos.map((g) => [g.grupo.nombre, g.presupuesto.programado])).toEqual([
      ["Salud", 2000],
      ["Transporte", 800],
    ]);
  });
});
