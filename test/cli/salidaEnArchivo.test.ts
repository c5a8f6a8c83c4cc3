/**
 * An output path through a file (SPEC §9, a clear Spanish error): `plantillas --salida x` where «x»
 * is a file, or `consolidar --salida x/libro.xlsx`, said «la carpeta no existe» — the folder is
 * there, as a file. The message says what is wrong; the exit code is 1 (the input stopped the run).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

describe("an output path that goes through a file", () => {
  let dir: string;
  let archivo: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "salida-archivo-"));
    archivo = path.join(dir, "notas.txt");
    writeFileSync(archivo, "no es una carpeta");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["plantillas --salida <archivo>", () => ["plantillas", EJEMPLO, "--salida", archivo]],
    ["consolidar --salida <archivo>/libro.xlsx", () => ["consolidar", EJEMPLO, "--salida", path.join(archivo, "libro.xlsx")]],
  ])("%s: «una parte de la ruta es un archivo, no una carpeta», exit 1, no stack trace", async (_nombre, argv) => {
    const r = await correr(...argv());
    expect(r.codigo).toBe(1);
    expect(r.err).toContain("una parte de la ruta es un archivo, no una carpeta");
    expect(r.err).not.toMatch(/la carpeta no existe|\n\s+at /);
  });
});
