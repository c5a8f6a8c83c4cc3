import type { Caso } from "./caso";
import { HOJAS, LIBRO } from "./18a-hoja-anual-y-plan-completo-2025";

export const caso: Caso = {
  nombre: "18b-hoja-anual-y-plan-completo-2024",
  familia: "18 · a year sheet beside a whole-plan sheet (SPEC §3.5)",
  descripcion: "The workbook of 18a for vigencia 2024: only the whole-plan sheet holds 2024's ejecutado, so it is the view used.",
  libro: LIBRO,
  ajustes: { vigencia: 2024 },
  esperado: {
    hojas: HOJAS,
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": 80 / 100, "Pavimentar vías": 5 / 5 },
    origen: { "Vacunar niños": "PDT 2024-2027", "Pavimentar vías": "PDT 2024-2027" },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.8 + 1) / 2,
    hallazgos: { ausentes: ["A-HOJA-DUPLICADA", "E-META-DUPLICADA"] },
  },
};
