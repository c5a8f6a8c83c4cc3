import { hoja, libro } from "../../../helpers/grid";
import type { Caso, HojaEsperada } from "./caso";

/** Shared with 18b. The whole-plan sheet comes first, so "first sheet wins" would pick the wrong view. */
export const LIBRO = libro([
  hoja("PDT 2024-2027", [
    [
      "Código",
      "Meta de producto",
      "Dependencia",
      "Meta cuatrienio",
      "Programación 2024",
      "Programación 2025",
      "Programación 2026",
      "Programación 2027",
      "Ejecutado 2024",
      "Ejecutado 2025",
    ],
    // a stale 2025 figure (55) against the 2025 sheet's 60
    ["1", "Vacunar niños", "Secretaría de Salud", 400, 100, 100, 100, 100, 80, 55],
    ["2", "Pavimentar vías", "Secretaría de Obras", 20, 5, 5, 5, 5, 5, null],
  ]),
  hoja("METAS 2025", [
    ["Código", "Meta de producto", "Dependencia", "Programación 2025", "Ejecutado 2025"],
    ["1", "Vacunar niños", "Secretaría de Salud", 100, 60],
    ["2", "Pavimentar vías", "Secretaría de Obras", 5, 2],
  ]),
]);

export const HOJAS: Readonly<Record<string, HojaEsperada>> = {
  "PDT 2024-2027": {
    reconocida: true,
    filaEncabezado: 1,
    columnas: {
      A: "codigo",
      B: "meta",
      C: "dependencia",
      D: "metaCuatrienio",
      E: "programado 2024",
      F: "programado 2025",
      G: "programado 2026",
      H: "programado 2027",
      I: "ejecutado 2024",
      J: "ejecutado 2025",
    },
    // "2024-2027" names the cuatrienio, not one year
    vigenciaHoja: null,
  },
  "METAS 2025": {
    reconocida: true,
    filaEncabezado: 1,
    columnas: { A: "codigo", B: "meta", C: "dependencia", D: "programado 2025", E: "ejecutado 2025" },
    vigenciaHoja: 2025,
  },
};

export const caso: Caso = {
  nombre: "18a-hoja-anual-y-plan-completo-2025",
  familia: "18 · a year sheet beside a whole-plan sheet (SPEC §3.5)",
  descripcion:
    "La Dorada: «PDT 2024-2027» repeats the metas of «METAS 2025» with other values. For vigencia 2025 the view specific " +
    "to that year (its name names it) is consolidated, each meta once.",
  libro: LIBRO,
  ajustes: { vigencia: 2025 },
  esperado: {
    hojas: HOJAS,
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Vacunar niños": 60 / 100, "Pavimentar vías": 2 / 5 },
    origen: { "Vacunar niños": "METAS 2025", "Pavimentar vías": "METAS 2025" },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.6 + 0.4) / 2,
    hallazgos: { ausentes: ["A-HOJA-DUPLICADA", "E-META-DUPLICADA", "A-SIN-REPORTE"] },
  },
};
