/** The band rules of SPEC §5.8, read as the Spanish texts the pane and the CLI show. */
import { mensajeAjuste, validarNiveles, type BandaSemaforo } from "../../../src/core/ajustes";

function textos(bandas: readonly BandaSemaforo[], decimales?: number): string[] {
  return validarNiveles(bandas, decimales).map(mensajeAjuste);
}

const banda = (nombre: string, desde: number, hasta: number | null): BandaSemaforo => ({ nombre, desde, hasta, color: "#63BE7B" });

describe("validador de niveles (SPEC §5.8)", () => {
  it("acepta 0–55 / 56–80 / 81–100 en números enteros", () => {
    expect(textos([banda("Bajo", 0, 55), banda("Aceptable", 56, 80), banda("Sobresaliente", 81, 100)])).toEqual([]);
  });

  it("rechaza 0–20 / 20–75 / 75–98 / >98, que se superponen en los bordes", () => {
    const problemas = textos([banda("A", 0, 20), banda("B", 20, 75), banda("C", 75, 98), banda("D", 98, null)]);
    expect(problemas).toEqual([
      "Los niveles «A» y «B» se superponen en 20.",
      "Los niveles «B» y «C» se superponen en 75.",
      "Los niveles «C» y «D» se superponen en 98.",
    ]);
  });

  test.each<[string, BandaSemaforo[], number, string]>([
    ["un hueco entre bandas", [banda("A", 0, 50), banda("B", 60, null)], 0, "Entre «A» y «B» queda un hueco (de 50 a 60)."],
    ["no empieza en 0", [banda("A", 10, 50), banda("B", 51, null)], 0, "El primer nivel («A») debe empezar en 0."],
    ["no llega a 100", [banda("A", 0, 50), banda("B", 51, 90)], 0, "El último nivel («B») debe llegar hasta 100 % o no tener límite."],
    ["nombre repetido", [banda("A", 0, 50), banda("A", 51, null)], 0, "El nombre «A» está repetido."],
    ["un decimal: 50,0 y 50,2 dejan hueco", [banda("A", 0, 50), banda("B", 50.2, null)], 1, "Entre «A» y «B» queda un hueco (de 50 a 50,2)."],
  ])("rechaza %s", (_n, bandas, decimales, problema) => {
    expect(textos(bandas, decimales)).toContain(problema);
  });

  it("un decimal: 0–50 / 50,1–100 es continuo", () => {
    expect(textos([banda("A", 0, 50), banda("B", 50.1, 100)], 1)).toEqual([]);
  });
});
