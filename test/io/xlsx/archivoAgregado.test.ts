/** @jest-environment node */
/** An .xlsx added in the pane, read from the browser's File (issue 14). */
import { readFileSync } from "node:fs";
import path from "node:path";
import { LIMITES } from "../../../src/io/xlsx/_lib/limites";
import { leerArchivoAgregado } from "../../../src/io/xlsx/archivoAgregado";

const EJEMPLO = path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

describe("leerArchivoAgregado", () => {
  it("reads the file's grid, every sheet carrying the file's name", async () => {
    const bytes = readFileSync(EJEMPLO);
    const leido = await leerArchivoAgregado({ name: "salud.xlsx", size: bytes.length, arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer) });
    expect(leido.libro.archivos).toEqual(["salud.xlsx"]);
    expect(leido.libro.hojas.length).toBeGreaterThan(0);
    expect(new Set(leido.libro.hojas.map((h) => h.archivo))).toEqual(new Set(["salud.xlsx"]));
  });

  it("a file over the size limit is refused by its size, before its bytes are read", async () => {
    const arrayBuffer = jest.fn(() => Promise.resolve(new ArrayBuffer(0)));
    await expect(leerArchivoAgregado({ name: "enorme.xlsx", size: LIMITES.archivo + 1, arrayBuffer })).rejects.toThrow(/«enorme\.xlsx».*pesa más de/);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });
});
