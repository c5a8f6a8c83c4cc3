/** The --json summary's `presupuesto` key (issue 13): present only with a separate budget sheet; SPEC §9's keys unchanged. */
import { consolidar } from "../../src/core/calculo/consolidar";
import { resumenJson } from "../../src/core/resumenJson";
import { hoja, libro } from "../helpers/grid";

const MATRIZ = hoja("PDM", [
  ["Sector", "Meta de producto", "Meta 2024", "Avance meta 2024"],
  ["Salud", "Vacunar niños", 100, 80],
  ["Transporte", "Pavimentar vías", 5, 2],
]);

describe("resumenJson: budget sheets under `presupuesto`", () => {
  it("each row with its figures, share, joined group and that group's physical % (fractions, SPEC §9)", () => {
    const presupuesto = hoja("Presupuesto", [
      ["SECTOR", "APROPIACIÓN DEFINITIVA", "COMPROMISOS", "PAGOS"],
      ["Salud", "$ 3.000.000", "$ 1.500.000", "$ 1.000.000"],
      ["Cultura", "$ 1.000.000", "$ 1.200.000", null],
    ]);
    const r = resumenJson(consolidar(libro([MATRIZ, presupuesto]), { vigencia: 2024 }));
    expect(Object.keys(r)).toContain("presupuesto");
    expect(r.presupuesto).toEqual([
      {
        hoja: "Presupuesto",
        por: "sector",
        nivel: "sector",
        filas: [
          {
            fila: 2,
            codigo: null,
            nombre: "Salud",
            grupo: "Salud",
            presupuestado: 3_000_000,
            ejecutado: 1_500_000,
            pagos: 1_000_000,
            pct_ejecucion: 0.5,
            participacion: 0.75,
            pct_fisica: 0.8,
          },
          {
            fila: 3,
            codigo: null,
            nombre: "Cultura",
            grupo: null,
            presupuestado: 1_000_000,
            ejecutado: 1_200_000,
            pagos: null,
            pct_ejecucion: 1.2,
            participacion: 0.25,
            pct_fisica: null,
          },
        ],
      },
    ]);
  });

  it("without a budget sheet the summary has exactly SPEC §9's keys", () => {
    const r = resumenJson(consolidar(libro([MATRIZ]), { vigencia: 2024 }));
    expect(Object.keys(r).sort()).toEqual(["corte", "grupos", "hallazgos", "hojas", "metas", "motivo_vigencia", "plan", "tope", "vigencia"]);
  });
});
