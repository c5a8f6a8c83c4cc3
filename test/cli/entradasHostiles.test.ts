/**
 * The reliability probe of issue 12 on the CLI's file side: the input is never overwritten
 * through a hard link or a symlink (probe 1), and hostile paths or files end in a Spanish line
 * and an exit code of SPEC §9 — never a stack trace, an «error interno» or a hang (probe 10).
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { correrCli as correr } from "../helpers/cli";

jest.setTimeout(60_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-hostiles-"));

const huella = (ruta: string): string => createHash("sha256").update(readFileSync(ruta)).digest("hex");
const limpio = (err: string): boolean => !/\n\s+at |error interno/.test(err);

/** A fresh copy of the example in its own folder, so that each case links to its own input. */
function entrada(nombre: string): string {
  const dir = mkdtempSync(path.join(tmp, `${nombre}-`));
  const ruta = path.join(dir, "plan.xlsx");
  copyFileSync(EJEMPLO, ruta);
  return ruta;
}

describe("--salida and --json never overwrite an input, whatever name they give it (probe 1)", () => {
  const enlaces: readonly (readonly [string, (origen: string, enlace: string) => void])[] = [
    ["a hard link", linkSync],
    ["a symlink", (origen, enlace) => symlinkSync(origen, enlace)],
    ["a relative symlink", (origen, enlace) => symlinkSync(path.basename(origen), enlace)],
    ["a path through a symlinked folder", (origen, enlace) => symlinkSync(path.dirname(origen), path.dirname(enlace))],
  ];
  test.each(enlaces.flatMap(([como, enlazar]) => (["--salida", "--json"] as const).map((opcion) => [opcion, como, enlazar] as const)))(
    "%s as %s to the input: exit 2, input untouched",
    async (opcion, como, enlazar) => {
      const plan = entrada("enlace");
      const antes = huella(plan);
      const enlace = como.includes("folder") ? path.join(tmp, `carpeta-${opcion}-${Date.now()}`, "plan.xlsx") : path.join(path.dirname(plan), "otro.xlsx");
      enlazar(plan, enlace);
      const r = await correr("consolidar", plan, opcion, enlace, ...(opcion === "--json" ? ["--sin-salida"] : []));
      expect(r.codigo).toBe(2);
      expect(r.err).toContain(`es uno de los archivos de entrada; los archivos de entrada nunca se modifican. Use otra ruta en ${opcion}`);
      expect(huella(plan)).toBe(antes);
    },
  );

  it("the default output beside the input, when it is a link to the input, is refused too", async () => {
    const plan = entrada("omision");
    const antes = huella(plan);
    linkSync(plan, path.join(path.dirname(plan), "plan.consolidado.xlsx"));
    const r = await correr("consolidar", plan);
    expect(r.codigo).toBe(2);
    expect(huella(plan)).toBe(antes);
  });

  it("a different existing file is still overwritten as asked", async () => {
    const plan = entrada("distinto");
    const salida = path.join(path.dirname(plan), "salida.xlsx");
    writeFileSync(salida, "viejo");
    const r = await correr("consolidar", plan, "--salida", salida);
    expect(r.codigo).toBe(0);
    expect(readFileSync(salida).subarray(0, 2).toString()).toBe("PK");
  });
});

describe("hostile paths and files end in Spanish, never a trace or a hang (probe 10)", () => {
  const largo = (dir: string): string => path.join(dir, `${"a".repeat(300)}.xlsx`);
  const casos: readonly (readonly [string, () => string[], RegExp, number])[] = [
    ["--corte 2025-02-30", () => [EJEMPLO, "--sin-salida", "--corte", "2025-02-30"], /«2025-02-30» no es un corte válido/, 2],
    ["an input name longer than the file system allows", () => [largo(tmp), "--sin-salida"], /ruta.*demasiado larga/, 1],
    [
      "an input path longer than PATH_MAX",
      () => [path.join(tmp, ...Array.from({ length: 40 }, () => "b".repeat(200)), "plan.xlsx"), "--sin-salida"],
      /ruta.*demasiado larga/,
      1,
    ],
    [
      "a symlink loop as input",
      () => {
        const dir = mkdtempSync(path.join(tmp, "bucle-"));
        symlinkSync(path.join(dir, "b.xlsx"), path.join(dir, "a.xlsx"));
        symlinkSync(path.join(dir, "a.xlsx"), path.join(dir, "b.xlsx"));
        return [path.join(dir, "a.xlsx"), "--sin-salida"];
      },
      /ciclo de enlaces/,
      1,
    ],
    [
      "a FIFO as input",
      () => {
        const fifo = path.join(mkdtempSync(path.join(tmp, "fifo-")), "plan.xlsx");
        execFileSync("mkfifo", [fifo]);
        return [fifo, "--sin-salida"];
      },
      /no es un libro de Excel/,
      1,
    ],
    ["/dev/zero as input", () => ["/dev/zero", "--sin-salida"], /«zero» no es un libro de Excel/, 1],
    [
      "an input over 2 GiB (sparse)",
      () => {
        const grande = path.join(mkdtempSync(path.join(tmp, "grande-")), "plan.xlsx");
        execFileSync("truncate", ["-s", "2200M", grande]);
        return [grande, "--sin-salida"];
      },
      /demasiado grande/,
      1,
    ],
    ["an output name longer than the file system allows", () => [EJEMPLO, "--salida", largo(tmp)], /No se pudo escribir .*ruta es demasiado larga/, 1],
    [
      "a --json name longer than the file system allows",
      () => [EJEMPLO, "--sin-salida", "--json", largo(tmp)],
      /No se pudo escribir .*ruta es demasiado larga/,
      1,
    ],
  ];
  // a FIFO or /dev/zero that is read hangs or fills the memory: 15 s is a hang
  test.each(casos)(
    "%s",
    async (_caso, argv, mensaje, codigo) => {
      const r = await correr("consolidar", ...argv());
      expect(r.err).toMatch(mensaje);
      expect(r.codigo).toBe(codigo);
      expect(limpio(r.err)).toBe(true);
    },
    15_000,
  );

  it("a package without [Content_Types].xml stops before the table or the JSON is written", async () => {
    const zip = await JSZip.loadAsync(readFileSync(EJEMPLO));
    zip.remove("[Content_Types].xml");
    const dir = mkdtempSync(path.join(tmp, "sin-tipos-"));
    const plan = path.join(dir, "plan.xlsx");
    writeFileSync(plan, await zip.generateAsync({ type: "uint8array" }));
    const json = path.join(dir, "resumen.json");
    const r = await correr("consolidar", plan, "--json", json);
    expect(r.codigo).toBe(1);
    expect(r.err).toMatch(/falta \[Content_Types\]\.xml/);
    expect(limpio(r.err)).toBe(true);
    // nothing claims a result that was not delivered
    expect(r.out).toBe("");
    expect(existsSync(json)).toBe(false);
    expect(existsSync(path.join(dir, "plan.consolidado.xlsx"))).toBe(false);
  });
});

afterAll(() => {
  // the sparse file would otherwise stay in /tmp; everything else is small
  mkdirSync(tmp, { recursive: true });
  execFileSync("rm", ["-rf", tmp]);
});
