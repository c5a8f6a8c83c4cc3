/**
 * The web page without the add-in (issue 14, deliverable 4), in Chromium: dist/ published under a
 * sub-path of another host (https://sitio.example/seguimiento/, routed to a copy of dist/ here), its index
 * opens with the bundled example, two files are opened through the file input (the second is the
 * pane's added file: its recognition in Consolidar, in the pane's consolidation), a setting is
 * chosen in the pane, and the ribbon's downloads are captured. The downloaded workbook's owned
 * sheets must equal what `seguimiento consolidar` writes for the same files and setting (run date
 * and duration aside); the Informe must open as a Word document. No request may leave the site.
 */
import JSZip from "jszip";
import { mkdtempSync, promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { DIST } from "../../scripts/servirDemo";
import { ejemploXlsx } from "../../scripts/ejemplo";
import { main } from "../../src/cli";
import type { ResumenJson } from "../../src/core/resumenJson";
import { entero } from "../../src/taskpane/formato";
import { hojasPropias } from "../helpers/hojasPropias";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

const SITIO = "https://sitio.example/seguimiento/";
const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-pagina-web-"));
const OTRA_DEPENDENCIA = path.join(tmp, "dependencia-salud.xlsx");
/** dist/ as built when the tests start: other builds replace dist/ (and its chunks' names) meanwhile. */
const PUBLICADO = path.join(tmp, "publicado");
/** A setting the user changes in the pane, and the same one for the CLI. */
const SEMAFORO = "dnp-5";

let entorno: Entorno | undefined;
let contexto: BrowserContext;
let pagina: Page;
/** Every request the page made outside the published folder. */
const fuera: string[] = [];

/** The metas the CLI counts in one file, read alone. */
async function metasDelCli(ruta: string): Promise<number> {
  const json = path.join(tmp, `${path.basename(ruta)}.json`);
  await cli("consolidar", ruta, "--sin-salida", "--json", json);
  return (JSON.parse(await fsp.readFile(json, "utf8")) as ResumenJson).plan.metas;
}

async function cli(...argv: string[]): Promise<void> {
  let err = "";
  const codigo = await main(argv, { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY: false } });
  if (codigo !== 0) throw new Error(`seguimiento ${argv.join(" ")} terminó con ${codigo}: ${err}`);
}

/** Clicks a download of the ribbon; the page's notice, if it shows one instead, is the failure's message. */
async function descargar(boton: string): Promise<{ nombre: string; bytes: Uint8Array }> {
  const espera = pagina.waitForEvent("download", { timeout: 120_000 });
  await pagina.getByRole("banner").getByRole("button", { name: boton, exact: true }).click();
  const aviso = pagina.getByRole("banner").getByRole("alert");
  const avisado = aviso.waitFor({ timeout: 120_000 }).then(
    async () => aviso.textContent(),
    () => null,
  );
  const descarga = await Promise.race([espera, avisado.then((t) => Promise.reject(new Error(`la página avisó en lugar de descargar: ${t ?? ""}`)))]);
  const ruta = path.join(tmp, `pagina-${descarga.suggestedFilename()}`);
  await descarga.saveAs(ruta);
  return { nombre: descarga.suggestedFilename(), bytes: new Uint8Array(await fsp.readFile(ruta)) };
}

beforeAll(async () => {
  await fsp.writeFile(OTRA_DEPENDENCIA, await ejemploXlsx(7));
  await fsp.cp(DIST, PUBLICADO, { recursive: true });
  entorno = await abrirEntorno();
  // the browser's zone is the CLI's, so Resumen's «Zona horaria» cell compares as it is
  contexto = await entorno.navegador.newContext({
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    timezoneId: Intl.DateTimeFormat().resolvedOptions().timeZone,
  });
  await contexto.route("**/*", async (r) => {
    const url = r.request().url();
    if (!url.startsWith(SITIO)) {
      fuera.push(`${r.request().method()} ${url}`);
      return r.abort();
    }
    const relativa = decodeURIComponent(new URL(url).pathname.slice(new URL(SITIO).pathname.length)) || "index.html";
    return r.fulfill({ path: path.join(PUBLICADO, relativa) });
  });
  pagina = await contexto.newPage();
  await pagina.goto(SITIO);
  await pagina.locator(".cuadricula").waitFor({ timeout: 60_000 });
});

afterAll(() => cerrarEntorno(entorno));

describe("the web page: open, consolidate and download without the add-in (issue 14)", () => {
  it("served from a sub-path, its index loads the page, its chunks and the bundled example by relative URLs", async () => {
    await expect(pagina.getByRole("banner").textContent()).resolves.toContain("matriz-seguimiento-ejemplo.xlsx");
    await expect(pagina.getByText("nada se envía a ningún servidor").isVisible()).resolves.toBe(true);
  });

  it("opens two files through the file input: the first is shown, both are kept", async () => {
    await pagina.getByRole("banner").locator('input[type="file"]').setInputFiles([EJEMPLO, OTRA_DEPENDENCIA]);
    await pagina.getByRole("banner").getByText("matriz-seguimiento-ejemplo.xlsx + 1 archivo más").waitFor({ timeout: 60_000 });
  });

  it("the second file is the pane's added file: listed in Consolidar with its own metas, as the CLI counts them alone", async () => {
    const panel = pagina.getByRole("complementary", { name: "Panel de Seguimiento" });
    const lista = panel.getByRole("list", { name: "Archivos agregados" });
    await expect(lista.getByRole("listitem").allTextContents()).resolves.toEqual([expect.stringContaining("dependencia-salud.xlsx")]);
    const metas = await metasDelCli(OTRA_DEPENDENCIA);
    expect(metas).toBeGreaterThan(0);
    await lista
      .getByTestId("revision-archivo")
      .filter({ hasText: ` · ${entero(metas)} metas · ` })
      .waitFor({ timeout: 60_000 });
  });

  it("the pane's Consolidar consolidates both files: its Resumen lists them", async () => {
    const panel = pagina.getByRole("complementary", { name: "Panel de Seguimiento" });
    await panel.getByRole("button", { name: "Consolidar", exact: true }).click();
    await panel.getByRole("region", { name: "Resumen de la consolidación" }).waitFor({ timeout: 120_000 });
    const textos = await pagina.evaluate(
      () => window.seguimientoDemo?.anfitrion.falso.modelo.hojas.find((h) => !h.eliminada && h.nombre === "Resumen")?.valores.flat() ?? [],
    );
    expect(textos).toEqual(expect.arrayContaining(["matriz-seguimiento-ejemplo.xlsx", "dependencia-salud.xlsx"]));
    await pagina.screenshot({ path: captura("pagina-web-panel-dos-archivos") });
  });

  it("the downloaded workbook's owned sheets equal the CLI's for the same files and the setting saved in the pane", async () => {
    await pagina.getByRole("tab", { name: "Consolidar" }).click();
    await pagina.getByLabel("Semáforo").selectOption(SEMAFORO);
    // the pane saves its settings in the workbook once the typing pauses
    await pagina.waitForFunction(async (s) => ((await window.seguimientoDemo?.anfitrion.libro.leerAjustes()) ?? "").includes(s), SEMAFORO, {
      polling: 200,
      timeout: 10_000,
    });
    const salida = path.join(tmp, "cli.xlsx");
    await cli("consolidar", EJEMPLO, OTRA_DEPENDENCIA, "--semaforo", SEMAFORO, "--salida", salida);
    const { nombre, bytes } = await descargar("Descargar libro consolidado (.xlsx)");
    expect(nombre).toBe("matriz-seguimiento-ejemplo.consolidado.xlsx");
    const [descargado, esperado] = await Promise.all([hojasPropias(bytes, nombre), hojasPropias(await fsp.readFile(salida), "cli.xlsx")]);
    expect(esperado.enmascaradas).toBe(2);
    expect(descargado.enmascaradas).toBe(2);
    expect(descargado.orden).toEqual(esperado.orden);
    expect(Object.keys(descargado.hojas)).toEqual(Object.keys(esperado.hojas));
    expect(descargado.hojas).toEqual(esperado.hojas);
    await pagina
      .getByRole("status")
      .filter({ hasText: `Descargado ${nombre}` })
      .waitFor();
    await pagina.screenshot({ path: captura("pagina-web-descarga") });
  });

  it("the Informe downloads as a Word document that opens (word/document.xml)", async () => {
    const { nombre, bytes } = await descargar("Descargar informe (.docx)");
    expect(nombre).toMatch(/^informe-seguimiento-\d{4}\.docx$/);
    const documento = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
    expect(documento).toContain("<w:body>");
  });

  it("after a cell is edited in the grid, the page says the downloads leave the edit out", async () => {
    const aviso = pagina.getByText("sin las celdas editadas aquí");
    await expect(aviso.count()).resolves.toBe(0);
    await pagina.locator('td[data-celda="A5"]').dblclick();
    await pagina.getByLabel("Editar A5").fill("nota");
    await pagina.getByLabel("Editar A5").press("Enter");
    await aviso.waitFor();
  });

  it("no request left the published folder: the files never leave the browser", () => {
    expect(fuera).toEqual([]);
  });
});
