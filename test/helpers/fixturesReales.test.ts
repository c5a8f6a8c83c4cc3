/**
 * describeReal / describeCompartido (test/helpers/fixturesReales.ts) as a jest run sees them: a tiny
 * test file naming a file of ../shared that does not exist is run in a child jest, once with
 * CI=true (the run must fail and name the file) and once without CI (it must pass, skipped, and
 * print the notice).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const RAIZ = path.resolve(__dirname, "../..");
const AYUDA = path.join(__dirname, "fixturesReales");

interface Corrida {
  readonly codigo: number | null;
  readonly salida: string;
}

describe("test/helpers/fixturesReales: missing files of ../shared", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "seguimiento-fixtures-"));
    fs.writeFileSync(
      path.join(dir, "faltante.test.ts"),
      `import { describeCompartido, describeReal } from ${JSON.stringify(AYUDA)};
describeReal(["no-existe-jamas.xlsx"], "un libro real que falta", () => { it("lee el libro", () => undefined); });
describeReal([], "una carpeta sin libros", () => { it("lee los libros", () => undefined); });
describeCompartido(["manifest-xsd/no-existe-jamas.xsd"], "un esquema que falta", () => { it("valida", () => undefined); });
`,
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A child jest over the tiny file only, with the repository's ts-jest transform. */
  function jestHijo(ci: string | undefined): Corrida {
    const config = {
      rootDir: RAIZ,
      roots: [dir],
      testMatch: ["**/*.test.ts"],
      testEnvironment: "node",
      transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: path.join(RAIZ, "tsconfig.json"), isolatedModules: true }] },
    };
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env["CI"];
    if (ci !== undefined) env["CI"] = ci;
    const r = spawnSync(process.execPath, [require.resolve("jest/bin/jest"), "--config", JSON.stringify(config), "--verbose"], {
      cwd: RAIZ,
      env,
      encoding: "utf8",
      timeout: 90_000,
    });
    return { codigo: r.status, salida: `${r.stdout}${r.stderr}` };
  }

  it("under CI=true the run fails, naming each missing file", () => {
    const { codigo, salida } = jestHijo("true");
    expect(codigo).toBe(1);
    expect(salida).toMatch(/Tests:\s+3 failed, 3 total/);
    expect(salida).toContain("faltan no-existe-jamas.xlsx");
    expect(salida).toContain("faltan *.xlsx");
    expect(salida).toContain("faltan manifest-xsd/no-existe-jamas.xsd");
  }, 90_000);

  it("without CI the run passes with every test skipped and a notice per missing set", () => {
    const { codigo, salida } = jestHijo(undefined);
    expect(codigo).toBe(0);
    expect(salida).toMatch(/Tests:\s+3 skipped, 3 total/);
    expect(salida).toContain("fixtures reales no disponibles en ../shared/fixtures/real/ — pruebas omitidas (no-existe-jamas.xlsx)");
    expect(salida).toContain("fixtures reales no disponibles en ../shared/fixtures/real/ — pruebas omitidas (*.xlsx)");
    expect(salida).toContain("archivos de ../shared/ no disponibles — pruebas omitidas (manifest-xsd/no-existe-jamas.xsd)");
  }, 90_000);
});
