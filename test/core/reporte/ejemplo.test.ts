/**
 * The plan of the bundled example (issue #4, "Must show"): read ejemplos/*.xlsx, consolidate,
 * plan, and check the sheets against values recomputed here from the engine's per-meta results
 * (counts, means, alert selections), not read back from the plan's own groups.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Consolidacion, MetaCalculada } from "../../../src/core/calculo/tipos";
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Libro } from "../../../src/core/grid/libro";
import { parseDireccion } from "../../../src/core/grid/direccion";
import { normalizar } from "../../../src/core/texto/normalizar";
import { NOMBRE_TABLA_ALERTAS } from "../../../src/core/reporte/hojaAlertas";
import { NOMBRE_TABLA_DATOS } from "../../../src/core/reporte/hojaDatos";
import { NOMBRE_TABLA_DEPENDENCIAS } from "../../../src/core/reporte/hojaDependencias";
import { NOMBRE_TABLA_HALLAZGOS } from "../../../src/core/reporte/hojaHallazgos";
import type { WorkbookPlan } from "../../../src/core/reporte/plan";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { leerArchivo } from "../../../src/io/xlsx/leerArchivo";
import { celdas, comoTexto, hoja, rangosFueraDeBloques, registros, valorJuntoA } from "./_plan";
import { valoresDelAnio } from "../../../src/core/matriz/anioDeMeta";

const DIR = path.resolve(__dirname, "../../../ejemplos");
const archivo = fs.existsSync(DIR) ? fs.readdirSync(DIR).find((f) => f.endsWith(".xlsx")) : undefined;
if (!archivo) console.log("ejemplo no disponible en ejemplos/ — pruebas omitidas");
const d = archivo ? describe : describe.skip;

let libro: Libro;
let c: Consolidacion;
let ctx: ContextoPlan;
let plan: WorkbookPlan;

beforeAll(async () => {
  if (!archivo) return;
  libro = await leerArchivo(path.join(DIR, archivo));
  c = consolidar(libro);
  ctx = { hojasExistentes: libro.hojas.map((h) => h.nombre), propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 800 };
  plan = planificar(c, ctx);
}, 60_000);

const media = (xs: readonly number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);
const programada = (m: MetaCalculada) => m.estado !== "NO_PROGRAMADA";

d("bundled example: the plan's sheets", () => {
  it("has Resumen, Informe, Por dependencia, Metas por dependencia, one Por <nivel> per nivel, Metas por <top nivel>, Alertas, Hallazgos, Presupuesto when budget exists, Datos", () => {
    const presupuesto = c.metas.some((m) => m.presupuesto !== null);
    expect(plan.hojas.map((h) => h.nombre)).toEqual([
      "Resumen",
      "Informe",
      "Por dependencia",
      "Metas por dependencia",
      ...c.niveles.map((n) => `Por ${n}`),
      ...c.niveles.slice(0, 1).map((n) => `Metas por ${n}`),
      "Alertas",
      "Hallazgos",
      ...(presupuesto ? ["Presupuesto"] : []),
      "Datos",
    ]);
  });

  it("every referenced range lies in a written block; no plain text looks like a formula", () => {
    expect(rangosFueraDeBloques(plan)).toEqual([]);
    const textos = plan.hojas.flatMap((h) => [...celdas(h).values()]).filter((v) => typeof v === "string" && /^[=+\-@]/.test(v));
    expect(textos).toEqual([]);
  });

  it("is deterministic and a second run over its own output changes nothing", () => {
    expect(planificar(c, ctx)).toEqual(plan);
    const segunda = planificar(c, { ...ctx, hojasExistentes: [...ctx.hojasExistentes, ...plan.hojas.map((h) => h.nombre)], propiedadPrevia: plan.propiedad });
    expect(segunda).toEqual(plan);
  });

  it("every link points at a sheet of the input workbook, inside its used area", () => {
    const vinculos = plan.hojas.flatMap((h) => h.vinculos);
    expect(vinculos.length).toBeGreaterThan(c.metas.length);
    for (const v of vinculos) {
      const h = libro.hojas.find((x) => x.nombre === v.hoja);
      expect(h).toBeDefined();
      const { fila } = parseDireccion(v.destino);
      expect(fila).toBeLessThan(h!.valores.length);
    }
  });
});

d("bundled example: Por dependencia", () => {
  it("one row per dependency, with its metas counted and its % vigencia the mean over programmed metas (equal weights, SPEC §5.7)", () => {
    expect(c.parametros.ponderacion).toBe("iguales");
    const filas = registros(hoja(plan, "dependencias"), NOMBRE_TABLA_DEPENDENCIAS);
    const nombres = [...new Set(c.metas.map((m) => normalizar(m.meta.dependencia)))];
    expect(filas.map((f) => normalizar(comoTexto(f["Dependencia"]))).sort()).toEqual([...nombres].sort());
    expect(nombres.length).toBeGreaterThanOrEqual(5);
    for (const f of filas) {
      const ms = c.metas.filter((m) => normalizar(m.meta.dependencia) === normalizar(comoTexto(f["Dependencia"])));
      expect(f["Metas"]).toBe(ms.length);
      expect(f["Programadas"]).toBe(ms.filter(programada).length);
      expect(f["Sin reporte"]).toBe(ms.filter((m) => m.estado === "SIN_REPORTE").length);
      const vig = media(ms.filter(programada).map((m) => m.pctVigencia.acotado ?? 0));
      expect(f["% ejecución vigencia"]).toBeCloseTo(vig!, 9);
    }
  });

  it("is sorted by % vigencia, highest first, and the bar chart's points carry each row's semáforo colour", () => {
    const h = hoja(plan, "dependencias");
    const filas = registros(h, NOMBRE_TABLA_DEPENDENCIAS);
    const pcts = filas.map((f) => f["% ejecución vigencia"] as number);
    expect([...pcts].sort((a, b) => b - a)).toEqual(pcts);
    const colores = Object.fromEntries(c.parametros.semaforo.niveles.map((n) => [n.nombre, n.color]));
    const g = h.graficos.find((x) => x.id === "dependencias-vigencia")!;
    expect(g.series[0]!.coloresPuntos).toEqual(filas.map((f) => colores[comoTexto(f["Semáforo"])]));
  });
});

d("bundled example: Alertas and Hallazgos", () => {
  it.each([
    ["Meta bajo 50 %", (m: MetaCalculada) => m.estado === "REPORTADA" && (m.pctVigencia.bruto ?? 1) < 0.5],
    ["Meta sobreejecutada", (m: MetaCalculada) => m.estado === "REPORTADA" && (m.pctVigencia.bruto ?? 0) > 1],
    ["Programada sin reporte", (m: MetaCalculada) => m.estado === "SIN_REPORTE"],
    ["Ejecución sin programación", (m: MetaCalculada) => m.estado === "NO_PROGRAMADA" && (m.ejecutado ?? 0) > 0],
  ] as const)("%s lists exactly the metas that qualify, in plan order", (tipo, califica) => {
    const filas = registros(hoja(plan, "alertas"), NOMBRE_TABLA_ALERTAS).filter((f) => f["Tipo de alerta"] === tipo);
    const esperadas = c.metas.filter(califica);
    expect(filas.map((f) => [f["Hoja"], f["Código"]])).toEqual(esperadas.map((m) => [m.meta.hoja, m.meta.codigo]));
  });

  it("the Bajo 50 % alerts agree with the engine's own count (Resumen)", () => {
    const n = registros(hoja(plan, "alertas"), NOMBRE_TABLA_ALERTAS).filter((f) => f["Tipo de alerta"] === "Meta bajo 50 %").length;
    expect(valorJuntoA(hoja(plan, "resumen"), "Bajo 50 %").valor).toBe(n);
  });

  it("Hallazgos lists every finding", () => {
    expect(registros(hoja(plan, "hallazgos"), NOMBRE_TABLA_HALLAZGOS).map((f) => f["Código"])).toEqual(c.hallazgos.map((x) => x.codigo));
  });
});

d("bundled example: Datos and Resumen", () => {
  it("Datos has one row per meta and year with values, linked to the meta's row", () => {
    const filas = registros(hoja(plan, "datos"), NOMBRE_TABLA_DATOS);
    const esperado = c.metas.reduce(
      (a, m) => a + new Set([...c.parametros.cuatrienio.filter((y) => valoresDelAnio(m.meta, y) !== undefined), c.parametros.vigencia]).size,
      0,
    );
    expect(filas).toHaveLength(esperado);
    expect(new Set(filas.map((f) => `${comoTexto(f["Hoja"])}|${comoTexto(f["Fila"])}`)).size).toBe(c.metas.length);
  });

  it("Resumen counts the metas and lists every input sheet as a source", () => {
    const r = hoja(plan, "resumen");
    expect(valorJuntoA(r, "Metas").valor).toBe(c.metas.length);
    expect(registros(r, "Seg_Fuentes").map((f) => f["Hoja"])).toEqual(libro.hojas.map((h) => h.nombre));
  });
});
