/**
 * The real add-in pages with office.js routed to the fake (seeded with the bundled example):
 * the ribbon's FunctionFile (commands.html) as Excel would call it, and taskpane.html at the
 * 320 px a task pane opens with.
 */
import path from "node:path";
import { consolidar } from "../../src/core/calculo/consolidar";
import { planificar } from "../../src/core/reporte/planificar";
import { leerArchivo } from "../../src/io/xlsx/leerArchivo";
import { abrirEntorno, captura, cerrarEntorno, paginaConOfficeFalso, type Entorno } from "./navegador";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
let entorno: Entorno | undefined;

beforeAll(async () => {
  entorno = await abrirEntorno();
});
afterAll(() => cerrarEntorno(entorno));

function abrir(): Entorno {
  if (!entorno) throw new Error("sin navegador");
  return entorno;
}

/** Calls the associated "consolidar" action as the ribbon does and waits for event.completed(). */
const PULSAR_CINTA = () =>
  new Promise<{ completado: boolean }>((resolver) => {
    const office = (window as unknown as { Office: { actions: { registradas: Map<string, (e: { completed(): void }) => unknown> } } }).Office;
    const accion = office.actions.registradas.get("consolidar");
    if (!accion) return resolver({ completado: false });
    void accion({ completed: () => resolver({ completado: true }) });
  });

describe('ribbon command (ExecuteFunction "consolidar") on commands.html', () => {
  it("writes the plan's sheets, activates Resumen and completes the event", async () => {
    const libro = await leerArchivo(EJEMPLO);
    const plan = planificar(consolidar(libro, {}), {
      hojasExistentes: libro.hojas.map((h) => h.nombre),
      propiedadPrevia: null,
      fechaEjecucion: "2026-01-01T00:00:00.000Z",
      duracionMs: 0,
    });
    const pagina = await paginaConOfficeFalso(abrir());
    await pagina.goto(`${abrir().servidor.url}commands.html`);
    await pagina.waitForFunction(
      () => (window as unknown as { Office?: { actions?: { registradas?: Map<string, unknown> } } }).Office?.actions?.registradas?.has("consolidar") === true,
    );
    await expect(pagina.evaluate(PULSAR_CINTA)).resolves.toEqual({ completado: true });
    const estado = await pagina.evaluate(() => {
      const f = window.seguimientoFalso;
      return {
        hojas: f?.falso.modelo.hojas.filter((h) => !h.eliminada).map((h) => h.nombre) ?? [],
        seleccion: f?.falso.modelo.seleccion ?? null,
        dialogos: f?.dialogos.length ?? -1,
      };
    });
    expect(estado.hojas).toEqual(expect.arrayContaining(plan.hojas.map((h) => h.nombre)));
    expect(estado.seleccion).toEqual({ hoja: "Resumen", rango: "A1" });
    expect(estado.dialogos).toBe(0);
  });

  it("when Excel refuses (a cell in edit mode) it writes nothing, shows the Spanish message in a dialog and still completes", async () => {
    const pagina = await paginaConOfficeFalso(abrir());
    await pagina.goto(`${abrir().servidor.url}commands.html?fallo=edicion`);
    await pagina.waitForFunction(
      () => (window as unknown as { Office?: { actions?: { registradas?: Map<string, unknown> } } }).Office?.actions?.registradas?.has("consolidar") === true,
    );
    const antes = await pagina.evaluate(() => window.seguimientoFalso?.falso.modelo.hojas.map((h) => h.nombre));
    await expect(pagina.evaluate(PULSAR_CINTA)).resolves.toEqual({ completado: true });
    const despues = await pagina.evaluate(() => ({
      hojas: window.seguimientoFalso?.falso.modelo.hojas.filter((h) => !h.eliminada).map((h) => h.nombre),
      dialogos: window.seguimientoFalso?.dialogos ?? [],
    }));
    expect(despues.hojas).toEqual(antes);
    expect(despues.dialogos).toHaveLength(1);
    const url = new URL(despues.dialogos[0]?.url ?? "http://x/");
    expect(url.pathname).toBe("/commands.html");
    expect(url.searchParams.get("mensaje")).toMatch(/edit/i);
    // The dialog page itself shows the message.
    const dialogo = await paginaConOfficeFalso(abrir(), 400);
    await dialogo.goto(url.toString());
    await dialogo.getByText("No se pudo consolidar").waitFor();
    await dialogo.screenshot({ path: captura("cinta-dialogo-error") });
  });
});

describe("taskpane.html inside the (fake) Office host at 320 px", () => {
  it("renders the three tabs without horizontal scrolling", async () => {
    const pagina = await paginaConOfficeFalso(abrir(), 320);
    await pagina.goto(`${abrir().servidor.url}taskpane.html`);
    await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60000 });
    for (const pestana of ["Matriz", "Validación", "Consolidar"]) await pagina.getByRole("tab", { name: pestana }).waitFor();
    const desborde = await pagina.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(desborde).toBeLessThanOrEqual(0);
    await pagina.screenshot({ path: captura("taskpane-320px"), fullPage: true });
  });
});
