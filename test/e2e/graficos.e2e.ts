/**
 * Charts on demand in the browser (issue 14): the real pane's Gráficos tab on the simulated Excel —
 * pick a measure, a grouping and a filter, «Insertar gráfico» — and the sheet «Gráficos» appears
 * with the source table and the native chart the engine plans in Node for the same request.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import { consolidar } from "../../src/core/calculo/consolidar";
import type { SolicitudGrafico } from "../../src/core/calculo/tipos";
import { parseRango } from "../../src/core/grid/rango";
import { planificar } from "../../src/core/reporte/planificar";
import { leerArchivo } from "../../src/io/xlsx/leerArchivo";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const PEDIDA: SolicitudGrafico = { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Educación" };

let entorno: Entorno | undefined;
let pagina: Page;

beforeAll(async () => {
  entorno = await abrirEntorno();
  pagina = await (await entorno.navegador.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await pagina.goto(`${entorno.servidor.url}demo.html`);
  await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60000 });
});

afterAll(() => cerrarEntorno(entorno));

describe("the pane's Gráficos tab in the browser demo (issue 14)", () => {
  it("inserts the requested chart on the owned sheet «Gráficos», with the figures the engine plans", async () => {
    await pagina.getByRole("tab", { name: "Gráficos" }).click();
    await pagina.getByRole("combobox", { name: "Medida" }).selectOption(PEDIDA.medida);
    await pagina.getByRole("combobox", { name: "Agrupar por" }).selectOption(PEDIDA.por);
    await pagina.getByRole("combobox", { name: "Filtro" }).selectOption(PEDIDA.filtro ?? "");
    await pagina.getByRole("button", { name: "Insertar gráfico" }).click();
    await pagina.getByText("Gráfico insertado en la hoja «Gráficos».").waitFor({ timeout: 60000 });
    await pagina.screenshot({ path: captura("graficos-insertado") });

    const plan = planificar(consolidar(await leerArchivo(EJEMPLO), { graficos: [PEDIDA] }), {
      hojasExistentes: [],
      propiedadPrevia: null,
      fechaEjecucion: "2026-01-31T10:00:00Z",
      duracionMs: null,
    });
    const planeado = plan.hojas.find((h) => h.clave === "graficos")?.graficos[0];
    const escrita = await pagina.evaluate(() => {
      const h = (window.seguimientoDemo?.anfitrion.falso.modelo.hojas ?? []).find((x) => !x.eliminada && x.nombre === "Gráficos");
      return h
        ? {
            valores: h.valores,
            graficos: h.graficos.map((g) => ({ tipo: g.tipo, titulo: g.titulo, series: g.series.map((s) => s.valores?.rango ?? null) })),
          }
        : null;
    });
    expect(escrita?.graficos).toEqual([{ tipo: "BarClustered", titulo: planeado?.titulo, series: planeado?.series.map((s) => s.valores.rango) }]);
    // the cells the series reads hold the engine's figures
    const r = parseRango(planeado?.series[0]?.valores.rango ?? "A1");
    const celdas = Array.from({ length: r.fila2 - r.fila1 + 1 }, (_, i) => escrita?.valores[r.fila1 + i]?.[r.columna1]);
    const h = plan.hojas.find((x) => x.clave === "graficos");
    const bloque = h?.bloques.find((b) => b.valores[0]?.[0] === "Programa");
    expect(celdas).toEqual(bloque?.valores.slice(1).map((f) => f[1]));
    expect(await pagina.getByRole("list", { name: "Gráficos guardados" }).getByRole("listitem").count()).toBe(1);
    // a long element name in the pickers must not widen the pane beyond its frame
    const panel = pagina.locator(".panel");
    expect(await panel.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
  });
});
