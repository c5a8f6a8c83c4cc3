/**
 * «Plantillas por dependencia» in the browser demo (issue 14): the real pane, reading the simulated
 * Excel's open workbook through the service, downloads one .zip whose workbooks are the CLI's
 * templates of the same example — same files, same matrix sheets cell by cell, same record rows.
 */
import { promises as fsp } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { leerRegistro, type PlanPlantilla } from "../../src/core/plantillas";
import { abrirXlsx } from "../../src/io/xlsx/lector";
import { escribirPlantilla } from "../../src/io/xlsx/plantilla";
import { plantillasDe } from "../helpers/plantillas";
import { abrirEntorno, cerrarEntorno, type Entorno } from "./navegador";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-plantillas-e2e-"));

let entorno: Entorno | undefined;
let pagina: Page;
let descargado: { nombre: string; zip: JSZip };
let esperadas: readonly PlanPlantilla[];

beforeAll(async () => {
  esperadas = (await plantillasDe(EJEMPLO)).plantillas;
  entorno = await abrirEntorno();
  pagina = await (await entorno.navegador.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true })).newPage();
  await pagina.goto(`${entorno.servidor.url}demo.html`);
  await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60_000 });
  await pagina.getByRole("tab", { name: "Consolidar" }).click();
  const [descarga] = await Promise.all([
    pagina.waitForEvent("download", { timeout: 120_000 }),
    pagina.getByRole("button", { name: "Plantillas por dependencia" }).click(),
  ]);
  const ruta = path.join(tmp, descarga.suggestedFilename());
  await descarga.saveAs(ruta);
  descargado = { nombre: descarga.suggestedFilename(), zip: await JSZip.loadAsync(await fsp.readFile(ruta)) };
}, 180_000);

afterAll(() => cerrarEntorno(entorno));

/** A template's visible matrix sheets (not the instructions, which name the master file) and its record's rows. */
async function contenido(bytes: Uint8Array, nombre: string) {
  const { libro } = await abrirXlsx(bytes, nombre);
  const registro = libro.hojas.map(leerRegistro).find((r) => r !== null);
  return {
    hojas: libro.hojas.filter((h) => h.visible !== false && h.nombre !== registro?.hojaInstrucciones).map((h) => ({ nombre: h.nombre, valores: h.valores })),
    filas: registro?.filas,
    dependencia: registro?.dependencia,
  };
}

describe("Plantillas por dependencia in the demo (issue 14)", () => {
  it("downloads a .zip with the CLI's template files", async () => {
    expect(descargado.nombre).toBe("plantillas-dependencias-2025.zip");
    expect(Object.keys(descargado.zip.files).sort()).toEqual(esperadas.map((p) => p.archivo).sort());
    await pagina.getByText(`${esperadas.length} plantillas descargadas`).waitFor({ timeout: 10_000 });
  });

  it("each downloaded template holds the CLI's matrix sheets cell by cell and the same record rows", async () => {
    for (const p of esperadas) {
      const bytes = await descargado.zip.file(p.archivo)!.async("uint8array");
      expect(await contenido(bytes, p.archivo)).toEqual(await contenido(await escribirPlantilla(p), p.archivo));
    }
  });
});
