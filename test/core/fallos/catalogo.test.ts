/** The failure catalogue of issue 11: one module of Error classes, one code style, a Spanish message per code. */
import * as fs from "fs";
import * as path from "path";
import { CATALOGO_FALLOS, CODIGOS_FALLO, ErrorParametros, mensajeFallo, type CodigoFallo } from "../../../src/core/fallos";

const RAIZ = path.resolve(__dirname, "../../..");

function archivosTs(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
}

/** Params with every placeholder a message may read, so a missing one shows as "undefined". */
const TODOS = {
  vigencia: 2031,
  encontradas: [2024, 2025],
  corte: "2019-01-01",
  detalle: "la vigencia debe ser un número entero",
  archivo: "plan.xlsx",
  hoja: "Resumen",
  ruta: "m.json",
  encabezado: "Meta",
};

describe("the failure catalogue (issue 11 §3)", () => {
  it("lists each code once, all in the F-… style of the finding codes", () => {
    expect(new Set(CODIGOS_FALLO).size).toBe(CODIGOS_FALLO.length);
    for (const c of CODIGOS_FALLO) expect(c).toMatch(/^F(-[A-Z0-9]+)+$/);
  });

  it("has a Spanish message and a kind for every code, and no code without an entry (parity)", () => {
    expect(Object.keys(CATALOGO_FALLOS).sort()).toEqual([...CODIGOS_FALLO].sort());
    for (const c of CODIGOS_FALLO) {
      const texto = mensajeFallo(c, TODOS);
      expect(texto.length).toBeGreaterThan(10);
      expect(texto).not.toMatch(/undefined|null|\[object/);
      // Spanish, not English: a word of the language or an accent in every message.
      expect(texto).toMatch(/[áéíóúñ«]|\b(el|la|de|no|se|un|una)\b/i);
      expect(["uso", "entrada", "interno"]).toContain(CATALOGO_FALLOS[c].tipo);
    }
  });

  it("words the failures of issue 10 as before, from params (ErrorParametros now has a code)", () => {
    const e = new ErrorParametros("F-CORTE-FUERA", { corte: "2019-01-01", vigencia: 2025 });
    expect(e.codigo).toBe<CodigoFallo>("F-CORTE-FUERA");
    expect(e.message).toBe("El corte 2019-01-01 no cae en la vigencia 2025.");
    expect(e.tipo).toBe("uso");
    expect(mensajeFallo("F-VIGENCIA-AUSENTE", { vigencia: 2031, encontradas: [2024, 2025] })).toBe(
      "La vigencia 2031 no está en la matriz (vigencias encontradas: 2024, 2025).",
    );
  });

  it("every Error class of src/ is declared in src/core/fallos/errores.ts and named ErrorX", () => {
    const declaraciones = archivosTs(path.join(RAIZ, "src")).flatMap((a) =>
      [...fs.readFileSync(a, "utf8").matchAll(/class (\w+) extends (\w+)/g)]
        .filter((m) => m[2] === "Error" || /^Error/.test(m[2] ?? ""))
        .map((m) => ({ archivo: path.relative(RAIZ, a).split(path.sep).join("/"), clase: m[1] ?? "" })),
    );
    // The fake Excel's error imitates Office's own RichApi.Error (name and Office codes): it is not one of ours.
    const nuestras = declaraciones.filter((d) => d.archivo !== "src/simulador/errores.ts");
    expect(nuestras.length).toBeGreaterThan(10);
    expect(nuestras.filter((d) => d.archivo !== "src/core/fallos/errores.ts")).toEqual([]);
    expect(nuestras.filter((d) => !/^Error[A-Z]/.test(d.clase))).toEqual([]);
  });
});
