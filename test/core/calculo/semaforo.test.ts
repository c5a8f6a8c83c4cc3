import { colorSemaforo, nivelSemaforo, PRESETS_SEMAFORO, validarNiveles, type BandaSemaforo } from "../../../src/core/calculo/semaforo";
import { ErrorParametros } from "../../../src/core/calculo/errores";
import type { PresetSemaforoId } from "../../../src/core/calculo/tipos";
import { calcular, calcularUna, meta } from "./_meta";

describe("presets de semáforo (SPEC §5.8)", () => {
  test.each<[PresetSemaforoId, number, string]>([
    ["municipal-3", 0.804, "Aceptable"],
    ["municipal-3", 0.805, "Sobresaliente"],
    ["municipal-3", 0.81, "Sobresaliente"],
    ["municipal-3", 0.8, "Aceptable"],
    ["municipal-3", 0.555, "Aceptable"],
    ["municipal-3", 0.554, "Bajo"],
    ["municipal-3", 0, "Bajo"],
    ["municipal-3", -0.2, "Bajo"],
    ["municipal-3", 1.76, "Sobresaliente"],
    ["dnp-5", 0.8, "Sobresaliente"],
    ["dnp-5", 0.79, "Satisfactorio"],
    ["dnp-5", 0.7, "Satisfactorio"],
    ["dnp-5", 0.65, "Medio"],
    ["dnp-5", 0.45, "Bajo"],
    ["dnp-5", 0.399, "Crítico"],
    ["cuatro-niveles", 0.8, "Excelente"],
    ["cuatro-niveles", 0.6, "Bueno"],
    ["cuatro-niveles", 0.4, "Regular"],
    ["cuatro-niveles", 0.399, "Crítico"],
    ["segplan", 0.5, "Rojo"],
    ["segplan", 0.501, "Amarillo"],
    ["segplan", 0.75, "Amarillo"],
    ["segplan", 1.25, "Verde"],
    ["segplan", 1.26, "Naranja"],
  ])("%s: %d → %s", (preset, pct, nombre) => {
    expect(nivelSemaforo(pct, PRESETS_SEMAFORO[preset]).nombre).toBe(nombre);
  });

  it("80,4 % → 80 → Aceptable en la meta calculada (municipal-3 por defecto)", () => {
    const { m } = calcularUna({ anios: { 2024: { p: 1000, e: 804 } } }, { vigencia: 2024 });
    expect(m.semaforo).toBe("Aceptable");
  });

  it("cada preset es una escala válida con colores #RRGGBB y empieza en 0", () => {
    for (const s of Object.values(PRESETS_SEMAFORO)) {
      expect(validarNiveles(s.niveles, s.decimales)).toEqual([]);
      expect(s.niveles[0]?.desde).toBe(0);
    }
  });

  it("colores: verde, amarillo y rojo en municipal-3; grises distintos para los estados sin valor", () => {
    const s = PRESETS_SEMAFORO["municipal-3"];
    const rgb = (nombre: string) => {
      const hex = colorSemaforo(nombre, s);
      return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
    };
    const [vr, vg, vb] = rgb("Sobresaliente");
    const [ar, ag, ab] = rgb("Aceptable");
    const [rr, rg, rb] = rgb("Bajo");
    expect(vg > vr && vg > vb).toBe(true); // verde
    expect(ar > ab && ag > ab && Math.abs(ar - ag) < 40).toBe(true); // amarillo
    expect(rr > rg && rr > rb).toBe(true); // rojo
    const grises = ["Sin programación", "Sin reporte", "Sin dato"].map(rgb);
    for (const [r, g, b] of grises) expect(r === g && g === b).toBe(true);
    expect(new Set(grises.map((c) => c[0])).size).toBe(3);
  });

  it("el grupo cuenta metas por nivel, incluidos los grises", () => {
    const c = calcular(
      [
        meta({ anios: { 2024: { p: 10, e: 9 } } }),
        meta({ anios: { 2024: { p: 10, e: 6 } } }),
        meta({ anios: { 2024: { p: 10, e: null } } }),
        meta({ anios: { 2024: { p: 0, e: null } } }),
      ],
      { vigencia: 2024 },
    );
    expect(c.plan.conteos.porSemaforo).toEqual({ Sobresaliente: 1, Aceptable: 1, "Sin reporte": 1, "Sin programación": 1 });
  });
});

const banda = (nombre: string, desde: number, hasta: number | null): BandaSemaforo => ({ nombre, desde, hasta, color: "#63BE7B" });

describe("validador de niveles (SPEC §5.8)", () => {
  it("acepta 0–55 / 56–80 / 81–100 en números enteros", () => {
    expect(validarNiveles([banda("Bajo", 0, 55), banda("Aceptable", 56, 80), banda("Sobresaliente", 81, 100)])).toEqual([]);
  });

  it("rechaza 0–20 / 20–75 / 75–98 / >98, que se superponen en los bordes", () => {
    const problemas = validarNiveles([banda("A", 0, 20), banda("B", 20, 75), banda("C", 75, 98), banda("D", 98, null)]);
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
    expect(validarNiveles(bandas, decimales)).toContain(problema);
  });

  it("un decimal: 0–50 / 50,1–100 es continuo", () => {
    expect(validarNiveles([banda("A", 0, 50), banda("B", 50.1, 100)], 1)).toEqual([]);
  });

  it("un semáforo personalizado inválido en los ajustes es un ErrorParametros", () => {
    const niveles = [
      { nombre: "A", desde: 0, color: "#FF0000" },
      { nombre: "B", desde: 0, color: "#00FF00" },
    ];
    expect(() => calcular([meta({ anios: { 2024: { p: 1, e: 1 } } })], { semaforo: { preset: "personalizado", niveles, decimales: 0, tope: true } })).toThrow(ErrorParametros);
  });
});
