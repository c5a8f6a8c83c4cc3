/**
 * The browser demo end to end (issue 6): the real pane beside the simulated Excel, clicked as a
 * user would. Expected values come from the engine run here, in Node, on the same example file —
 * not from what the page shows.
 */
import AxeBuilder from "@axe-core/playwright";
import path from "node:path";
import type { Page } from "playwright-core";
import { consolidar } from "../../src/core/calculo/consolidar";
import type { Ajustes, Consolidacion } from "../../src/core/calculo/tipos";
import { parseDireccion } from "../../src/core/grid/direccion";
import type { Libro, Valor } from "../../src/core/grid/libro";
import { planificar } from "../../src/core/reporte/planificar";
import { leerArchivo } from "../../src/io/xlsx/leerArchivo";
import { pct } from "../../src/taskpane/formato";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

type ValorHoja = Valor | undefined;
interface HojaVista {
  readonly nombre: string;
  readonly valores: ValorHoja[][];
}

let entorno: Entorno | undefined;
let pagina: Page;
let libro: Libro;
let esperado: Consolidacion;

/** The fake workbook's sheets as the page holds them. */
function hojasDelDemo(): Promise<HojaVista[]> {
  return pagina.evaluate(() =>
    (window.seguimientoDemo?.anfitrion.falso.modelo.hojas ?? []).filter((h) => !h.eliminada).map((h) => ({ nombre: h.nombre, valores: h.valores })),
  );
}

const sinEspacios = (t: string | null): string => (t ?? "").replace(/\s/g, "");

/** The libro with one cell replaced, as the user's edit leaves it. */
function conCelda(l: Libro, hoja: string, celda: string, valor: Valor): Libro {
  const { fila, columna } = parseDireccion(celda);
  return {
    ...l,
    hojas: l.hojas.map((h) =>
      h.nombre !== hoja ? h : { ...h, valores: h.valores.map((f, i) => (i !== fila ? f : Object.assign([...f], { [columna]: valor }))) },
    ),
  };
}

async function pestana(nombre: string): Promise<void> {
  await pagina.getByRole("tab", { name: nombre }).click();
}

async function consolidarEnPanel(): Promise<void> {
  await pestana("Consolidar");
  await pagina.getByRole("button", { name: "Consolidar", exact: true }).last().click();
  await pagina.getByRole("region", { name: "Resumen de la consolidación" }).waitFor({ timeout: 60000 });
}

beforeAll(async () => {
  libro = await leerArchivo(EJEMPLO);
  esperado = consolidar(libro, {});
  entorno = await abrirEntorno();
  // axe needs a page from an explicit context.
  pagina = await (await entorno.navegador.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await pagina.goto(`${entorno.servidor.url}demo.html`);
  await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60000 });
});

afterAll(() => cerrarEntorno(entorno));

describe("browser demo: the real task pane on the simulated Excel", () => {
  it("opens the bundled example and the pane recognises its metas (SPEC §3)", async () => {
    const estado = await pagina.getByTestId("estado-libro").textContent();
    expect(estado).toContain(`${esperado.plan.conteos.metas} metas`);
    await pagina.locator(".panel").screenshot({ path: captura("panel-inicio") });
  });

  it("Matriz tab lists every sheet with what was recognised", async () => {
    await pestana("Matriz");
    for (const h of esperado.hojas) await expect(pagina.locator(".panel").getByText(h.hoja, { exact: true }).first().isVisible()).resolves.toBe(true);
    const reconocida = esperado.hojas.find((h) => h.reconocida);
    if (!reconocida) throw new Error("el ejemplo no tiene matriz reconocida");
    await pagina
      .locator(".panel")
      .getByRole("button", { name: new RegExp(reconocida.hoja) })
      .first()
      .click();
    await expect(pagina.locator(".panel").getByText(`Encabezado en la fila ${reconocida.filaEncabezado}`, { exact: false }).first().isVisible()).resolves.toBe(
      true,
    );
    await pagina.locator(".panel").screenshot({ path: captura("panel-matriz") });
  });

  it("Validación tab counts the findings the engine finds (SPEC §7)", async () => {
    await pestana("Validación");
    const errores = esperado.hallazgos.filter((h) => h.severidad === "error").length;
    const conteo = pagina.getByTestId("conteo-hallazgos");
    await conteo.filter({ hasText: `${errores} errores · ${esperado.hallazgos.length - errores} advertencias` }).waitFor();
    await pagina.locator(".panel").screenshot({ path: captura("panel-validacion") });
  });

  it("clicking a finding selects its cell in the sheet (SPEC §1)", async () => {
    const h = esperado.hallazgos.find((x) => x.severidad === "error" && x.hoja && x.celda);
    if (!h?.hoja || !h.celda) throw new Error("el ejemplo no tiene errores con celda");
    await pagina
      .locator(".panel")
      .getByRole("button", { name: new RegExp(`^${h.celda} `) })
      .first()
      .click();
    await pagina.waitForFunction(
      ([hoja, celda]) => {
        const s = window.seguimientoDemo?.anfitrion.falso.modelo.seleccion;
        return s?.hoja === hoja && s.rango === celda;
      },
      [h.hoja, h.celda] as const,
    );
    await expect(pagina.locator(`td[data-celda="${h.celda}"]`).getAttribute("aria-selected")).resolves.toBe("true");
    await pagina.screenshot({ path: captura("demo-hallazgo-seleccionado") });
  });

  it("fixing a bad cell in the grid makes its finding disappear (re-validation on edit)", async () => {
    const h = esperado.hallazgos.find((x) => x.codigo === "E-NO-NUMERICO" && x.hoja && x.celda);
    if (!h?.hoja || !h.celda) throw new Error("el ejemplo no tiene E-NO-NUMERICO");
    const boton = pagina.locator(".panel").getByRole("button", { name: new RegExp(`^${h.celda} `) });
    await expect(boton.count()).resolves.toBe(1);
    await boton.click();
    await pagina.locator(`td[data-celda="${h.celda}"]`).dblclick();
    await pagina.getByLabel(`Editar ${h.celda}`).fill("5");
    await pagina.getByLabel(`Editar ${h.celda}`).press("Enter");
    const corregido = consolidar(conCelda(libro, h.hoja, h.celda, 5), {});
    const errores = corregido.hallazgos.filter((x) => x.severidad === "error").length;
    await pagina
      .getByTestId("conteo-hallazgos")
      .filter({ hasText: `${errores} errores · ${corregido.hallazgos.length - errores} advertencias` })
      .waitFor();
    await expect(boton.count()).resolves.toBe(0);
    libro = conCelda(libro, h.hoja, h.celda, 5);
  });

  it("Consolidar writes the owned sheets with the engine's values (SPEC §6)", async () => {
    const c = consolidar(libro, {});
    const plan = planificar(c, {
      hojasExistentes: libro.hojas.map((h) => h.nombre),
      propiedadPrevia: null,
      fechaEjecucion: "2026-01-01T00:00:00.000Z",
      duracionMs: 0,
    });
    await consolidarEnPanel();
    const hojas = await hojasDelDemo();
    expect(hojas.map((h) => h.nombre)).toEqual(expect.arrayContaining([...libro.hojas.map((h) => h.nombre), ...plan.hojas.map((h) => h.nombre)]));
    const porDependencia = hojas.find((h) => h.nombre === "Por dependencia");
    if (!porDependencia) throw new Error("no se escribió Por dependencia");
    for (const g of c.grupos.filter((x) => x.nivel === "dependencia")) {
      const fila = porDependencia.valores.find((f) => (f ?? []).includes(g.nombre));
      expect(fila).toBeDefined();
      expect(fila?.some((v) => typeof v === "number" && g.pctVigencia !== null && Math.abs(v - g.pctVigencia) < 1e-9)).toBe(true);
    }
    const totales = await pagina.getByTestId("totales-plan").textContent();
    expect(sinEspacios(totales)).toContain(sinEspacios(`% vigencia${pct(c.plan.pctVigencia)}`));
    await pagina.locator(".panel").screenshot({ path: captura("panel-consolidar") });
  });

  it("links of the summary activate the generated sheets; screenshots of Resumen and Por dependencia", async () => {
    for (const [hoja, archivo] of [
      ["Resumen", "hoja-resumen"],
      ["Por dependencia", "hoja-por-dependencia"],
    ] as const) {
      await pagina.getByRole("navigation", { name: "Hojas generadas" }).getByRole("button", { name: hoja, exact: true }).click();
      await pagina.locator(".pestana.activa", { hasText: hoja }).waitFor();
      await pagina.screenshot({ path: captura(archivo) });
    }
    // The charts sit to the right of the table, as in Excel: scroll to them.
    await pagina.locator(".grafico").first().scrollIntoViewIfNeeded();
    await expect(pagina.locator(".grafico svg").count()).resolves.toBeGreaterThan(0);
    await pagina.screenshot({ path: captura("hoja-por-dependencia-graficos") });
  });

  it("changing the tope changes the totals (SPEC §5.6)", async () => {
    const conTope = consolidar(libro, {});
    const sinTope = consolidar(libro, { tope: "ninguno" } satisfies Ajustes);
    expect(sinTope.plan.pctVigencia).not.toBeCloseTo(conTope.plan.pctVigencia ?? 0, 3);
    await pestana("Consolidar");
    await pagina.getByRole("combobox", { name: "Tope" }).selectOption("ninguno");
    await consolidarEnPanel();
    await pagina
      .getByTestId("totales-plan")
      .filter({ hasText: pct(sinTope.plan.pctVigencia).replace(/\s/g, "").slice(0, 4) })
      .waitFor();
    const totales = await pagina.getByTestId("totales-plan").textContent();
    expect(sinEspacios(totales)).toContain(sinEspacios(`% vigencia${pct(sinTope.plan.pctVigencia)}`));
    await pagina.getByRole("combobox", { name: "Tope" }).selectOption("100");
  });

  it("the ribbon's Consolidar runs the same service without the pane and activates Resumen", async () => {
    await pagina.locator(".pestana", { hasText: "PDM" }).first().click();
    await pagina.evaluate(() => window.seguimientoDemo?.consolidarCinta());
    await pagina.locator(".pestana.activa", { hasText: "Resumen" }).waitFor();
  });

  it("«Abrir .xlsx…» loads a file the user picks and the pane starts over on it", async () => {
    await pagina.getByRole("banner").locator('input[type="file"]').setInputFiles(EJEMPLO);
    await pagina.waitForFunction(() => window.seguimientoDemo?.anfitrion.falso.modelo.hojas.length === 3);
    const hojas = await hojasDelDemo();
    expect(hojas.map((h) => h.nombre)).toEqual(libro.hojas.map((h) => h.nombre));
    await pagina
      .getByTestId("estado-libro")
      .filter({ hasText: `${esperado.plan.conteos.metas} metas` })
      .waitFor();
  });

  it("a file that is not a workbook is said in Spanish, and the next good file clears the notice (issue 12, probe 14)", async () => {
    await pagina
      .getByRole("banner")
      .locator('input[type="file"]')
      .setInputFiles({
        name: "notas.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: Buffer.from("esto no es un libro"),
      });
    const aviso = pagina.locator("span.aviso[role=alert]");
    await aviso.waitFor();
    expect(await aviso.textContent()).toMatch(/notas\.xlsx/);
    await pagina.getByRole("banner").locator('input[type="file"]').setInputFiles(EJEMPLO);
    await pagina
      .getByTestId("estado-libro")
      .filter({ hasText: `${esperado.plan.conteos.metas} metas` })
      .waitFor();
    expect(await aviso.count()).toBe(0);
  });

  it("the pane has no serious or critical accessibility violations (axe)", async () => {
    for (const nombre of ["Matriz", "Validación", "Consolidar"]) {
      await pestana(nombre);
      // Fluent's focus manager (tabster) inserts 1-px <i tabindex=0 aria-hidden data-tabster-dummy>
      // sentinels that hand focus on at once; axe flags them as aria-hidden-focus. They are not
      // content the user reaches, so they are excluded; everything else of the pane is checked.
      const r = await new AxeBuilder({ page: pagina }).include(".panel").exclude("[data-tabster-dummy]").analyze();
      const graves = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(graves.map((v) => `${nombre}: ${v.id} ${v.help} en ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
});
