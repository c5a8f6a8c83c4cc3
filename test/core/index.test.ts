/**
 * src/core/index.ts is the core's front door (issue 11): the application layer imports the core
 * only through it, and what the layers around the core use is there.
 */
import fs from "node:fs";
import path from "node:path";
import * as core from "../../src/core";

const SRC = path.resolve(__dirname, "../../src");

describe("the core's front door", () => {
  it("src/app imports the core only through src/core/index.ts", () => {
    const porDentro = fs
      .readdirSync(path.join(SRC, "app"))
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) => [...fs.readFileSync(path.join(SRC, "app", f), "utf8").matchAll(/from "(\.\.\/core\/[^"]+)"/g)].map((m) => `${f}: ${m[1] ?? ""}`));
    expect(porDentro).toEqual([]);
  });

  it("carries the entry points the app, the adapters, the CLI and the pane call", () => {
    for (const nombre of [
      "consolidar",
      "planificar",
      "leerAjustes",
      "leerAjustesGuardados",
      "leerPropiedad",
      "resumenJson",
      "parseRango",
      "direccion",
      "mensajeFallo",
      "PRESETS_SEMAFORO",
      "MENSAJES",
      "CODIGOS",
    ])
      expect(typeof (core as Record<string, unknown>)[nombre]).not.toBe("undefined");
  });

  it("ErrorExcel is the failure class (an error value in a cell is grid/libro's ValorError)", () => {
    expect(new core.ErrorExcel("F-EXCEL-HOJA-PROTEGIDA", null)).toBeInstanceOf(core.ErrorSeguimiento);
  });
});
