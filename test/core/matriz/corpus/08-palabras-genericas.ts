import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "08-palabras-genericas",
  familia: "8 · generic words: CANTIDAD CUMPLIDA DE LA META PROGRAMADA is the ejecutado (SPEC §3.2 specific beats generic)",
  descripcion:
    "La Dorada: «CANTIDAD CUMPLIDA DE LA META PROGRAMADA VIGENTE 2025» holds the words META and PROGRAMADA but is what was " +
    "delivered; «Programación del producto 2025» is the programado.",
  libro: libro([
    hoja("METAS Y SECRETARIAS 2025", [
      ["Meta de producto", "Secretaría", "Programación del producto 2025", " CANTIDAD  CUMPLIDA DE LA META PROGRAMADA VIGENTE 2025"],
      ["Financiar la operación del PAE", "Secretaría de Educación", 1, 0.49],
      ["Realizar jornadas de vacunación", "Secretaría de Salud", 12, 9],
      ["Mantener la malla vial", "Secretaría de Infraestructura", 40, 10],
    ]),
  ]),
  esperado: {
    hojas: {
      "METAS Y SECRETARIAS 2025": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "programado 2025", D: "ejecutado 2025" },
        vigenciaHoja: 2025,
      },
    },
    vigencia: 2025,
    metas: 3,
    pctVigencia: { "Financiar la operación del PAE": 0.49 / 1, "Realizar jornadas de vacunación": 9 / 12, "Mantener la malla vial": 10 / 40 },
    dependencias: { "Secretaría de Educación": 1, "Secretaría de Salud": 1, "Secretaría de Infraestructura": 1 },
    planPctVigencia: (0.49 + 0.75 + 0.25) / 3,
    hallazgos: { ausentes: ["A-COLUMNA-DUPLICADA", "A-EJECUCION-SIN-PROGRAMACION", "A-RECONOCIMIENTO-DUDOSO"] },
  },
};
