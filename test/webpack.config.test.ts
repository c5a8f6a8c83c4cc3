/**
 * webpack.config.js's devServer, as `npm run dev-server` uses it: https with the certificate that
 * `npx office-addin-dev-certs install` leaves in ~/.office-addin-dev-certs/ (Excel loads only https
 * add-ins), http and a Spanish notice without it. The config is loaded in a child Node whose HOME is
 * a temporary folder (os.homedir() reads the real environment, not jest's copy), so the developer's
 * own certificates play no part.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const CONFIG = path.resolve(__dirname, "..", "webpack.config.js");

interface Resultado {
  readonly port: number;
  readonly type: string;
  readonly key: string | null;
  readonly cert: string | null;
  readonly avisos: readonly string[];
}

/** Calls the config as webpack-cli does (`env.WEBPACK_SERVE` only under `webpack serve`) and reports its devServer. */
function devServerCon(home: string, env: Record<string, unknown>, mode: string): Resultado {
  const programa = `
    const avisos = [];
    console.warn = (m) => avisos.push(String(m));
    const { devServer: d } = require(${JSON.stringify(CONFIG)})(${JSON.stringify(env)}, { mode: ${JSON.stringify(mode)} });
    const o = d.server.options;
    process.stdout.write(JSON.stringify({ port: d.port, type: d.server.type, key: o ? String(o.key) : null, cert: o ? String(o.cert) : null, avisos }));`;
  const salida = execFileSync(process.execPath, ["-e", programa], { encoding: "utf8", env: { ...process.env, HOME: home } });
  return JSON.parse(salida) as Resultado;
}

describe("webpack.config.js devServer (npm run dev-server)", () => {
  let home: string;
  beforeEach(() => {
    home = fs.mkdtempSync(path.join(os.tmpdir(), "seguimiento-home-"));
  });
  afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

  it("serves https on port 3000 (the manifest's https://localhost:3000/) with the dev certificate when it exists", () => {
    const dir = path.join(home, ".office-addin-dev-certs");
    fs.mkdirSync(dir);
    fs.writeFileSync(path.join(dir, "localhost.key"), "clave de prueba");
    fs.writeFileSync(path.join(dir, "localhost.crt"), "certificado de prueba");
    expect(devServerCon(home, { WEBPACK_SERVE: true }, "development")).toEqual({
      port: 3000,
      type: "https",
      key: "clave de prueba",
      cert: "certificado de prueba",
      avisos: [],
    });
  });

  it("serves http and prints a Spanish notice naming the install command when there is no certificate", () => {
    const r = devServerCon(home, { WEBPACK_SERVE: true }, "development");
    expect(r).toMatchObject({ port: 3000, type: "http", key: null });
    expect(r.avisos).toHaveLength(1);
    expect(r.avisos[0]).toMatch(/no hay certificado de desarrollo.*npx office-addin-dev-certs install/);
  });

  it("a build (no webpack serve) prints no notice", () => {
    expect(devServerCon(home, {}, "production").avisos).toEqual([]);
  });
});
