/**
 * Doubtful recognition in the browser demo (SPEC §3.6): a workbook whose sheet has a recognised
 * header but no ejecutado column is opened with «Abrir .xlsx…»; the pane's first element is the
 * warning, and «Revisar reconocimiento» leads to the sheet in the Matriz tab. What must be said
 * comes from the SPEC (a matrix lacking the ejecutado the computation needs), not from the page.
 */
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { consolidar } from "../../src/core/calculo/consolidar";
import { leerXlsx } from "../../src/io/xlsx/lector";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

const HOJA = "PDM 2025";
const FILA_ENCABEZADO = 4;
const ARCHIVO = "sin-ejecutado.xlsx";

/** A plan de acción with its metas and programado, and no ejecutado column at all. */
async function libroSinEjecutado(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(HOJA);
  ws.addRow(["PLAN DE ACCIÓN VIGENCIA 2025"]);
  ws.addRow(["Dependencia: Secretaría de Planeación"]);
  ws.addRow([]);
  ws.addRow(["CÓDIGO DE PRODUCTO", "META DE PRODUCTO", "UNIDAD DE MEDIDA", "META CUATRIENIO", "META 2025"]);
  const metas: [string, string, string, number, number][] = [
    ["101", "Niños menores de 5 años vacunados", "Número", 1000, 250],
    ["102", "Sedes educativas mejoradas", "Número", 20, 5],
    ["103", "Trámites en línea", "Número", 40, 10],
    ["104", "Rendiciones de cuentas realizadas", "Número", 4, 1],
  ];
  metas.forEach((m) => ws.addRow(m));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

let entorno: Entorno | undefined;
let pagina: Page;
let datos: Buffer;

beforeAll(async () => {
  datos = await libroSinEjecutado();
  entorno = await abrirEntorno();
  // axe needs a page from an explicit context.
  pagina = await (await entorno.navegador.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await pagina.goto(`${entorno.servidor.url}demo.html`);
  await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60000 });
});

afterAll(() => cerrarEntorno(entorno));

describe("browser demo: a sheet without ejecutado says its recognition is doubtful first (SPEC §3.6)", () => {
  it("the workbook is a matrix by SPEC §3.1 (meta and programado columns) with no ejecutado column", async () => {
    const c = consolidar(await leerXlsx(datos, ARCHIVO), {});
    const h = c.hojas.find((x) => x.hoja === HOJA);
    expect(h?.reconocida).toBe(true);
    expect(h?.filaEncabezado).toBe(FILA_ENCABEZADO);
    expect(h?.columnas.some((x) => x.campo === "ejecutado")).toBe(false);
  });

  it("after «Abrir .xlsx…» the pane's first element is the warning naming the sheet", async () => {
    await pagina
      .getByRole("banner")
      .locator('input[type="file"]')
      .setInputFiles({ name: ARCHIVO, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: datos });
    await pagina.waitForFunction((hoja) => window.seguimientoDemo?.anfitrion.falso.modelo.hojas.some((h) => h.nombre === hoja) === true, HOJA);
    const aviso = pagina.locator(".panel").getByRole("group", { name: "Reconocimiento dudoso" });
    await aviso.waitFor({ timeout: 60000 });
    await expect(aviso.textContent()).resolves.toContain(HOJA);
    // First in the pane: nothing of the pane (title, counts, tabs, figures) is above it.
    const primero = await pagina.locator("main").evaluate((m) => m.firstElementChild?.getAttribute("aria-label") ?? null);
    expect(primero).toBe("Reconocimiento dudoso");
    const arribaAviso = (await aviso.boundingBox())?.y ?? Infinity;
    const arribaEstado = (await pagina.getByTestId("estado-libro").boundingBox())?.y ?? -Infinity;
    expect(arribaAviso).toBeLessThan(arribaEstado);
    await pagina.locator(".panel").screenshot({ path: captura("panel-reconocimiento-dudoso") });
  });

  it("«Revisar reconocimiento» opens the Matriz tab on that sheet", async () => {
    await pagina.getByRole("button", { name: "Revisar reconocimiento" }).click();
    await expect(pagina.getByRole("tab", { name: "Matriz" }).getAttribute("aria-selected")).resolves.toBe("true");
    const item = pagina.locator(".panel").getByRole("button", { name: new RegExp(`^${HOJA}`) });
    await expect(item.getAttribute("aria-expanded")).resolves.toBe("true");
    await pagina.locator(".panel").getByText(`Encabezado en la fila ${FILA_ENCABEZADO}`, { exact: false }).waitFor();
    // Each column's evidence, as the engine run here in Node gives it, is shown (SPEC §3.6).
    const c = consolidar(await leerXlsx(datos, ARCHIVO), {});
    const motivos = (c.hojas.find((x) => x.hoja === HOJA)?.columnas ?? []).flatMap((x) => (x.evidencia ? [x.evidencia.motivo] : []));
    expect(motivos.length).toBeGreaterThan(0);
    for (const m of motivos) await pagina.locator(".panel").getByText(m, { exact: false }).first().waitFor();
    await pagina.locator(".panel").screenshot({ path: captura("panel-reconocimiento-dudoso-matriz") });
  });

  it("the warning and the evidence in Matriz have no serious or critical accessibility violations (axe)", async () => {
    // The tabster focus sentinels are excluded as in demo.e2e.ts (not content the user reaches).
    const r = await new AxeBuilder({ page: pagina }).include(".panel").exclude("[data-tabster-dummy]").analyze();
    const graves = r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(graves.map((v) => `${v.id} ${v.help} en ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
});
