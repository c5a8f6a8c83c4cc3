/** @jest-environment node */
/**
 * The shared Consolidar use case on the fake Excel with the real adapter and engine: what the
 * pane and the ribbon both run. Expected sheets come from planificar() run here on the same grid.
 */
import fs from "node:fs";
import path from "node:path";
import { consolidar } from "../../src/core/calculo/consolidar";
import { planificar } from "../../src/core/reporte/planificar";
import { ExcelFalso } from "../../src/simulador";
import { leerXlsx } from "../../src/io/xlsx/lector";
import { ErrorCancelado, consolidarLibro, type OpcionesConsolidar, type Progreso, type ResultadoConsolidar } from "../../src/app";
import { libroOffice } from "../../src/io/office";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

async function falsoConEjemplo(): Promise<{ falso: ExcelFalso; nombres: string[] }> {
  const libro = await leerXlsx(fs.readFileSync(EJEMPLO), "matriz-seguimiento-ejemplo.xlsx");
  return { falso: new ExcelFalso().cargarLibro(libro), nombres: libro.hojas.map((h) => h.nombre) };
}

/** The use case with the Office adapter as both source and writer, as the pane runs it. */
function consolidarEnExcel(falso: ExcelFalso, opciones: OpcionesConsolidar = {}): Promise<ResultadoConsolidar> {
  const libro = libroOffice(falso.entorno);
  return consolidarLibro(libro, libro, {}, opciones);
}

const nombresHojas = (f: ExcelFalso): string[] => f.modelo.hojas.filter((h) => !h.eliminada).map((h) => h.nombre);

describe("Consolidar: read → consolidar → planificar → write (issue 6)", () => {
  it("writes every sheet of the plan and reports progress up to 100 %", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    const libro = await leerXlsx(fs.readFileSync(EJEMPLO), "matriz-seguimiento-ejemplo.xlsx");
    const esperado = planificar(consolidar(libro, {}), {
      hojasExistentes: nombres,
      propiedadPrevia: null,
      fechaEjecucion: "2026-01-01T00:00:00Z",
      duracionMs: 0,
    });
    const progreso: Progreso[] = [];
    const r = await consolidarEnExcel(falso, { onProgress: (p) => progreso.push(p) });
    expect(nombresHojas(falso)).toEqual([...nombres, ...esperado.hojas.map((h) => h.nombre)]);
    expect(r.plan.hojas.map((h) => h.nombre)).toEqual(esperado.hojas.map((h) => h.nombre));
    expect(progreso.map((p) => p.etapa)).toEqual(expect.arrayContaining(["leer", "calcular", "planificar", "escribir", "listo"]));
    expect(progreso.map((p) => p.fraccion)).toEqual([...progreso.map((p) => p.fraccion)].sort((a, b) => a - b));
    expect(progreso.at(-1)?.fraccion).toBe(1);
  });

  it("cancelled once the plan is made, it writes nothing", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    const ac = new AbortController();
    const promesa = consolidarEnExcel(falso, {
      signal: ac.signal,
      onProgress: (p) => p.etapa === "planificar" && ac.abort(),
    });
    await expect(promesa).rejects.toBeInstanceOf(ErrorCancelado);
    expect(nombresHojas(falso)).toEqual(nombres);
  });

  it("cancelled before it starts, it reads nothing", async () => {
    const { falso } = await falsoConEjemplo();
    const ac = new AbortController();
    ac.abort();
    const antes = falso.totalSyncs;
    await expect(consolidarEnExcel(falso, { signal: ac.signal })).rejects.toBeInstanceOf(ErrorCancelado);
    expect(falso.totalSyncs).toBe(antes);
  });

  it("a cell in edit mode gives the adapter's Spanish message and no output", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    falso.opciones.edicion = true;
    await expect(consolidarEnExcel(falso)).rejects.toThrow(/edit/i);
    falso.opciones.edicion = false;
    expect(nombresHojas(falso)).toEqual(nombres);
  });
});
