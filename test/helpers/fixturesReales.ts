/**
 * Files of ../shared (the real workbooks of fixtures/real/, the manifest XSDs): tests that read them
 * skip with a notice on a developer machine without them, and fail under CI=true, where their
 * absence is a defect (.ci/run checks out ../shared beside the repository).
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const DIR_COMPARTIDO = path.resolve(__dirname, "../../../shared");
export const DIR_REALES = path.join(DIR_COMPARTIDO, "fixtures", "real");

export function rutaReal(archivo: string): string {
  return path.join(DIR_REALES, archivo);
}

/** A file of ../shared, `relativa` to it (e.g. "manifest-xsd/OfficeAppManifestV1_1.xsd"). */
export function rutaCompartida(relativa: string): string {
  return path.join(DIR_COMPARTIDO, relativa);
}

/** Every .xlsx in fixtures/real, sorted; none when the folder is missing (describeReal then skips or fails). */
export function librosReales(): string[] {
  return fs.existsSync(DIR_REALES)
    ? fs
        .readdirSync(DIR_REALES)
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
    : [];
}

function describeSiHay(faltan: readonly string[], aviso: string, nombre: string, cuerpo: () => void): void {
  if (faltan.length === 0) {
    describe(nombre, cuerpo);
    return;
  }
  if (process.env["CI"] === "true") {
    describe(nombre, () => {
      it("needs the files of ../shared (CI=true)", () => {
        throw new Error(`${aviso} (CI=true): faltan ${faltan.join(", ")}`);
      });
    });
    return;
  }
  console.log(`${aviso} — pruebas omitidas (${faltan.join(", ")})`);
  describe.skip(nombre, cuerpo);
}

/**
 * `describe` when every real workbook named exists (an empty list — librosReales() without the
 * folder — counts as missing); otherwise a notice and a skip, or a failing test under CI=true.
 */
export function describeReal(archivos: readonly string[], nombre: string, cuerpo: () => void): void {
  const faltan = archivos.length === 0 ? ["*.xlsx"] : archivos.filter((a) => !fs.existsSync(rutaReal(a)));
  describeSiHay(faltan, "fixtures reales no disponibles en ../shared/fixtures/real/", nombre, cuerpo);
}

/** The same for other files of ../shared, named relative to it. */
export function describeCompartido(rutas: readonly string[], nombre: string, cuerpo: () => void): void {
  const faltan = rutas.filter((r) => !fs.existsSync(rutaCompartida(r)));
  describeSiHay(faltan, "archivos de ../shared/ no disponibles", nombre, cuerpo);
}
