/**
 * `npm run ciclos` finds import cycles the way `madge --circular` does, on tiny trees written to a
 * temporary folder: a four-file cycle through a re-export and a type-only import, a self-import, a cycle through
 * a dynamic import and an index folder, and acyclic trees that must pass. The repository's
 * own src/ is checked too, so a cycle fails the tests as well as lint.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ciclos, grafoImportaciones, main, opcionesDe } from "../../scripts/ciclos";

const RAIZ = path.resolve(__dirname, "../..");
const opciones = opcionesDe(path.join(RAIZ, "tsconfig.json"));

const temporales: string[] = [];
afterAll(() => temporales.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Writes the files (relative path → source) under a fresh temporary folder and returns it. */
function arbol(archivos: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ciclos-"));
  temporales.push(dir);
  for (const [f, fuente] of Object.entries(archivos)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), fuente);
  }
  return dir;
}

/** The cycles of a tree, as paths relative to it. */
function ciclosDe(dir: string): string[][] {
  return ciclos(grafoImportaciones(dir, opciones)).map((c) => c.map((f) => path.relative(dir, f).split(path.sep).join("/")));
}

describe("ciclos", () => {
  it("finds a four-file cycle through a re-export and a type-only import, and not the file that only leads into it", () => {
    const dir = arbol({
      "a.ts": 'import { b } from "./b";\nexport const a = b + 1;\n',
      "b.ts": 'export { c as b } from "./sub/c";\n',
      "sub/c.ts": 'import type { A } from "../d";\nexport const c: A = 1;\n',
      "d.ts": 'import { a } from "./a";\nexport type A = number;\nexport const d = a;\n',
      "e.ts": 'import { a } from "./a";\nimport fs from "node:fs";\nexport const e = [a, fs];\n',
    });
    expect(ciclosDe(dir)).toEqual([["a.ts", "b.ts", "sub/c.ts", "d.ts", "a.ts"]]);
  });

  it("reports each strongly connected group once, a self-import, and a cycle through a dynamic import and a folder's index", () => {
    const dir = arbol({
      "uno.ts": 'import { dos } from "./dos";\nexport const uno = dos;\n',
      "dos.ts": 'import { uno } from "./uno";\nexport const dos = 2;\nexport const f = () => uno;\n',
      "solo.ts": 'import * as yo from "./solo";\nexport const solo = () => yo;\n',
      "x.tsx": 'export const x = () => import("./y");\n',
      "y/index.ts": 'import { x } from "../x";\nexport const y = x;\n',
    });
    expect(ciclosDe(dir)).toEqual([
      ["dos.ts", "uno.ts", "dos.ts"],
      ["solo.ts", "solo.ts"],
      ["x.tsx", "y/index.ts", "x.tsx"],
    ]);
  });

  it("passes a tree whose imports form a diamond (shared files are not cycles)", () => {
    const dir = arbol({
      "raiz.ts": 'import { i } from "./izq";\nimport { d } from "./der";\nexport const r = i + d;\n',
      "izq.ts": 'import { base } from "./base";\nexport const i = base;\n',
      "der.ts": 'import { base } from "./base";\nexport const d = base;\n',
      "base.ts": "export const base = 1;\n",
    });
    expect(ciclosDe(dir)).toEqual([]);
  });

  it("main prints each cycle and exits 1, or says there is none and exits 0", () => {
    const conCiclo = arbol({ "a.ts": 'import "./b";\n', "b.ts": 'import "./a";\n' });
    const lineas: string[] = [];
    expect(main([conCiclo], (l) => lineas.push(l))).toBe(1);
    expect(lineas[0]).toMatch(/^1 importación\(es\) circular\(es\)/);
    expect(lineas[1]).toMatch(/a\.ts → .*b\.ts → .*a\.ts$/);
    const sinCiclo = arbol({ "a.ts": 'import "./b";\n', "b.ts": "export {};\n" });
    expect(main([sinCiclo], () => undefined)).toBe(0);
  });

  it("src/ has no import cycle", () => {
    expect(ciclosDe(path.join(RAIZ, "src"))).toEqual([]);
  });
});
