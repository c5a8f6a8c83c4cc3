/** The plan's semáforo conditional formats colour a % exactly as the engine bands it (SPEC §5.8). */
import { nivelSemaforo, PRESETS_SEMAFORO } from "../../../src/core/calculo/semaforo";
import type { PresetSemaforoId } from "../../../src/core/calculo/tipos";
import { condicionalesPorcentaje } from "../../../src/core/reporte/_lib/semaforo";

const rellenos = (v: number, id: PresetSemaforoId): string[] =>
  condicionalesPorcentaje("A1", PRESETS_SEMAFORO[id]).flatMap((r) =>
    r.tipo === "valor" && (r.desde === null || v >= r.desde) && (r.hasta === null || v <= r.hasta) ? [r.relleno] : [],
  );

// a 0,05-point grid from −10 % to 140 %, plus ratios that land on band edges in floating point
const VALORES = [
  ...Array.from({ length: 3001 }, (_, i) => (i - 200) / 2000),
  201.25 / 250,
  161 / 200,
  0.1 + 0.7,
  111 / 200,
  0.501,
  0.7505,
  1.2505,
  80.5 / 100,
  55.5 / 100,
];

describe.each(Object.keys(PRESETS_SEMAFORO) as PresetSemaforoId[])("preset %s", (id) => {
  it("every value gets exactly one fill, the colour of the engine's level", () => {
    const distintos = VALORES.filter((v) => {
      const r = rellenos(v, id);
      return r.length !== 1 || r[0] !== nivelSemaforo(v, PRESETS_SEMAFORO[id]).color;
    });
    expect(distintos).toEqual([]);
  });
});

it("SPEC §5.8 worked example: 80,4 % is Aceptable under municipal-3", () => {
  expect(rellenos(0.804, "municipal-3")).toEqual([PRESETS_SEMAFORO["municipal-3"].niveles.find((n) => n.nombre === "Aceptable")!.color]);
});
