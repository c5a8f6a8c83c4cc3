/**
 * Issue 14, «Must show» 1: in the demo page, the pane consolidates the open workbook with two
 * dependencies' files added through «Agregar archivos…» and gives the same Resumen as the CLI on
 * the same three files; a damaged file among them is reported and the others consolidate. The
 * expected figures are the CLI's, run here in-process on the same files — not what the page shows.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { main } from "../../src/cli";
import type { Valor } from "../../src/core/grid/libro";
import type { ResumenJson } from "../../src/core/resumenJson";
import { leerArchivo } from "../../src/io/xlsx/leerArchivo";
import { entero, pct } from "../../src/taskpane/formato";
import { escribirArchivosDependencias, type ArchivosDependencias } from "./archivosDependencias";
import { abrirEntorno, captura, cerrarEntorno, type Entorno } from "./navegador";

let entorno: Entorno | undefined;
let pagina: Page;
let archivos: ArchivosDependencias;
let cli: { codigo: number; err: string; json: ResumenJson; resumen: readonly (readonly Valor[])[] };

type Celdas = readonly (readonly (Valor | undefined)[] | undefined)[];

/** The rows of Resumen that say when and how long the run took: the two runs differ there, and only there. */
const FILAS_DE_LA_CORRIDA = /^(Fecha de ejecución|Duración)/;

/** The sheet's cells as comparable text (holes and empty cells alike), without the rows of the run's date and duration. */
function figuras(valores: Celdas): string[][] {
  return Array.from(valores, (fila) =>
    Array.from(fila ?? [], (v) => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v))),
  )
    .filter((fila) => !FILAS_DE_LA_CORRIDA.test(fila.find((v) => v !== "") ?? ""))
    .map((fila) => {
      const sinVaciosFinales = [...fila];
      while (sinVaciosFinales.at(-1) === "") sinVaciosFinales.pop();
      return sinVaciosFinales;
    })
    .filter((fila) => fila.length > 0);
}

function hojaDelDemo(nombre: string): Promise<Celdas> {
  return pagina.evaluate((n) => window.seguimientoDemo?.anfitrion.falso.modelo.hojas.find((h) => !h.eliminada && h.nombre === n)?.valores ?? [], nombre);
}

beforeAll(async () => {
  const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-agregados-"));
  archivos = await escribirArchivosDependencias(tmp);
  const salida = path.join(tmp, "consolidado.xlsx");
  const rutaJson = path.join(tmp, "resumen.json");
  let err = "";
  const codigo = await main(["consolidar", ...archivos.archivos, archivos.danado, "--salida", salida, "--json", rutaJson], {
    stdout: { write: () => true },
    stderr: { write: (s: string) => (err += s), isTTY: false },
  });
  const json = JSON.parse(readFileSync(rutaJson, "utf8")) as ResumenJson;
  const resumen = (await leerArchivo(salida)).hojas.find((h) => h.nombre === "Resumen")?.valores ?? [];
  cli = { codigo, err, json, resumen };

  entorno = await abrirEntorno();
  pagina = await entorno.navegador.newPage({ viewport: { width: 1440, height: 1000 } });
  await pagina.goto(`${entorno.servidor.url}demo.html`);
  await pagina.getByTestId("estado-libro").filter({ hasText: "metas en" }).waitFor({ timeout: 60000 });
  // the first dependency's file is the workbook open in Excel
  await pagina.getByRole("banner").locator('input[type="file"]').setInputFiles(archivos.archivos[0]);
  await pagina.locator(".archivo", { hasText: path.basename(archivos.archivos[0]) }).waitFor({ timeout: 60000 });
  await pagina
    .getByTestId("estado-libro")
    .filter({ hasText: `${cli.json.hojas[0]?.metas ?? -1} metas en` })
    .waitFor({ timeout: 60000 });
});

afterAll(() => cerrarEntorno(entorno));

describe("Agregar archivos… in the pane: the dependencies' files consolidated with the open workbook (issue 14)", () => {
  it("the CLI on the same files skips the damaged one with a warning and consolidates the three (exit 0)", () => {
    expect(cli.codigo).toBe(0);
    expect(cli.err).toContain("«dependencia-danada.xlsx» no se pudo leer");
    expect(cli.json.hojas).toHaveLength(3);
  });

  it("each added file shows its own recognition; the damaged one why it will be left out", async () => {
    await pagina.getByTestId("entrada-archivos").setInputFiles([archivos.archivos[1], archivos.archivos[2], archivos.danado]);
    const lineas = pagina.getByTestId("revision-archivo");
    await lineas.nth(1).waitFor({ timeout: 60000 });
    // the CLI's sheets come in file order: the open workbook's, then the two added files'
    expect(await lineas.allTextContents()).toEqual(
      [1, 2].map((i): unknown => expect.stringContaining(`1 hoja con matriz · ${entero(cli.json.hojas[i]?.metas ?? -1)} metas`)),
    );
    await pagina.getByText(/«dependencia-danada\.xlsx» está dañado.*Se omitirá al consolidar\./).waitFor();
  });

  it("Validación includes the added files: the header counts the three files' metas", async () => {
    await pagina
      .getByTestId("estado-libro")
      .filter({ hasText: `${entero(cli.json.plan.metas)} metas en 3 hojas` })
      .waitFor({ timeout: 60000 });
  });

  it("Consolidar gives the CLI's figures on the same three files and says the damaged file was left out", async () => {
    await pagina.getByRole("button", { name: "Consolidar", exact: true }).last().click();
    const resumen = pagina.getByRole("region", { name: "Resumen de la consolidación" });
    await resumen.waitFor({ timeout: 120000 });
    const totales = (await pagina.getByTestId("totales-plan").textContent()) ?? "";
    const p = cli.json.plan;
    for (const v of [pct(p.pct_vigencia), pct(p.pct_cuatrienio), pct(p.esperado), pct(p.cumplimiento), entero(p.metas), entero(p.sin_reporte)])
      expect(totales.replace(/\s/g, "")).toContain(v.replace(/\s/g, ""));
    const dependencias = await pagina.getByTestId("lista-dependencias").getByRole("listitem").allTextContents();
    const delCli = cli.json.grupos.filter((g) => g.nivel === "dependencia");
    expect(dependencias).toHaveLength(delCli.length);
    for (const g of delCli)
      expect(dependencias.find((d) => d.startsWith(g.nombre))?.replace(/\s/g, "")).toContain(`Vigencia${pct(g.pct_vigencia)}`.replace(/\s/g, ""));
    await resumen.getByText(/«dependencia-danada\.xlsx» no se pudo leer: .* Se omitió; los demás archivos se consolidaron\./).waitFor();
    await pagina.locator(".panel").screenshot({ path: captura("archivos-agregados-panel") });
  });

  it("the Resumen sheet written into the open workbook equals the CLI's, cell by cell, and lists the three files", async () => {
    const delDemo = figuras(await hojaDelDemo("Resumen"));
    expect(delDemo).toEqual(figuras(cli.resumen));
    const textos = delDemo.flat();
    for (const ruta of archivos.archivos) expect(textos).toContain(path.basename(ruta));
    expect(textos).not.toContain("dependencia-danada.xlsx");
    // the added files were read, never written: only the open workbook got the report
    expect(await pagina.locator(".archivo").textContent()).toContain(path.basename(archivos.archivos[0]));
    await pagina.locator(".pestana", { hasText: "Resumen" }).first().click();
    await pagina.screenshot({ path: captura("archivos-agregados-resumen") });
  });
});
