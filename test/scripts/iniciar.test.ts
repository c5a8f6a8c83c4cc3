/**
 * `npm run start` documents sideloading: the Spanish steps without Excel or office-addin-debugging
 * (Linux, CI), and the tool started on manifest.xml when it is there. OFFICE_ADDIN_DEBUGGING
 * points at a missing file or at a stand-in that records its arguments, never at the real tool.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const RAIZ = path.resolve(__dirname, "../..");

function npmStart(herramienta: string): string {
  return execFileSync("npm", ["run", "--silent", "start"], {
    cwd: RAIZ,
    encoding: "utf8",
    env: { ...process.env, OFFICE_ADDIN_DEBUGGING: herramienta },
    timeout: 60_000,
  });
}

describe("npm run start (scripts/iniciar.ts)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "seguimiento-iniciar-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("without office-addin-debugging prints the sideloading steps in Spanish and exits 0", () => {
    const salida = npmStart(path.join(dir, "no-existe"));
    expect(salida).toContain("npx office-addin-dev-certs install");
    expect(salida).toContain("npm run dev-server");
    expect(salida).toContain("https://localhost:3000/taskpane.html");
    expect(salida).toContain("Cargar mi complemento");
    expect(salida).toContain("office-addin-debugging no está instalado aquí");
  }, 60_000);

  it("with the tool present runs `start manifest.xml` with the dev-server on port 3000 from the repository root", () => {
    const falsa = path.join(dir, "office-addin-debugging");
    fs.writeFileSync(falsa, `#!/usr/bin/env node\nconsole.log("ARGS " + JSON.stringify(process.argv.slice(2)) + " EN " + process.cwd());\n`);
    fs.chmodSync(falsa, 0o755);
    const salida = npmStart(falsa);
    expect(salida).toContain("Cargar Seguimiento en Excel");
    expect(salida).toContain(`ARGS ${JSON.stringify(["start", "manifest.xml", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"])} EN ${RAIZ}`);
  }, 60_000);
});
