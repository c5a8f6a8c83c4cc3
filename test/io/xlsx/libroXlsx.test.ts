/** @jest-environment node */
/**
 * The xlsx ports of src/app (issue 11): each input file is read from disk and unzipped once —
 * the grid, the ownership record, the saved settings and the writer share the package.
 */
import { copyFileSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { consolidarArchivos } from "../../../src/cli/consolidarArchivos";
import { abrirXlsx, leerXlsx } from "../../../src/io/xlsx/lector";
import { libroXlsx } from "../../../src/io/xlsx/libroXlsx";

const EJEMPLO = path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const silencio = { write: () => true };

afterEach(() => jest.restoreAllMocks());

describe("each input is unzipped once", () => {
  it("two files consolidated and written: two unzips, one per file, and a readable output", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "seguimiento-unzip-"));
    const segundo = path.join(dir, "segundo.xlsx");
    copyFileSync(EJEMPLO, segundo);
    const salida = path.join(dir, "salida.xlsx");
    const unzip = jest.spyOn(JSZip, "loadAsync");
    const codigo = await consolidarArchivos(
      { archivos: [EJEMPLO, segundo], ajustes: {}, salida, json: null, mapa: null, informe: null },
      { stdout: silencio, stderr: silencio },
    );
    expect(codigo).toBe(0);
    expect(unzip).toHaveBeenCalledTimes(2);
    const escrito = await leerXlsx(readFileSync(salida), "salida.xlsx");
    expect(escrito.hojasPropias).toEqual(expect.arrayContaining(["Resumen"]));
  }, 60_000);
});

describe("libroXlsx", () => {
  it("opens the files once, on the first read; every sheet of the written file is an existing name", async () => {
    const abrir = jest.fn(async () => [await abrirXlsx(readFileSync(EJEMPLO), "ejemplo.xlsx")]);
    const libro = libroXlsx(abrir, () => Promise.resolve());
    const leido = await libro.leer();
    expect(await libro.leerAjustes()).toBeNull();
    expect(abrir).toHaveBeenCalledTimes(1);
    expect(leido.hojasExistentes).toEqual(leido.libro.hojas.map((h) => h.nombre));
    expect(leido.ajustesGuardados).toEqual([]);
  });
});
