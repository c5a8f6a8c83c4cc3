/**
 * Issue 14, must show 2: templates generated from a master, filled by a script with the master's
 * values and consolidated together give exactly the master's figures — the plan's, every group's
 * and every meta's. The values are copied from the master's grid into the cells each template
 * leaves unlocked, at the master row its record names: if a template locked a cell the figures
 * need, or mapped a row wrongly, the figures differ.
 */
import { mkdtempSync, rmSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { calcularLibro, type Calculo } from "../../src/app";
import type { Grupo, Hoja, Libro, Valor } from "../../src/core";
import { abrirXlsx } from "../../src/io/xlsx/lector";
import { escribirPlantilla } from "../../src/io/xlsx/plantilla";
import { describeReal, rutaReal } from "../helpers/fixturesReales";
import { LARGA_POR_ANIO, LARGA_POR_TRIMESTRE } from "../helpers/matricesLargas";
import { fuenteDe, plantillasDe } from "../helpers/plantillas";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

function celdaExcel(v: Valor): ExcelJS.CellValue {
  if (v !== null && typeof v === "object") return v.formula === undefined ? { error: v.error as ExcelJS.CellErrorValue["error"] } : null;
  return v;
}

function hojaMaestra(libro: Libro, nombre: string): Hoja {
  const h = libro.hojas.find((x) => x.nombre === nombre);
  if (!h) throw new Error(`la matriz no tiene la hoja ${nombre}`);
  return h;
}

/** Fills every unlocked cell of each meta row with the master grid's value at the row the hidden record names. */
async function diligenciar(bytes: Uint8Array, maestro: Libro): Promise<{ bytes: Uint8Array; filas: Map<string, number> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const registro = wb.worksheets.find((ws) => ws.state === "veryHidden");
  if (!registro) throw new Error("la plantilla no tiene registro oculto");
  const filas = new Map<string, number>();
  registro.eachRow((row) => {
    if (row.getCell(1).value !== "fila") return;
    const [hoja, enPlantilla, enMaestra] = [row.getCell(2).value, row.getCell(3).value, row.getCell(4).value] as [string, number, number];
    filas.set(`${hoja}|${enPlantilla}`, enMaestra);
    const ws = wb.getWorksheet(hoja);
    if (!ws) throw new Error(`la plantilla no tiene la hoja ${hoja}`);
    const origen = hojaMaestra(maestro, hoja).valores[enMaestra - 1] ?? [];
    ws.getRow(enPlantilla).eachCell({ includeEmpty: true }, (celda, col) => {
      if (celda.protection?.locked === false) celda.value = celdaExcel(origen[col - 1] ?? null);
    });
  });
  return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), filas };
}

/**
 * A group's figures without its meta ids (they name the file and row), every number to 12
 * significant digits: a group's mean adds its metas in plan order, which across several files is
 * not the master's row order, and floating-point addition in another order may differ in the last
 * bit (0.4651651715712367 against …366). Any real difference is far above 1e-12. The name is
 * left out too: a node takes the name of the first meta it meets, and Tenjo gives one subprograma
 * code two names (the key, its code path, is compared).
 */
function cifrasGrupo({ metas: _m, nombre: _n, ...resto }: Grupo): unknown {
  return JSON.parse(JSON.stringify(resto), (_k, v: unknown) => (typeof v === "number" ? Number(v.toPrecision(12)) : v));
}

/** `dependencias`: how many templates the master gives at least (Medellín's MISE is one secretaría's). */
async function idaYVuelta(
  ruta: string,
  dependencias = 2,
): Promise<{ maestro: Calculo; plantillas: Calculo; conMaestra: Calculo; filaMaestra: (archivo: string, hoja: string, fila: number) => number }> {
  const { paquete, plantillas } = await plantillasDe(ruta);
  const maestro = await calcularLibro(
    fuenteDe(() => Promise.resolve([paquete])),
    {},
  );
  expect(plantillas.length).toBeGreaterThanOrEqual(dependencias);
  const llenas = await Promise.all(plantillas.map(async (p) => ({ nombre: p.archivo, ...(await diligenciar(await escribirPlantilla(p), paquete.libro)) })));
  const calculo = await calcularLibro(
    fuenteDe(() => Promise.all(llenas.map((l) => abrirXlsx(l.bytes, l.nombre)))),
    {},
  );
  // the pane's flow: the master open, the filled templates added beside it
  const conMaestra = await calcularLibro(
    fuenteDe(() => Promise.all([Promise.resolve(paquete), ...llenas.map((l) => abrirXlsx(l.bytes, l.nombre))])),
    {},
  );
  const porArchivo = new Map(llenas.map((l) => [l.nombre, l.filas]));
  return {
    maestro,
    plantillas: calculo,
    conMaestra,
    // a meta read on the master's own row (the master read with its templates) is at its row
    filaMaestra: (archivo, hoja, fila) => (archivo === paquete.nombre ? fila : (porArchivo.get(archivo)?.get(`${hoja}|${fila}`) ?? -1)),
  };
}

type IdaYVuelta = Awaited<ReturnType<typeof idaYVuelta>>;

/** `cual`: the templates alone, or with their master (each meta then read once, on the master's row with the template's values). */
function comprobarIgualdad(r: IdaYVuelta, cual: "plantillas" | "conMaestra" = "plantillas"): void {
  const m = r.maestro.consolidacion;
  const p = r[cual].consolidacion;
  expect(p.parametros.vigencia).toBe(m.parametros.vigencia);
  expect(p.parametros.cuatrienio).toEqual(m.parametros.cuatrienio);
  // the plan's figures
  expect(cifrasGrupo(p.plan)).toEqual(cifrasGrupo(m.plan));
  // every group of every level, dependencias and levels alike
  const clave = (g: Grupo) => `${g.nivel}|${g.clave}`;
  expect(p.grupos.map(clave).sort()).toEqual(m.grupos.map(clave).sort());
  const grupos = new Map(m.grupos.map((g) => [clave(g), g]));
  for (const g of p.grupos) {
    const delMaestro = grupos.get(clave(g));
    expect({ grupo: clave(g), cifras: cifrasGrupo(g) }).toEqual({ grupo: clave(g), cifras: delMaestro && cifrasGrupo(delMaestro) });
    expect(g.metas.length).toBe(delMaestro?.metas.length);
  }
  // every meta's %, found through the record's master row
  expect(p.metas.length).toBe(m.metas.length);
  const metas = new Map(m.metas.map((x) => [`${x.meta.hoja}|${x.meta.fila}`, x]));
  for (const x of p.metas) {
    const fila = r.filaMaestra(x.meta.archivo ?? "", x.meta.hoja, x.meta.fila);
    const y = metas.get(`${x.meta.hoja}|${fila}`);
    expect(y).toBeDefined();
    const cifras = (z: typeof x) => ({
      codigo: z.meta.codigo,
      estado: z.estado,
      p: z.programado,
      e: z.ejecutado,
      v: z.pctVigencia,
      c: z.pctCuatrienio,
      x: z.esperado,
    });
    expect(cifras(x)).toEqual(cifras(y ?? x));
  }
}

describe("plantillas por dependencia: ida y vuelta (issue 14)", () => {
  let r: IdaYVuelta;
  beforeAll(async () => {
    r = await idaYVuelta(EJEMPLO);
  }, 120_000);

  it("the bundled example: templates filled with the master's values consolidate to the master's figures exactly", () => {
    comprobarIgualdad(r);
  });

  it("the master with its filled templates beside it gives the same figures: each meta is read once, on the master's row", () => {
    comprobarIgualdad(r, "conMaestra");
    expect(new Set(r.conMaestra.consolidacion.metas.map((m) => m.meta.archivo))).toEqual(new Set(["matriz-seguimiento-ejemplo.xlsx"]));
  });
});

describe("plantillas de matrices en formato largo (una fila por meta y año o trimestre): ida y vuelta (issue 14)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "plantillas-largas-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["por año", LARGA_POR_ANIO],
    ["por trimestre", LARGA_POR_TRIMESTRE],
  ])(
    "%s: the templates filled with the master's ejecutado consolidate to its figures, alone and beside the master (each meta-year once)",
    async (nombre, valores) => {
      const ruta = path.join(dir, `largo-${nombre.replace(" ", "-")}.xlsx`);
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Seguimiento").addRows(valores.map((f) => f.map(celdaExcel)));
      await wb.xlsx.writeFile(ruta);
      const r = await idaYVuelta(ruta);
      comprobarIgualdad(r);
      comprobarIgualdad(r, "conMaestra");
      expect(new Set(r.conMaestra.consolidacion.metas.map((m) => m.meta.archivo))).toEqual(new Set([path.basename(ruta)]));
    },
    60_000,
  );
});

/** Tenjo (331 metas, the dependency in a column); Guatapé merges a project's budget over several dependencies' metas (it counts once, with the first row's). */
const REALES = ["tenjo-plan-indicativo-2024-2027.xlsx", "guatape-seguimiento-pa-pd-2026.xlsx"];

describeReal(REALES, "plantillas por dependencia de libros reales: ida y vuelta (issue 14)", () => {
  it.each(REALES)(
    "%s: its templates filled with its values consolidate to its figures exactly, alone and beside the master",
    async (archivo) => {
      const r = await idaYVuelta(rutaReal(archivo));
      comprobarIgualdad(r);
      comprobarIgualdad(r, "conMaestra");
    },
    300_000,
  );
});

const MEDELLIN = "medellin-mise-educacion-2024-2025.xlsx";

describeReal([MEDELLIN], "plantillas de un libro real en formato largo: ida y vuelta (issue 14)", () => {
  it("Medellín's MISE (a year column, «Año meta»): its template filled with its values consolidates to its figures exactly, alone and beside the master", async () => {
    const r = await idaYVuelta(rutaReal(MEDELLIN), 1);
    expect(r.maestro.consolidacion.metas.length).toBeGreaterThan(0);
    comprobarIgualdad(r);
    comprobarIgualdad(r, "conMaestra");
  }, 300_000);
});
