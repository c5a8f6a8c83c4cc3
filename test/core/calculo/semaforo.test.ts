import { colorSemaforo, nivelSemaforo, PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";
import { validarNiveles } from "../../../src/core/ajustes";
import { ErrorParametros } from "../../../src/core/fallos";
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

describe("semáforos personalizados en los ajustes (SPEC §5.8)", () => {
  it("un semáforo personalizado inválido en los ajustes es un ErrorParametros", () => {
    const niveles = [
      { nombre: "A", desde: 0, color: "#FF0000" },
      { nombre: "B", desde: 0, color: "#00FF00" },
    ];
    expect(() =>
      calcular([meta({ anios: { 2024: { p: 1, e: 1 } } })], { semaforo: { preset: "personalizado", niveles, decimales: 0, cienEnElSuperior: true } }),
    ).toThrow(ErrorParametros);
  });
});
