/**
 * Templates for dependencies in the core (issue 14): the plan of each dependency's workbook, its
 * safe file name, the hidden record and how Consolidar reads a filled template back.
 */
import { consolidar, type Libro, type Valor } from "../../../src/core";
import {
  conPlantillas,
  HOJA_INSTRUCCIONES,
  leerRegistro,
  nombresArchivoPlantilla,
  planificarPlantillas,
  registroAFilas,
  type PlanPlantilla,
  type RegistroPlantilla,
} from "../../../src/core/plantillas";
import { hoja, libro } from "../../helpers/grid";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { hoja as hojaPlan, valorJuntoA } from "../reporte/_plan";
import { LARGA_POR_ANIO, LARGA_POR_TRIMESTRE } from "../../helpers/matricesLargas";

const ENCABEZADO: Valor[] = ["Eje", "Dependencia", "Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025", "Observaciones"];
/** The eje is merged down A2:A4 over metas of both dependencias (rows 2–4), as in many real matrices. */
const MAESTRA = hoja(
  "PDM",
  [
    ENCABEZADO,
    ["1 Salud", "Secretaría de Salud", "M1", "Vacunar niños", "Suma", 10, 3, 3, "ok"],
    [null, "Secretaría de Gobierno", "M2", "Vías terciarias", "Suma", 4, 1, 1, null],
    [null, "Secretaría de Salud", "M3", "Visitas a hogares", "Suma", 20, 5, 2, null],
    ["2 Territorio", "Secretaría de Gobierno", "M4", "Cámaras", "Suma", 10, 4, 5, "más de lo previsto"],
  ],
  { combinadas: ["A2:A4"], archivo: "plan.xlsx" },
);
const LIBRO: Libro = { ...libro([MAESTRA]), archivos: ["plan.xlsx"] };
const CTX_PLAN: ContextoPlan = { hojasExistentes: [], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: null };

function plantillaDe(dependencia: string): PlanPlantilla {
  const p = planificarPlantillas(consolidar(LIBRO), LIBRO, { archivoMaestro: "plan.xlsx" }).plantillas.find((x) => x.dependencia === dependencia);
  if (!p) throw new Error(`sin plantilla de ${dependencia}`);
  return p;
}

/** The workbook a template becomes once written and read back: its sheets as the reader gives them. */
/** `ejecutado`: 1-based template row → the value written in column `col` (0-based; the ejecutado). */
function libroDePlantilla(
  p: PlanPlantilla,
  archivo: string,
  ejecutado: Readonly<Record<number, Valor>> = {},
  col = ENCABEZADO.indexOf("Ejecutado 2025"),
): Libro {
  const [h] = p.hojas;
  if (!h) throw new Error("sin hoja");
  const valores = h.valores.map((f, r) => (ejecutado[r + 1] === undefined ? f : f.map((v, c) => (c === col ? (ejecutado[r + 1] ?? null) : v))));
  return {
    ...libro([
      hoja(
        p.instrucciones.nombre,
        p.instrucciones.lineas.map((l) => [l]),
        { archivo },
      ),
      { nombre: h.nombre, valores, combinadas: h.combinadas, archivo },
      hoja(p.hojaRegistro.nombre, p.hojaRegistro.valores, { visible: false, archivo }),
    ]),
    archivos: [archivo],
  };
}

describe("the template of a dependency", () => {
  it("holds the header and only its rows, in the master's columns", () => {
    const salud = plantillaDe("Secretaría de Salud").hojas[0]!;
    expect(salud.nombre).toBe("PDM");
    expect(salud.valores[0]).toEqual(ENCABEZADO);
    expect(salud.valores.slice(1).map((f) => f[2])).toEqual(["M1", "M3"]);
    expect(salud.filasMetas).toEqual([2, 3]);
  });

  it("empties and unlocks only what the dependency fills: the ejecutado of the vigencia and observaciones", () => {
    const salud = plantillaDe("Secretaría de Salud").hojas[0]!;
    expect(salud.columnasEditables).toEqual(["H", "I"]);
    expect(salud.valores.slice(1).map((f) => [f[6], f[7], f[8]])).toEqual([
      [3, null, null],
      [5, null, null],
    ]);
  });

  it("keeps a merged level over its own rows when another dependency's row inside it is left out", () => {
    // A2:A4 held «1 Salud» for rows 2–4; without row 3 (Gobierno) Salud's rows 2 and 3 keep it merged
    expect(plantillaDe("Secretaría de Salud").hojas[0]!.combinadas).toEqual([{ fila: 1, columna: 0, filas: 2, columnas: 1 }]);
    // Gobierno keeps row 3 of the area alone: the value moves to it, no merge is left
    const gobierno = plantillaDe("Secretaría de Gobierno").hojas[0]!;
    expect(gobierno.combinadas).toEqual([]);
    expect(gobierno.valores[1]?.[0]).toBe("1 Salud");
  });

  it("a merged figure over two dependencies' rows stays with the first row's: the reader counts it there only", () => {
    // Programado 2025 merged G3:G4 over Gobierno's M2 (row 3) and Salud's M3 (row 4)
    // as a reader gives it: the area's value on its first cell only
    const valores = MAESTRA.valores.map((f, r) => (r === 3 ? f.map((v, c) => (c === 6 ? null : v)) : f));
    const conProgramado = hoja("PDM", valores, { combinadas: ["A2:A4", "G3:G4"], archivo: "plan.xlsx" });
    const l: Libro = { ...libro([conProgramado]), archivos: ["plan.xlsx"] };
    const planes = planificarPlantillas(consolidar(l), l, { archivoMaestro: "plan.xlsx" }).plantillas;
    const salud = planes.find((p) => p.dependencia === "Secretaría de Salud")!.hojas[0]!;
    const gobierno = planes.find((p) => p.dependencia === "Secretaría de Gobierno")!.hojas[0]!;
    // Salud's M3 (its template's row 3) gets no programado; Gobierno's M2 (row 2) keeps its 1
    expect([salud.valores[2]?.[2], salud.valores[2]?.[6]]).toEqual(["M3", null]);
    expect(salud.combinadas.filter((a) => a.columna === 6)).toEqual([]);
    expect([gobierno.valores[1]?.[2], gobierno.valores[1]?.[6]]).toEqual(["M2", 1]);
  });

  it.each([
    ["Tipo", "E", "lista", '"SUMA,CONSTANTE,CRECIENTE,DECRECIENTE,Suma"'],
    ["Meta cuatrienio", "F", "decimal", "0"],
    ["Programado 2025", "G", "decimal", "0"],
    ["Ejecutado 2025", "H", "personalizada", 'OR(AND(ISNUMBER(H2),H2>=0),H2="ND",H2="NA")'],
    ["Observaciones", "I", "texto", ""],
  ])("«%s» (column %s) is validated as %s %s on the data rows", (_encabezado, letra, tipo, formula) => {
    const v = plantillaDe("Secretaría de Salud").hojas[0]!.validaciones.find((x) => x.rango.startsWith(letra));
    expect(v).toMatchObject({ tipo, formula, rango: `${letra}2:${letra}3` });
  });

  it("names, codes and levels have no validation (they are locked text)", () => {
    const letras = plantillaDe("Secretaría de Salud").hojas[0]!.validaciones.map((v) => v.rango.replace(/\d.*$/, ""));
    expect(letras).toEqual(expect.not.arrayContaining(["A", "B", "C", "D"]));
  });

  it("its record names the master, the vigencia, the dependency and each meta's master row and code", () => {
    const r = plantillaDe("Secretaría de Gobierno").registro;
    expect(r).toMatchObject({ archivoMaestro: "plan.xlsx", vigencia: 2025, dependencia: "Secretaría de Gobierno", hojaInstrucciones: HOJA_INSTRUCCIONES });
    expect(r.filas).toEqual([
      { hoja: "PDM", filaPlantilla: 2, filaMaestra: 3, codigo: "M2" },
      { hoja: "PDM", filaPlantilla: 3, filaMaestra: 5, codigo: "M4" },
    ]);
    expect(r.correcciones[0]?.columnas?.["H"]).toEqual({
      campo: "ejecutado",
      anio: 2025,
      trimestre: null,
      variante: expect.anything() as unknown,
      nivel: null,
    });
  });
});

describe("a long layout (one row per meta and year or quarter, SPEC §3.2): templates", () => {
  const libroLargo = (valores: readonly (readonly Valor[])[]): Libro => ({
    ...libro([hoja("Seguimiento", valores, { archivo: "plan.xlsx" })]),
    archivos: ["plan.xlsx"],
  });
  const POR_ANIO = libroLargo(LARGA_POR_ANIO);
  const POR_TRIMESTRE = libroLargo(LARGA_POR_TRIMESTRE);
  /** Column G (0-based 6) holds the ejecutado per year, H (7) per quarter. */
  const EJECUTADO_ANIO = 6;
  const EJECUTADO_TRIMESTRE = 7;
  const plantillasLargas = (l: Libro) => planificarPlantillas(consolidar(l), l, { archivoMaestro: "plan.xlsx" });
  const deLarga = (l: Libro, dependencia: string): PlanPlantilla => {
    const p = plantillasLargas(l).plantillas.find((x) => x.dependencia === dependencia);
    if (!p) throw new Error(`sin plantilla de ${dependencia}`);
    return p;
  };
  const porMeta = (l: Libro): Record<string, readonly (number | null | undefined)[]> =>
    Object.fromEntries(
      consolidar(l).metas.map((m): [string, (number | null | undefined)[]] => [m.meta.codigo ?? "", [m.pctVigencia?.bruto, m.pctCuatrienio?.bruto]]),
    );

  it("per year: each dependency's template holds its metas' rows of every year, only the vigencia's ejecutado and observaciones unlocked and empty", () => {
    const r = plantillasLargas(POR_ANIO);
    expect(r.avisos).toEqual([]);
    expect(r.plantillas.map((p) => p.dependencia).sort()).toEqual(["Secretaría de Obras", "Secretaría de Salud"]);
    const salud = deLarga(POR_ANIO, "Secretaría de Salud").hojas[0]!;
    // the master's order: 2024 rows of metas 1 and 3, then their 2025 rows (rows 4 and 5 of the template)
    expect(salud.valores.slice(1).map((f) => [f[0], f[4], f[6], f[7]])).toEqual([
      ["1", 2024, 90, null],
      ["3", 2024, 18, "ok"],
      ["1", 2025, null, null],
      ["3", 2025, null, null],
    ]);
    expect(salud.filasMetas).toEqual([4, 5]);
    expect(salud.columnasEditables).toEqual(["G", "H"]);
    const obras = deLarga(POR_ANIO, "Secretaría de Obras").hojas[0]!;
    expect(obras.valores.slice(1).map((f) => [f[0], f[4], f[6], f[7]])).toEqual([
      ["2", 2024, 5, null],
      ["2", 2025, null, null],
    ]);
    expect(obras.filasMetas).toEqual([3]);
  });

  it("per quarter: the template holds every quarter of every year, only the vigencia's four quarters unlocked", () => {
    const educacion = deLarga(POR_TRIMESTRE, "Secretaría de Educación").hojas[0]!;
    expect(educacion.valores.slice(1).map((f) => [f[4], f[5], f[7]])).toEqual([
      [2024, "T1", 20],
      [2024, "T2", 30],
      [2024, "T3", 25],
      [2024, "T4", 15],
      [2025, "T1", null],
      [2025, "T2", null],
      [2025, "T3", null],
      [2025, "T4", null],
    ]);
    expect(educacion.filasMetas).toEqual([6, 7, 8, 9]);
    expect(educacion.columnasEditables).toEqual(["H"]);
  });

  it("its instructions count metas, not rows, and say that only the vigencia's rows are filled", () => {
    const { lineas } = deLarga(POR_ANIO, "Secretaría de Salud").instrucciones;
    // two metas (1 and 3) on four rows
    expect(lineas).toContain("Esta plantilla trae solo las 2 metas de Secretaría de Salud, copiadas de «plan.xlsx» con las mismas columnas y encabezados.");
    expect(lineas.filter((l) => l.includes("solo se diligencian las de la vigencia 2025"))).toHaveLength(1);
    expect(plantillaDe("Secretaría de Salud").instrucciones.lineas.some((l) => l.includes("por año o trimestre"))).toBe(false);
  });

  it("its record names every row of the dependency's metas (each year's), with its master row", () => {
    const { filas } = deLarga(POR_ANIO, "Secretaría de Salud").registro;
    expect(filas.map((f) => [f.codigo, f.filaPlantilla, f.filaMaestra])).toEqual([
      ["1", 2, 2],
      ["1", 4, 5],
      ["3", 3, 4],
      ["3", 5, 7],
    ]);
  });

  it("the templates filled with the master's 2025 ejecutado give each meta's % of the vigencia and of the cuatrienio", () => {
    const salud = libroDePlantilla(deLarga(POR_ANIO, "Secretaría de Salud"), "salud.xlsx", { 4: 70, 5: 15 }, EJECUTADO_ANIO);
    const obras = libroDePlantilla(deLarga(POR_ANIO, "Secretaría de Obras"), "obras.xlsx", { 3: 2 }, EJECUTADO_ANIO);
    const juntos: Libro = { ...libro([...salud.hojas, ...obras.hojas]), archivos: ["salud.xlsx", "obras.xlsx"] };
    // by hand, SUMA without meta cuatrienio: vigencia E/P of 2025; cuatrienio ΣE/ΣP of 2024–2025
    const esperado = { "1": [70 / 100, (90 + 70) / 200], "2": [2 / 5, (5 + 2) / 10], "3": [15 / 20, (18 + 15) / 40] };
    for (const l of [POR_ANIO, juntos])
      for (const [codigo, [v, c]] of Object.entries(porMeta(l))) {
        expect(v).toBeCloseTo(esperado[codigo as keyof typeof esperado][0]!, 12);
        expect(c).toBeCloseTo(esperado[codigo as keyof typeof esperado][1]!, 12);
      }
    expect(Object.keys(porMeta(juntos)).sort()).toEqual(["1", "2", "3"]);
    expect(consolidar(juntos).metas).toHaveLength(3);
  });

  it("per quarter, the filled templates give the year from its quarters: SUMA adds them, CONSTANTE takes the last", () => {
    const educacion = libroDePlantilla(
      deLarga(POR_TRIMESTRE, "Secretaría de Educación"),
      "educacion.xlsx",
      { 6: 10, 7: 20, 8: 25, 9: 30 },
      EJECUTADO_TRIMESTRE,
    );
    const inclusion = libroDePlantilla(
      deLarga(POR_TRIMESTRE, "Secretaría de Inclusión"),
      "inclusion.xlsx",
      { 6: 450, 7: 460, 8: 470, 9: 400 },
      EJECUTADO_TRIMESTRE,
    );
    const juntos: Libro = { ...libro([...educacion.hojas, ...inclusion.hojas]), archivos: ["educacion.xlsx", "inclusion.xlsx"] };
    // by hand: (10+20+25+30)/100 and, over both years, (90+85)/200; CONSTANTE: 400/500 in 2025, the last figure
    const metas = porMeta(juntos);
    expect(metas["1"]![0]).toBeCloseTo(0.85, 12);
    expect(metas["1"]![1]).toBeCloseTo(0.875, 12);
    expect(metas["2"]![0]).toBeCloseTo(0.8, 12);
    expect(metas).toEqual(porMeta(POR_TRIMESTRE));
  });

  it("beside the master each meta-year is read once, on the master's row, with the template's vigencia values", () => {
    // Salud reports meta 1 at 50 in 2025 instead of the master's 70
    const salud = libroDePlantilla(deLarga(POR_ANIO, "Secretaría de Salud"), "salud.xlsx", { 4: 50, 5: 15 }, EJECUTADO_ANIO);
    const juntos: Libro = { ...libro([...POR_ANIO.hojas, ...salud.hojas]), archivos: ["plan.xlsx", "salud.xlsx"] };
    const c = consolidar(juntos);
    expect(c.metas.map((m) => `${m.meta.codigo} ${m.meta.archivo} ${m.meta.fila} ${m.ejecutado}`)).toEqual([
      "1 plan.xlsx 2 50",
      "2 plan.xlsx 3 2",
      "3 plan.xlsx 4 15",
    ]);
    // by hand: 2024 still counts once: (90 + 50) / 200
    expect(c.metas[0]?.pctCuatrienio?.bruto).toBeCloseTo(0.7, 12);
  });

  it("beside the master a row of another year brings nothing back: the history is the master's", () => {
    // meta 1's 2024 row changed in the template (its sheet unprotected) to 10
    const salud = libroDePlantilla(deLarga(POR_ANIO, "Secretaría de Salud"), "salud.xlsx", { 2: 10, 4: 70, 5: 15 }, EJECUTADO_ANIO);
    const juntos: Libro = { ...libro([...POR_ANIO.hojas, ...salud.hojas]), archivos: ["plan.xlsx", "salud.xlsx"] };
    // by hand: the master's 90 of 2024 still counts: (90 + 70) / 200
    expect(consolidar(juntos).metas[0]?.pctCuatrienio?.bruto).toBeCloseTo(0.8, 12);
  });

  it("a row is found back by its meta and its year: a master re-sorted since is not given another year's value", () => {
    const salud = libroDePlantilla(deLarga(POR_ANIO, "Secretaría de Salud"), "salud.xlsx", { 4: 50, 5: 15 }, EJECUTADO_ANIO);
    // meta 1's 2024 and 2025 rows swapped: the record's row 5 of meta 1 is now its 2024 row
    const [h0, f2, f3, f4, f5, ...resto] = LARGA_POR_ANIO;
    const resorted = hoja("Seguimiento", [h0!, f5!, f3!, f4!, f2!, ...resto], { archivo: "plan.xlsx" });
    const juntos: Libro = { ...libro([resorted, ...salud.hojas]), archivos: ["plan.xlsx", "salud.xlsx"] };
    const delMaestro = consolidar(juntos).metas.find((m) => m.meta.codigo === "1" && m.meta.archivo === "plan.xlsx");
    // its own figures: 70 in 2025 and 90 in 2024, not the template's 50 written on the 2024 row
    expect(delMaestro?.ejecutado).toBe(70);
    expect(delMaestro?.pctCuatrienio?.bruto).toBeCloseTo((90 + 70) / 200, 12);
  });

  it("quarter rows without a year column are left out with a Spanish notice", () => {
    const sinAnio = libroLargo(LARGA_POR_TRIMESTRE.slice(0, 9).map((f) => [...f.slice(0, 4), ...f.slice(5)]));
    const r = plantillasLargas(sinAnio);
    expect(r.avisos).toEqual(["La hoja «Seguimiento» tiene una fila por meta y por trimestre sin columna de año: las plantillas no la incluyen."]);
  });
});

describe("the hidden record", () => {
  const registro: RegistroPlantilla = {
    archivoMaestro: "plan.xlsx",
    vigencia: 2025,
    modoPlan: "cuatrienio",
    dependencia: "Secretaría de Salud",
    hojaInstrucciones: HOJA_INSTRUCCIONES,
    correcciones: [{ hoja: "PDM", filaEncabezado: 1, columnas: { H: { campo: "ejecutado", anio: 2025 } } }],
    filas: [{ hoja: "PDM", filaPlantilla: 2, filaMaestra: 7, codigo: "M1" }],
  };

  it("reads back what was written", () => {
    expect(leerRegistro(hoja("Registro", registroAFilas(registro), { visible: false }))).toEqual(registro);
  });

  it("a template's record reads back with the master's whole reading pinned (nulls included)", () => {
    const p = plantillaDe("Secretaría de Salud");
    expect(leerRegistro(hoja(p.hojaRegistro.nombre, p.hojaRegistro.valores, { visible: false }))).toEqual(p.registro);
  });

  it("a correction the settings contract refuses is left out", () => {
    const filas = registroAFilas(registro).map((f) =>
      f[0] === "correccion" ? ["correccion", "PDM", JSON.stringify({ hoja: "PDM", columnas: { H: { campo: "inventado" } } })] : f,
    );
    expect(leerRegistro(hoja("Registro", filas))?.correcciones).toEqual([]);
  });

  it("a sheet without the marker, or of another version, is not a record", () => {
    const filas = registroAFilas(registro);
    expect(leerRegistro(hoja("Notas", filas.slice(1)))).toBeNull();
    expect(leerRegistro(hoja("Registro", [["seguimiento.plantilla", 99], ...filas.slice(1)]))).toBeNull();
  });

  it("a damaged correction is left out, the rest of the record is read", () => {
    const filas = registroAFilas(registro).map((f) => (f[0] === "correccion" ? ["correccion", "PDM", "{no es json"] : f));
    expect(leerRegistro(hoja("Registro", filas))?.correcciones).toEqual([]);
  });
});

describe("safe file names", () => {
  it.each([
    [["Secretaría de Salud"], ["plantilla-secretaria-de-salud.xlsx"]],
    [["Oficina TIC / Sistemas: *2025*"], ["plantilla-oficina-tic-sistemas-2025.xlsx"]],
    [["CON"], ["plantilla-con.xlsx"]],
    [["¿?"], ["plantilla-sin-nombre.xlsx"]],
    [
      ["Secretaría de Salud", "SECRETARIA DE SALUD"],
      ["plantilla-secretaria-de-salud.xlsx", "plantilla-secretaria-de-salud-2.xlsx"],
    ],
  ])("%j → %j", (deps, nombres) => {
    expect(nombresArchivoPlantilla(deps)).toEqual(nombres);
  });

  it("a long name is cut at 60 characters without a trailing dash", () => {
    const [n] = nombresArchivoPlantilla(["Secretaría de Desarrollo Económico, Agropecuario, Turístico y Ambiental del Municipio"]);
    // "secretaria-de-desarrollo-economico-agropecuario-turistico-y-" is 60 characters; its dash goes
    expect(n).toBe("plantilla-secretaria-de-desarrollo-economico-agropecuario-turistico-y.xlsx");
  });
});

describe("Consolidar on filled templates", () => {
  it("a workbook without a template is read unchanged", () => {
    const aj = { vigencia: 2025 };
    const r = conPlantillas(LIBRO, aj);
    expect(r.libro).toBe(LIBRO);
    expect(r.ajustes).toBe(aj);
  });

  it("the record and the instructions are never read as sheets; the template's sheet is the master's", () => {
    const c = consolidar(libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx"));
    expect(c.hojas.map((h) => h.hoja)).toEqual(["PDM"]);
    expect(c.metas.map((m) => m.meta.codigo)).toEqual(["M1", "M3"]);
  });

  it("the two templates filled with the master's ejecutado give the master's figures", () => {
    const salud = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx", { 2: 3, 3: 2 });
    const gobierno = libroDePlantilla(plantillaDe("Secretaría de Gobierno"), "gobierno.xlsx", { 2: 1, 3: 5 });
    const juntos: Libro = { ...libro([...salud.hojas, ...gobierno.hojas]), archivos: ["salud.xlsx", "gobierno.xlsx"] };
    const m = consolidar(LIBRO).plan;
    const p = consolidar(juntos).plan;
    // by hand: SUMA metas, % vigencia = E/P capped at 100 %: 3/3, 1/1, 2/5, 5/4→1 → mean 0.85
    expect(m.pctVigencia).toBeCloseTo(0.85, 12);
    expect(p.pctVigencia).toBeCloseTo(0.85, 12);
    expect(p.conteos).toEqual(m.conteos);
  });

  it("with its master (the pane's open workbook and «Agregar archivos…»), a returned meta is read once, on the master's row with the template's values", () => {
    // Salud reports M1 at 1 instead of the master's 3, and M3 at 2 as before
    const salud = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx", { 2: 1, 3: 2 });
    const juntos: Libro = { ...libro([...LIBRO.hojas, ...salud.hojas]), archivos: ["plan.xlsx", "salud.xlsx"] };
    const c = consolidar(juntos);
    expect(c.metas.map((m) => `${m.meta.codigo} ${m.meta.archivo} ${m.meta.fila} ${m.ejecutado}`)).toEqual([
      "M1 plan.xlsx 2 1",
      "M2 plan.xlsx 3 1",
      "M3 plan.xlsx 4 2",
      "M4 plan.xlsx 5 5",
    ]);
    // by hand: 1/3, 1/1, 2/5 and 5/4 capped at 1
    expect(c.plan.pctVigencia).toBeCloseTo((1 / 3 + 1 + 2 / 5 + 1) / 4, 12);
  });

  it("a renamed master is still found by the metas' codes; a row whose code changed is left to its template", () => {
    const salud = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx", { 2: 1, 3: 2 });
    const renombrada = { ...MAESTRA, archivo: "plan (2).xlsx", valores: MAESTRA.valores.map((f, r) => (r === 3 ? f.map((v, c) => (c === 2 ? "M3b" : v)) : f)) };
    const juntos: Libro = { ...libro([renombrada, ...salud.hojas]), archivos: ["plan (2).xlsx", "salud.xlsx"] };
    const metas = consolidar(juntos).metas.map((m) => `${m.meta.codigo} ${m.meta.archivo} ${m.ejecutado}`);
    expect(metas.sort()).toEqual(["M1 plan (2).xlsx 1", "M2 plan (2).xlsx 1", "M3 salud.xlsx 2", "M3b plan (2).xlsx 2", "M4 plan (2).xlsx 5"]);
  });

  it("the record's plan mode applies unless the user set one: a template keeping one year's sheet of a cuatrienio plan is not a one-year plan", () => {
    // the master has metas del cuatrienio (column F): a cuatrienio plan
    expect(plantillaDe("Secretaría de Salud").registro.modoPlan).toBe("cuatrienio");
    const filled = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx");
    expect(conPlantillas(filled, {}).ajustes.modoPlan).toBe("cuatrienio");
    expect(conPlantillas(filled, { modoPlan: "anual" }).ajustes.modoPlan).toBe("anual");
  });

  it("the record's vigencia applies unless the user set one; a user's correction of the sheet wins over the record's", () => {
    const filled = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx");
    expect(conPlantillas(filled, {}).ajustes.vigencia).toBe(2025);
    expect(conPlantillas(filled, { vigencia: 2024 }).ajustes.vigencia).toBe(2024);
    const propia = { hoja: "PDM", ignorar: true };
    expect(conPlantillas(filled, { correcciones: [propia] }).ajustes.correcciones).toEqual([propia]);
  });

  it("templates of different vigencias say so: none of their vigencias is applied, and a doubt names both (SPEC §3.6)", () => {
    const salud = plantillaDe("Secretaría de Salud");
    const otraVigencia: PlanPlantilla = { ...salud, registro: { ...salud.registro, vigencia: 2026 } };
    const otra = libroDePlantilla({ ...otraVigencia, hojaRegistro: { ...salud.hojaRegistro, valores: registroAFilas(otraVigencia.registro) } }, "otra.xlsx");
    const juntos: Libro = {
      ...libro([...libroDePlantilla(salud, "salud.xlsx").hojas, ...otra.hojas]),
      archivos: ["salud.xlsx", "otra.xlsx"],
    };
    const r = conPlantillas(juntos, {});
    expect(r.ajustes.vigencia).toBeUndefined();
    expect(r.dudas).toEqual(["las plantillas son de vigencias distintas (2025 y 2026): ninguna se aplicó; indique la vigencia en los ajustes"]);
    const dudosos = consolidar(juntos, { vigencia: 2025 }).hallazgos.filter((h) => h.codigo === "A-RECONOCIMIENTO-DUDOSO");
    expect(dudosos.map((h) => h.params.motivo)).toContain(r.dudas[0]);
    // one vigencia: no doubt
    expect(conPlantillas(libroDePlantilla(salud, "salud.xlsx"), {}).dudas).toEqual([]);
  });

  it("a vigencia taken from the template's record is explained by the template, not by the settings (Resumen's «Por qué esta vigencia»)", () => {
    const filled = libroDePlantilla(plantillaDe("Secretaría de Salud"), "salud.xlsx");
    expect(consolidar(filled).parametros.motivoVigencia).toBe("la plantilla de la dependencia la indica");
    const resumen = hojaPlan(planificar(consolidar(filled), CTX_PLAN), "resumen");
    expect(valorJuntoA(resumen, "Por qué esta vigencia").valor).toBe("la plantilla de la dependencia la indica");
    expect(consolidar(filled, { vigencia: 2025 }).parametros.motivoVigencia).toBe("se indicó en los ajustes");
  });
});
