import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "23-sin-columna-de-ejecutado",
  familia: "23 · a recognised header with no ejecutado column (SPEC §3.6 A-RECONOCIMIENTO-DUDOSO)",
  descripcion:
    "A plan indicativo with metas and programación but nothing executed: the sheet is a matrix (meta + programado), the " +
    "computation lacks the ejecutado, so the sheet says so (A-RECONOCIMIENTO-DUDOSO) and no figure is made up — not a " +
    "plan at 0 % with every meta «sin reporte».",
  libro: libro([
    hoja("Plan indicativo", [
      ["Meta de producto", "Dependencia", "Meta cuatrienio", "Meta 2024", "Meta 2025"],
      ["Vacunar niños", "Secretaría de Salud", 400, 100, 100],
      ["Pavimentar vías", "Secretaría de Obras", 20, 5, 5],
    ]),
  ]),
  ajustes: { vigencia: 2024 },
  esperado: {
    hojas: {
      "Plan indicativo": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "metaCuatrienio", D: "programado 2024", E: "programado 2025" },
      },
    },
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": null, "Pavimentar vías": null },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: null,
    hallazgos: { presentes: ["A-RECONOCIMIENTO-DUDOSO@Plan indicativo"], ausentes: ["E-SIN-MATRIZ"] },
  },
};
