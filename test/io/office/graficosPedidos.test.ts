/**
 * Charts on demand through the Office adapter (issue 14): the «Gráficos» sheet's bar, line and pie
 * charts are created on the fake Excel with the types Office.js names (BarClustered, Line, Pie),
 * each series bound to the range the plan gives, and the settings' requests redrawn on a re-run.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { SolicitudGrafico } from "../../../src/core/calculo/tipos";
import { planificar } from "../../../src/core/reporte/planificar";
import { escribirPlanExcel, leerLibroExcel } from "../../../src/io/office";
import type { ExcelFalso } from "../../../src/simulador";
import { FECHA, falsoDelEjemplo } from "./_ayuda";

const PEDIDOS: SolicitudGrafico[] = [
  { medida: "semaforo", por: "dependencia" },
  { medida: "pct_vigencia", por: "anio", tipo: "lineas" },
  { medida: "presupuesto", por: "dependencia", tipo: "circular" },
];

async function consolidarCon(falso: ExcelFalso, graficos: readonly SolicitudGrafico[]) {
  const l = await leerLibroExcel(falso.entorno);
  const plan = planificar(consolidar(l.libro, { graficos }), {
    hojasExistentes: l.hojasExistentes,
    propiedadPrevia: l.propiedad,
    fechaEjecucion: FECHA,
    duracionMs: null,
  });
  await escribirPlanExcel(falso.entorno, plan);
  return plan;
}

describe("the Gráficos sheet on Excel (the fake)", () => {
  it("creates each chart with its Office.js type and binds every series to the plan's range", async () => {
    const falso = await falsoDelEjemplo();
    const plan = await consolidarCon(falso, PEDIDOS);
    const planeada = plan.hojas.find((h) => h.clave === "graficos");
    const escrita = falso.instantanea().hojas.find((h) => h.nombre === "Gráficos");
    expect(escrita?.graficos.map((g) => g.tipo)).toEqual(["BarClustered", "Line", "Pie"]);
    expect(escrita?.graficos.map((g) => g.series.map((s) => s.valores))).toEqual(planeada?.graficos.map((g) => g.series.map((s) => s.valores)));
    // a line has no gap between bars: the cosmetic step leaves it at Excel's default
    expect(escrita?.graficos[1]?.separacion).not.toBe(planeada?.graficos[1]?.separacion);
  });

  it("a re-run keeps the sheet in place, and a run without requests deletes it", async () => {
    const falso = await falsoDelEjemplo();
    await consolidarCon(falso, PEDIDOS);
    await consolidarCon(falso, PEDIDOS);
    expect(
      falso
        .instantanea()
        .hojas.filter((h) => h.nombre.startsWith("Gráficos"))
        .map((h) => h.nombre),
    ).toEqual(["Gráficos"]);
    await consolidarCon(falso, []);
    expect(falso.instantanea().hojas.some((h) => h.nombre.startsWith("Gráficos"))).toBe(false);
  });
});
