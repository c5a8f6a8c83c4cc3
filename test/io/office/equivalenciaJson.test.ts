/** @jest-environment node */
/**
 * One application layer (issue 11): the same workbook and settings give the same `--json` summary
 * from the command line (exceljs reader, src/cli) and from the pane's service on the fake Excel
 * (Office reader, src/taskpane/services). The settings weight by the matrix's ponderación and by
 * year weights, the two settings the CLI once ignored (Sopó: 62,9 % in the pane, 64,0 % in the CLI).
 */
import fs from "node:fs";
import path from "node:path";
import type { Ajustes } from "../../../src/core/calculo/tipos";
import { resumenJson } from "../../../src/core/resumenJson";
import { consolidarArchivos } from "../../../src/cli/consolidarArchivos";
import { leerXlsx } from "../../../src/io/xlsx/lector";
import { ExcelFalso } from "../../../src/simulador";
import { crearServicioOffice } from "../../../src/taskpane/services/office";
import { describeReal, librosReales, rutaReal } from "../../helpers/fixturesReales";
import { RUTA_EJEMPLO } from "./_ayuda";

const AJUSTES: Ajustes = { ponderacion: "matriz", esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.15] };

async function jsonDelCli(ruta: string, ajustes: Ajustes): Promise<unknown> {
  let salida = "";
  const io = { stdout: { write: (s: string) => (salida += s) }, stderr: { write: () => true } };
  const codigo = await consolidarArchivos({ archivos: [ruta], ajustes, salida: false, json: "-", mapa: null, informe: null }, io);
  expect(codigo).toBe(0);
  return JSON.parse(salida);
}

async function jsonDelPanel(ruta: string, ajustes: Ajustes): Promise<unknown> {
  const libro = await leerXlsx(fs.readFileSync(ruta), path.basename(ruta));
  const falso = new ExcelFalso({ modo: "web" }).cargarLibro(libro);
  const { consolidacion } = await crearServicioOffice(falso.entorno).consolidar(ajustes, {});
  // Through JSON as the CLI prints it: undefined fields vanish the same way on both sides.
  return JSON.parse(JSON.stringify(resumenJson(consolidacion)));
}

describe("the CLI and the pane give the same JSON for the bundled example (issue 11)", () => {
  it("with the matrix's weights and year weights", async () => {
    const cli = await jsonDelCli(RUTA_EJEMPLO, AJUSTES);
    expect(cli).toEqual(await jsonDelPanel(RUTA_EJEMPLO, AJUSTES));
    // The settings reached both paths: equal weights give other figures on this workbook.
    expect(cli).not.toEqual(await jsonDelCli(RUTA_EJEMPLO, {}));
  }, 60_000);
});

const archivos = librosReales();

describeReal(archivos, "the CLI and the pane give the same JSON for each real workbook (issue 11)", () => {
  it.each(archivos)(
    "%s, with the matrix's weights and year weights",
    async (archivo) => {
      expect(await jsonDelCli(rutaReal(archivo), AJUSTES)).toEqual(await jsonDelPanel(rutaReal(archivo), AJUSTES));
    },
    120_000,
  );
});
