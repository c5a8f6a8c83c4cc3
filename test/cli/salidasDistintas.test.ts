/**
 * Each output of `consolidar` has its own path: `--salida x.xlsx --informe x.xlsx` wrote the Word
 * report over the consolidated workbook (and `--json` over either), exit 0 and nothing said. Two
 * outputs on one path are bad usage: exit 2, a Spanish message naming both options, nothing written.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

describe("two outputs on one path are refused", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "salidas-distintas-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["--salida", "--informe", "a.xlsx"],
    ["--salida", "--json", "b.xlsx"],
    ["--json", "--informe", "c.json"],
  ])("%s and %s on «%s»: exit 2, both options named, nothing written", async (primera, segunda, nombre) => {
    const ruta = path.join(dir, nombre);
    const otras = primera === "--salida" ? [] : ["--sin-salida"];
    const r = await correr("consolidar", EJEMPLO, ...otras, primera, ruta, segunda, ruta);
    expect(r.codigo).toBe(2);
    expect(r.err).toBe(`error: «${ruta}» es a la vez la ruta de ${primera} y de ${segunda}; use una ruta distinta para cada una.\n`);
    expect(existsSync(ruta)).toBe(false);
  });

  it("the same path written two ways («dir/./d.xlsx» and «dir/d.xlsx») is still one path", async () => {
    const ruta = path.join(dir, "d.xlsx");
    const r = await correr("consolidar", EJEMPLO, "--salida", ruta, "--informe", `${dir}${path.sep}.${path.sep}d.xlsx`);
    expect(r.codigo).toBe(2);
  });
});
