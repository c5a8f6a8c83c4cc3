/**
 * The real workbooks of ../shared/fixtures/real/: tests that read them skip with a notice on a
 * developer machine without the folder, and fail under CI=true, where their absence is a defect.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const DIR_REALES = path.resolve(__dirname, "../../../shared/fixtures/real");

export function rutaReal(archivo: string): string {
  return path.join(DIR_REALES, archivo);
}

/** `describe` when every file exists; otherwise a notice and a skip (or a failing test under CI). */
export function describeReal(archivos: readonly string[], nombre: string, cuerpo: () => void): void {
  const faltan = archivos.filter((a) => !fs.existsSync(rutaReal(a)));
  if (faltan.length === 0) {
    describe(nombre, cuerpo);
    return;
  }
  if (process.env["CI"] === "true") {
    describe(nombre, () => {
      it("needs the real workbooks (CI=true)", () => {
        throw new Error(`faltan fixtures reales en ${DIR_REALES}: ${faltan.join(", ")}`);
      });
    });
    return;
  }
  console.log(`fixtures reales no disponibles en ../shared/fixtures/real/ — pruebas omitidas (${faltan.join(", ")})`);
  describe.skip(nombre, cuerpo);
}
