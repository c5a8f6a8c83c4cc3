import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "21-encabezado-sin-anio",
  familia: "21 · a header without a year beside year columns never takes the latest year (SPEC §3.2)",
  descripcion:
    "«Ejecutado» with no year after the 2024 and 2025 columns holds the accumulated total (140 = 80 + 60). It is an " +
    "ejecutado without a year, not a second ejecutado 2025: taking 2025 would turn a sin reporte into 100 %.",
  libro: libro([
    hoja("PDT", [
      ["Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024", "Meta 2025", "Avance meta 2025", "Ejecutado"],
      ["Vacunar niños", "Secretaría de Salud", 100, 80, 100, 60, 140],
      ["Pavimentar vías", "Secretaría de Obras", 5, 5, 5, null, 5],
    ]),
  ]),
  ajustes: { vigencia: 2025 },
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "programado 2024", D: "ejecutado 2024", E: "programado 2025", F: "ejecutado 2025", G: "ejecutado" },
      },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Vacunar niños": 60 / 100, "Pavimentar vías": null },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.6 + 0) / 2,
    hallazgos: { presentes: ["A-SIN-REPORTE@PDT"], ausentes: ["A-COLUMNA-DUPLICADA"] },
  },
};
