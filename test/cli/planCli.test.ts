/**
 * `--plan automatico|cuatrienio|anual` (issue 13, README): the option reaches the settings as the
 * plan mode. A valid `--plan anual` used to stop with «plan no es una propiedad de los ajustes»,
 * exit 2, because the option's name is not the setting's.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

describe("--plan chooses the plan mode", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "plan-cli-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function plan(modo: string): Promise<{ codigo: number; err: string; pctCuatrienio: unknown }> {
    const json = path.join(dir, `${modo}.json`);
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", "--json", json, "--plan", modo);
    const resumen = r.codigo === 0 ? (JSON.parse(readFileSync(json, "utf8")) as { plan: { pct_cuatrienio: unknown } }) : null;
    return { codigo: r.codigo, err: r.err, pctCuatrienio: resumen?.plan.pct_cuatrienio };
  }

  it("--plan anual: a one-year plan, whose cuatrienio figures the JSON leaves null", async () => {
    const r = await plan("anual");
    expect([r.codigo, r.err]).toEqual([0, ""]);
    expect(r.pctCuatrienio).toBeNull();
  });

  it("--plan cuatrienio: the example's four-year plan keeps its % of the cuatrienio", async () => {
    const r = await plan("cuatrienio");
    expect([r.codigo, r.err]).toEqual([0, ""]);
    expect(typeof r.pctCuatrienio).toBe("number");
  });
});
