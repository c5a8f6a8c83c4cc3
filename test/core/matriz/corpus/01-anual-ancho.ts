import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

/** Shared with 28-columnas-barajadas, which shuffles these columns. */
export const ENCABEZADO = ["Código", "Meta de producto", "Dependencia", "Meta cuatrienio", "META 2024", "AVANCE META 2024", "META 2025", "AVANCE META 2025"];
export const FILAS = [
  ["1", "Vacunar niños", "Secretaría de Salud", 400, 100, 80, 100, 90],
  ["2", "Pavimentar vías", "Secretaría de Obras", 20, 5, 5, 5, 2],
  ["3", "Dotar colegios", "Secretaría de Educación", 8, 2, 3, 2, null],
];

export const caso: Caso = {
  nombre: "01-anual-ancho",
  familia: "1 · wide yearly META t | AVANCE META t (SPEC §3.2, §5.3, §5.4)",
  descripcion: "One column per field and year; 2025 is the latest year with ejecutado (2 of 3 programmed metas report).",
  libro: libro([hoja("PDM", [ENCABEZADO, ...FILAS])]),
  esperado: {
    hojas: {
      PDM: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          D: "metaCuatrienio",
          E: "programado 2024",
          F: "ejecutado 2024",
          G: "programado 2025",
          H: "ejecutado 2025",
        },
      },
    },
    vigencia: 2025,
    metas: 3,
    // 2025: 90/100, 2/5, and Dotar colegios programmed with a blank ejecutado (sin reporte)
    pctVigencia: { "Vacunar niños": 0.9, "Pavimentar vías": 0.4, "Dotar colegios": null },
    // SUMA: Σ E ≤ 2025 / M
    pctCuatrienio: { "Vacunar niños": (80 + 90) / 400, "Pavimentar vías": (5 + 2) / 20, "Dotar colegios": 3 / 8 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1, "Secretaría de Educación": 1 },
    // sin reporte counts as 0 in the mean (SPEC §5.2)
    planPctVigencia: (0.9 + 0.4 + 0) / 3,
    hallazgos: { presentes: ["A-SIN-REPORTE@PDM"], ausentes: ["A-COLUMNA-DUPLICADA", "E-COLUMNA-FALTANTE"] },
  },
};
