import type { Caso } from "./caso";
import { HOJAS, LIBRO } from "./17a-hojas-por-anio-vigencia-2025";

export const caso: Caso = {
  nombre: "17b-hojas-por-anio-vigencia-2024",
  familia: "17 · yearly sheets METAS 2024 / METAS 2025 are views of one plan (SPEC §3.5)",
  descripcion: "The workbook of 17a consolidated for vigencia 2024: each meta counts once, from the sheet named 2024.",
  libro: LIBRO,
  ajustes: { vigencia: 2024 },
  esperado: {
    hojas: HOJAS,
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": 80 / 100, "Pavimentar vías": 5 / 5 },
    origen: { "Vacunar niños": "METAS 2024", "Pavimentar vías": "METAS 2024" },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.8 + 1) / 2,
    hallazgos: { ausentes: ["A-HOJA-DUPLICADA", "E-META-DUPLICADA"] },
  },
};
