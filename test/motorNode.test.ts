/**
 * The Node version the README and `engines` promise must run every installed package (issue 12,
 * probe 15: `engines` said ≥ 20 while webpack-cli 7 pulled in rechoir 1, which wants ≥ 22.15, so a
 * fresh `npm ci` on Node 20 warned). Read from package-lock.json, which is what `npm ci` installs.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/** npm's own range reader (installed with npm's tool chain; typed here for the two calls used). */
interface Semver {
  minVersion(rango: string): { version: string } | null;
  satisfies(version: string, rango: string): boolean;
}
const semver = createRequire(__filename)("semver") as Semver;

const raiz = path.join(__dirname, "..");
const leer = (archivo: string): unknown => JSON.parse(readFileSync(path.join(raiz, archivo), "utf8"));
const paquete = leer("package.json") as { engines: { node: string } };
const bloqueo = leer("package-lock.json") as { packages: Record<string, { engines?: { node?: string } | string[] }> };
const minimo = semver.minVersion(paquete.engines.node)?.version ?? "";

describe("the promised Node version (README, engines, dependencies)", () => {
  it("engines names a concrete floor", () => {
    expect(minimo).toMatch(/^20\.\d+\.\d+$/);
  });

  it("every package of the lock file accepts that floor", () => {
    const exigen = Object.entries(bloqueo.packages).flatMap(([nombre, p]) => {
      const rango = Array.isArray(p.engines) ? undefined : p.engines?.node;
      return rango !== undefined && !semver.satisfies(minimo, rango) ? [`${nombre} (${rango})`] : [];
    });
    expect(exigen).toEqual([]);
  });

  it("the README states the same floor", () => {
    const readme = readFileSync(path.join(raiz, "README.md"), "utf8");
    const corto = minimo.replace(/\.0$/, "");
    expect(readme).toContain(`Node.js ≥ ${corto}`);
    expect(readme).toContain(`Node.js ${corto} o posterior`);
  });
});
