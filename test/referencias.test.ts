/**
 * Comments that point at a document point at one that exists: a path under docs, src, test or
 * scripts must be in the repository, and `../shared/reference/<notes>.md §N` must
 * name a heading of that file (checked when ../shared is beside the repository).
 */
import fs from "node:fs";
import path from "node:path";

const RAIZ = path.resolve(__dirname, "..");

function fuentes(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const ruta = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : fuentes(ruta);
    return /\.(ts|tsx)$/.test(e.name) ? [ruta] : [];
  });
}

const archivos = ["src", "test", "scripts"].flatMap((d) => fuentes(path.join(RAIZ, d)));
/** Comment text only: block comments and line comments. */
const comentarios = (texto: string): string => [...texto.matchAll(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g)].map((m) => m[0]).join("\n");

describe("references in comments", () => {
  it("every repository path a comment names exists", () => {
    const rotas = archivos.flatMap((f) =>
      [...comentarios(fs.readFileSync(f, "utf8")).matchAll(/(?<![\w./-])((?:docs|src|test|scripts)\/[\w./-]+\.(?:md|ts|tsx|json))(?![\w])/g)]
        .map((m) => m[1] ?? "")
        .filter((r) => !fs.existsSync(path.join(RAIZ, r)))
        .map((r) => `${path.relative(RAIZ, f)}: ${r}`),
    );
    expect(rotas).toEqual([]);
  });

  const compartida = path.resolve(RAIZ, "../shared/reference");
  (fs.existsSync(compartida) ? it : it.skip)("every ../shared/reference note § names a heading of that note", () => {
    const rotas = archivos.flatMap((f) =>
      [...comentarios(fs.readFileSync(f, "utf8")).matchAll(/\.\.\/shared\/reference\/([\w-]+\.md) §([\d.]+\d)/g)]
        .filter(([, nota = "", seccion = ""]) => {
          const ruta = path.join(compartida, nota);
          return !fs.existsSync(ruta) || !new RegExp(`^#+ ${seccion.replace(/\./g, "\\.")}[. ]`, "m").test(fs.readFileSync(ruta, "utf8"));
        })
        .map((m) => `${path.relative(RAIZ, f)}: ${m[0]}`),
    );
    expect(rotas).toEqual([]);
  });
});
