/** @jest-environment node */
/**
 * The shared Consolidar service on the fake Excel with the real adapter and engine: what the
 * pane and the ribbon both run. Expected sheets come from planificar() run here on the same grid.
 */
import fs from "node:fs";
import path from "node:path";
import { consolidar } from "../../src/core/calculo/consolidar";
import { planificar } from "../../src/core/reporte/planificar";
import { ExcelFalso } from "../../src/simulador";
import { leerXlsx } from "../../src/io/xlsx/lector";
import { consolidarLibro } from "../../src/taskpane/services/consolidar";
import { ConsolidarCancelado } from "../../src/taskpane/services/errores";
import { crearPuertoOffice } from "../../src/taskpane/services/office";
import type { Progreso } from "../../src/taskpane/services/tipos";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

async function falsoConEjemplo(): Promise<{ falso: ExcelFalso; nombres: string[] }> {
  const libro = await leerXlsx(fs.readFileSync(EJEMPLO), "matriz-seguimiento-ejemplo.xlsx");
  return { falso: new ExcelFalso().cargarLibro(libro), nombres: libro.hojas.map((h) => h.nombre) };
}

const nombresHojas = (f: ExcelFalso): string[] => f.modelo.hojas.filter((h) => !h.eliminada).map((h) => h.nombre);

describe("Consolidar service: read → consolidar → planificar → write (issue 6)", () => {
  it("writes every sheet of the plan and reports progress up to 100 %", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    const libro = await leerXlsx(fs.readFileSync(EJEMPLO), "matriz-seguimiento-ejemplo.xlsx");
    const esperado = planificar(consolidar(libro, {}), { hojasExistentes: nombres, propiedadPrevia: null, fechaEjecucion: "2026-01-01T00:00:00Z", duracionMs: 0 });
    const progreso: Progreso[] = [];
    const r = await consolidarLibro(crearPuertoOffice(falso.entorno), {}, { onProgress: (p) => progreso.push(p) });
    expect(nombresHojas(falso)).toEqual([...nombres, ...esperado.hojas.map((h) => h.nombre)]);
    expect(r.plan.hojas.map((h) => h.nombre)).toEqual(esperado.hojas.map((h) => h.nombre));
    expect(progreso.map((p) => p.etapa)).toEqual(expect.arrayContaining(["leer", "calcular", "planificar", "escribir", "listo"]));
    expect(progreso.map((p) => p.fraccion)).toEqual([...progreso.map((p) => p.fraccion)].sort((a, b) => a - b));
    expect(progreso.at(-1)?.fraccion).toBe(1);
  });

  it("cancelled once the plan is made, it writes nothing", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    const ac = new AbortController();
    const promesa = consolidarLibro(crearPuertoOffice(falso.entorno), {}, {
      signal: ac.signal,
      onProgress: (p) => p.etapa === "planificar" && ac.abort(),
    });
    await expect(promesa).rejects.toBeInstanceOf(ConsolidarCancelado);
    expect(nombresHojas(falso)).toEqual(nombres);
  });

  it("cancelled before it starts, it reads nothing", async () => {
    const { falso } = await falsoConEjemplo();
    const ac = new AbortController();
    ac.abort();
    const antes = falso.totalSyncs;
    await expect(consolidarLibro(crearPuertoOffice(falso.entorno), {}, { signal: ac.signal })).rejects.toBeInstanceOf(ConsolidarCancelado);
    expect(falso.totalSyncs).toBe(antes);
  });

  it("a cell in edit mode gives the adapter's Spanish message and no output", async () => {
    const { falso, nombres } = await falsoConEjemplo();
    falso.opciones.edicion = true;
    await expect(consolidarLibro(crearPuertoOffice(falso.entorno), {})).rejects.toThrow(/edit/i);
    falso.opciones.edicion = false;
    expect(nombresHojas(falso)).toEqual(nombres);
  });
});
