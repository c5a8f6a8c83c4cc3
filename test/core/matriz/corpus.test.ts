/**
 * Golden layout corpus (issue 10): each case of corpus/ is a synthetic workbook that differs from
 * the others in one way real matrices differ; its expected mapping and figures were worked out by
 * hand from the grid and the SPEC. On failure the test prints the differences and the actual
 * output in the same notation, so a reviewer sees what the engine did.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Consolidacion } from "../../../src/core/calculo/tipos";
import type { Caso } from "./corpus/caso";
import { diferencias } from "./corpus/comparar";
import { CASOS } from "./corpus/indice";
import { salidaReal, type SalidaReal } from "./corpus/notacion";

function ejecutar(caso: Caso): Consolidacion {
  try {
    return consolidar(caso.libro, caso.ajustes);
  } catch (e) {
    throw new Error(`${caso.nombre}: consolidar lanzó ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
}

/** The report a failing case prints: what differs, then the whole actual output. */
function informe(caso: Caso, difs: readonly string[], real: SalidaReal): string {
  return [
    `${caso.nombre} — ${caso.descripcion}`,
    "",
    "Diferencias (esperado frente a real):",
    ...difs.map((d) => `  - ${d}`),
    "",
    "Salida real en la notación del corpus:",
    JSON.stringify(real, null, 2),
  ].join("\n");
}

function comprobar(caso: Caso): void {
  const real = salidaReal(ejecutar(caso));
  const difs = diferencias(caso.esperado, real);
  if (difs.length > 0) throw new Error(informe(caso, difs, real));
}

describe("Golden layout corpus: recognition and figures per layout family (SPEC §3, §4, §5.1–5.4, §7)", () => {
  it("has at least 24 cases and runs every case module of corpus/ (a module left out of the index would never be checked)", () => {
    const archivos = readdirSync(join(__dirname, "corpus"))
      .filter((f) => /^\d{2}[a-z]?-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(CASOS.map((c) => c.nombre).sort()).toEqual(archivos);
    expect(CASOS.length).toBeGreaterThanOrEqual(24);
  });

  it("a case with no esperado, or an empty one, fails and prints the actual output", () => {
    const [primero] = CASOS;
    if (!primero) throw new Error("el corpus está vacío");
    const { esperado: _esperado, ...sinEsperado } = primero;
    for (const caso of [sinEsperado, { ...sinEsperado, esperado: {} }]) {
      expect(() => comprobar(caso)).toThrow(/el caso no tiene esperado[\s\S]*Salida real en la notación del corpus:[\s\S]*"hojas"/);
    }
  });

  it.each(CASOS.map((c) => [`${c.nombre} — familia ${c.familia}`, c] as const))("%s", (_titulo, caso) => {
    comprobar(caso);
  });
});
