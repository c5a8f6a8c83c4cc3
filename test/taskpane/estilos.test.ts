/**
 * The pane's styles go through Fluent's makeStyles and tokens (issue 11): an inline style object
 * is left only for a colour that comes from the data (a semáforo band's colour).
 */
import * as fs from "node:fs";
import * as path from "node:path";

const RAIZ = path.resolve(__dirname, "../../src/taskpane");
const COLORES = new Set(["background", "color", "borderColor"]);

function archivos(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? archivos(path.join(dir, e.name)) : e.name.endsWith(".tsx") ? [path.join(dir, e.name)] : []));
}

/** Every `style={{ … }}` of a source text, with the keys it sets. */
export function estilosEnLinea(texto: string): { linea: number; claves: string[] }[] {
  return [...texto.matchAll(/style=\{\{([^}]*)\}\}/g)].map((m) => ({
    linea: texto.slice(0, m.index).split("\n").length,
    claves: [...(m[1] ?? "").matchAll(/([A-Za-z]+)\s*:/g)].map((k) => k[1] ?? ""),
  }));
}

describe("the pane's styles (issue 11: makeStyles and tokens)", () => {
  it("the checker finds inline style objects and their keys (so it can fail)", () => {
    expect(estilosEnLinea('<div style={{ display: "flex", gap: 8 }} />')).toEqual([{ linea: 1, claves: ["display", "gap"] }]);
  });

  it("no inline style in src/taskpane but a data colour", () => {
    const fuera = archivos(RAIZ).flatMap((f) =>
      estilosEnLinea(fs.readFileSync(f, "utf8"))
        .filter((e) => e.claves.some((k) => !COLORES.has(k)))
        .map((e) => `${path.relative(RAIZ, f)}:${e.linea} ${e.claves.join(", ")}`),
    );
    expect(fuera).toEqual([]);
  });
});
