import { hoja, libro } from "../../../helpers/grid";
import type { Caso, HojaEsperada } from "./caso";

const fila = (anioEjecutado: number, ejecutados: readonly [number, number]) => [
  ["Código", "Meta de producto", "Dependencia", "Meta cuatrienio", "Programación 2024", "Programación 2025", `Ejecutado ${anioEjecutado}`],
  ["1", "Vacunar niños", "Secretaría de Salud", 400, 100, 100, ejecutados[0]],
  ["2", "Pavimentar vías", "Secretaría de Obras", 20, 5, 5, ejecutados[1]],
];

/** Shared with 17b: the same workbook consolidated for the other vigencia. */
export const LIBRO = libro([hoja("METAS 2024", fila(2024, [80, 5])), hoja("METAS 2025", fila(2025, [60, 2]))]);

const columnas = (anio: number) => ({
  A: "codigo",
  B: "meta",
  C: "dependencia",
  D: "metaCuatrienio",
  E: "programado 2024",
  F: "programado 2025",
  G: `ejecutado ${anio}`,
});

export const HOJAS: Readonly<Record<string, HojaEsperada>> = {
  "METAS 2024": { reconocida: true, filaEncabezado: 1, columnas: columnas(2024), vigenciaHoja: 2024 },
  "METAS 2025": { reconocida: true, filaEncabezado: 1, columnas: columnas(2025), vigenciaHoja: 2025 },
};

export const caso: Caso = {
  nombre: "17a-hojas-por-anio-vigencia-2025",
  familia: "17 · yearly sheets METAS 2024 / METAS 2025 are views of one plan (SPEC §3.5)",
  descripcion:
    "The same two metas on a sheet per year with different ejecutados: not a copy (values differ) and not four metas. " +
    "For vigencia 2025 each meta counts once, from the sheet named 2025.",
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
    hallazgos: { ausentes: ["A-HOJA-DUPLICADA", "E-META-DUPLICADA"] },
  },
};
