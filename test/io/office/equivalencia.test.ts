/**
 * Consolidar through the adapter on the fake gives what the xlsx writer gives for the same
 * input (issue #5 "Must show"): same plan from the read, same owned sheets and values, and the
 * charts Excel recorded are the plan's chart specs.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { direccion, parseDireccion } from "../../../src/core/grid/direccion";
import type { Valor } from "../../../src/core/grid/libro";
import type { GraficoPlan, WorkbookPlan } from "../../../src/core/reporte/plan";
import { planificar } from "../../../src/core/reporte/planificar";
import type { ExcelFalso, GraficoInstantanea } from "../../../src/simulador";
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
        : {
            formato: g.ejeValores.formato ?? "",
            minimo: g.ejeValores.minimo,
            maximo: g.ejeValores.maximo,
            titulo: g.ejeValores.titulo,
            unidad: g.ejeValores.unidad,
          },
    ejeCategorias:
      tipo === "circular"
        ? plan.ejeCategorias
        : {
            titulo: g.ejeCategorias.titulo,
            saltoEtiquetas: g.ejeCategorias.saltoEtiquetas ?? 0,
            ordenInverso: g.ejeCategorias.ordenInverso,
            tamanoEtiquetas: g.ejeCategorias.tamanoEtiquetas ?? 0,
          },
    separacion: tipo === "circular" ? plan.separacion : (g.separacion ?? 0),
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
      const grabado = falso
        .instantanea()
        .hojas.find((x) => x.nombre === hoja)
        ?.graficos.find((x) => x.nombre === g.id);
      expect(grabado && comoPlan(grabado, g)).toEqual(g);
      // bars listed top-down keep the value axis below them
      if (g.ejeCategorias.ordenInverso) expect(grabado?.ejeCategorias.cruce).toBe("Maximum");
    }
  });

  it("applies every number format of the plan to every cell of its range", () => {
    for (const h of planOffice.hojas) {
      const hoja = falso.hoja(h.nombre);
      for (const f of h.formatos) {
        const [a = "", b = a] = f.rango.split(":");
        const p = parseDireccion(a);
        const q = parseDireccion(b);
        for (let fila = p.fila; fila <= q.fila; fila++)
          for (let col = p.columna; col <= q.columna; col++)
            expect({ hoja: h.nombre, celda: [fila, col], formato: hoja.formato(fila, col) }).toEqual({
              hoja: h.nombre,
              celda: [fila, col],
              formato: f.formato,
            });
      }
    }
  });

  it("writes semáforo conditional formats as Excel cell-value rules with the plan's colours", () => {
    // Plan bounds are inclusive: both → Between, one → ≥ / ≤; a semáforo name → equal to the text.
    const esperado = (c: WorkbookPlan["hojas"][number]["condicionales"][number]) => {
      if (c.tipo === "texto") return { operador: "EqualTo", formula1: `="${c.igualA}"`, formula2: null };
      if (c.desde !== null && c.hasta !== null) return { operador: "Between", formula1: String(c.desde), formula2: String(c.hasta) };
      if (c.desde !== null) return { operador: "GreaterThanOrEqual", formula1: String(c.desde), formula2: null };
      return { operador: "LessThanOrEqual", formula1: String(c.hasta), formula2: null };
    };
    const total = planOffice.hojas.reduce((n, h) => n + h.condicionales.length, 0);
    expect(total).toBeGreaterThan(0);
    for (const h of planOffice.hojas) {
      const grabados = falso.hoja(h.nombre).condicionales;
      expect(grabados).toEqual(
        h.condicionales.map((c) => ({ rango: c.rango, tipo: "CellValue", ...esperado(c), relleno: c.relleno, colorFuente: c.colorFuente })),
      );
    }
  });

  it("freezes the plan's panes and sets its column widths (characters → points: (7·n + 5) · 0,75)", () => {
    for (const h of planOffice.hojas) {
      const hoja = falso.hoja(h.nombre);
      expect(hoja.inmovilizar).toEqual(h.inmovilizar && (h.inmovilizar.filas > 0 || h.inmovilizar.columnas > 0) ? h.inmovilizar : null);
      for (const a of h.anchos) expect(hoja.anchos.get(a.columna)).toBeCloseTo((7 * a.ancho + 5) * 0.75, 2);
    }
  });

  it("creates the plan's tables with their names and styles, and the plan's links", () => {
    for (const h of planOffice.hojas) {
      const s = falso.instantanea().hojas.find((x) => x.nombre === h.nombre);
      expect(s?.tablas.map((t) => [t.nombre, t.estilo])).toEqual(h.tablas.map((t) => [t.nombre, t.estilo]));
      // A link is a cell hyperlink, or a HYPERLINK formula in the values block on sheets with many links.
      const enCelda = Object.keys(s?.vinculos ?? {});
      const enFormula = Object.entries(s?.formulas ?? {})
        .filter(([, f]) => f.startsWith("=HYPERLINK("))
        .map(([k]) => {
          const [fila = 0, columna = 0] = k.split(",").map(Number);
          return direccion(fila, columna);
        });
      expect([...enCelda, ...enFormula].sort()).toEqual(h.vinculos.map((v) => v.celda).sort());
      for (const v of h.vinculos) {
        const p = parseDireccion(v.celda);
        const f = s?.formulas[`${p.fila},${p.columna}`];
        if (f !== undefined) expect(f.startsWith(`=HYPERLINK("#'${v.hoja.replace(/'/g, "''")}'!${v.destino}",`)).toBe(true);
        else expect((s?.vinculos[v.celda] as { documentReference: string }).documentReference).toBe(`'${v.hoja.replace(/'/g, "''")}'!${v.destino}`);
      }
    }
  });
});
