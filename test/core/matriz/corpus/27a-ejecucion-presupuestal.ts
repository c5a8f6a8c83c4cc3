import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "27a-ejecucion-presupuestal",
  familia: "27 · budget columns are never the physical ejecutado (SPEC §3.2, §5.9)",
  descripcion:
    "«EJECUCIÓN PRESUPUESTAL 2024» holds the words EJECUCIÓN and 2024 and sits before the physical «Avance meta 2024»: " +
    "it is the budget executed (pesos), not the year's ejecutado.",
  libro: libro([
    hoja("PDT", [
      ["Meta de producto", "Dependencia", "Meta 2024", "APROPIACIÓN DEFINITIVA 2024", "EJECUCIÓN PRESUPUESTAL 2024", "Avance meta 2024"],
      ["Vacunar niños", "Secretaría de Salud", 100, 50000000, 45000000, 80],
      ["Pavimentar vías", "Secretaría de Obras", 5, 900000000, 300000000, 2],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "programado 2024", D: "presupuestoProgramado 2024", E: "presupuestoEjecutado 2024", F: "ejecutado 2024" },
      },
    },
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": 80 / 100, "Pavimentar vías": 2 / 5 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.8 + 0.4) / 2,
    hallazgos: { ausentes: ["A-COLUMNA-DUPLICADA", "A-PROBABLE-ERROR", "A-SOBREEJECUCION"] },
  },
};
