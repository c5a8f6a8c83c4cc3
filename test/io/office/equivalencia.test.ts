/**
 * Consolidar through the adapter on the fake gives what the xlsx writer gives for the same
 * input (issue #5 "Must show"): same plan from the read, same owned sheets and values, and the
 * charts Excel recorded are the plan's chart specs.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Valor } from "../../../src/core/grid/libro";
import type { GraficoPlan, WorkbookPlan } from "../../../src/core/reporte/plan";
import { planificar } from "../../../src/core/reporte/planificar";
import type { ExcelFalso, GraficoInstantanea } from "../../../src/demo/excelFalso";
import { escribirXlsx } from "../../../src/io/xlsx/escritor";
import { leerXlsx } from "../../../src/io/xlsx/lector";
import { FECHA, bytesEjemplo, consolidarEnFalso, falsoDelEjemplo } from "./_ayuda";

type Celda = Valor | undefined;
function recortar(m: readonly (readonly Celda[] | undefined)[]): Valor[][] {
  // Array.from, not map: readers may leave holes in sparse rows.
  const filas = Array.from(m, (f) => {
    const r = Array.from(f ?? [], (x) => (x === undefined || x === "" ? null : x));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (filas.length > 0 && filas[filas.length - 1]?.length === 0) filas.pop();
  return filas;
}

/** The chart as a plan spec, rebuilt from what the fake Excel recorded. */
function comoPlan(g: GraficoInstantanea, plan: GraficoPlan): GraficoPlan {
  const tipo = ({ BarClustered: "barras", ColumnClustered: "columnas", Pie: "circular" } as const)[g.tipo as "Pie"];
  const categorias = g.series[0]?.categorias ?? null;
  return {
    id: g.nombre,
    tipo,
    titulo: g.titulo,
    categorias: categorias ?? { hoja: "?", rango: "?" },
    series: g.series.map((s) => {
      const puntos = Object.keys(s.coloresPuntos).length;
      return {
        nombre: s.nombre,
        valores: s.valores ?? { hoja: "?", rango: "?" },
        color: s.color ?? "",
        ...(puntos > 0 ? { coloresPuntos: Array.from({ length: puntos }, (_, i) => s.coloresPuntos[i] ?? "") } : {}),
      };
    }),
    ejeValores:
      tipo === "circular"
        ? plan.ejeValores
        : { formato: g.ejeValores.formato ?? "", minimo: g.ejeValores.minimo, maximo: g.ejeValores.maximo, titulo: g.ejeValores.titulo },
    ejeCategorias: tipo === "circular" ? plan.ejeCategorias : { titulo: g.ejeCategorias.titulo },
    etiquetas: g.etiquetas,
    leyenda: g.leyenda,
    ancla: g.ancla ?? "",
    ancho: g.ancho ?? 0,
    alto: g.alto ?? 0,
  };
}

describe("Consolidar through the Office adapter equals the xlsx path (issue #5)", () => {
  let falso: ExcelFalso;
  let planOffice: WorkbookPlan;
  let planXlsx: WorkbookPlan;
  let salidaXlsx: Awaited<ReturnType<typeof leerXlsx>>;

  beforeAll(async () => {
    falso = await falsoDelEjemplo();
    planOffice = await consolidarEnFalso(falso);
    const entrada = bytesEjemplo();
    const libro = await leerXlsx(entrada, "matriz-seguimiento-ejemplo.xlsx");
    planXlsx = planificar(consolidar(libro, {}), {
      hojasExistentes: libro.hojas.map((h) => h.nombre),
      propiedadPrevia: null,
      fechaEjecucion: FECHA,
      duracionMs: null,
    });
    salidaXlsx = await leerXlsx(await escribirXlsx(entrada, planXlsx), "salida.xlsx");
  }, 60_000);

  it("reads the open workbook into the same plan as the xlsx reader", () => {
    expect(planOffice).toEqual(planXlsx);
  });

  it("writes the same owned sheets, in the same tab order", () => {
    const nombres = (hs: readonly { nombre: string }[]) => hs.map((h) => h.nombre);
    expect(nombres(falso.instantanea().hojas)).toEqual(nombres(salidaXlsx.hojas));
  });

  it("every owned sheet has the same values as the xlsx writer's output", () => {
    for (const h of planXlsx.hojas) {
      const enExcel = falso.instantanea().hojas.find((x) => x.nombre === h.nombre);
      const enXlsx = salidaXlsx.hojas.find((x) => x.nombre === h.nombre);
      expect({ hoja: h.nombre, valores: recortar(enExcel?.valores ?? []) }).toEqual({
        hoja: h.nombre,
        valores: recortar(enXlsx?.valores ?? []),
      });
    }
  });

  it("records every chart of the plan with its spec (type, ranges, colours, axes, labels, place)", () => {
    const graficos = planOffice.hojas.flatMap((h) => h.graficos.map((g) => [h.nombre, g] as const));
    expect(graficos.length).toBeGreaterThan(0);
    for (const [hoja, g] of graficos) {
      const grabado = falso.instantanea().hojas.find((x) => x.nombre === hoja)?.graficos.find((x) => x.nombre === g.id);
      expect(grabado && comoPlan(grabado, g)).toEqual(g);
    }
  });

  it("creates the plan's tables with their names and styles, and the plan's links", () => {
    for (const h of planOffice.hojas) {
      const s = falso.instantanea().hojas.find((x) => x.nombre === h.nombre);
      expect(s?.tablas.map((t) => [t.nombre, t.estilo])).toEqual(h.tablas.map((t) => [t.nombre, t.estilo]));
      expect(Object.keys(s?.vinculos ?? {}).sort()).toEqual(h.vinculos.map((v) => v.celda).sort());
    }
  });
});
