import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "03-trimestral-total-valor-esperado",
  familia: "3 · quarterly T1…T4 with TOTAL PLANEADO/EJECUTADO and VALOR ESPERADO (SPEC §3.2 precedence)",
  descripcion:
    "Tenjo's layout: VALOR ESPERADO 2024 is the annual target, the stored TOTAL is the year's programado/ejecutado " +
    "(it wins over its quarters even when they disagree, with A-TOTAL-INCONSISTENTE), quarters are per-period amounts.",
  libro: libro([
    hoja("PDM", [
      [
        "COD META PRODUCTO",
        "META DE PRODUCTO",
        "RESPONSABLE",
        "TENDENCIA  INDICADOR",
        "VALOR ESPERADO 2024",
        "T1. PLANEADO 2024",
        "T1. EJECUTADO 2024",
        "T2. PLANEADO 2024",
        "T2. EJECUTADO 2024",
        "T3. PLANEADO 2024",
        "T3. EJECUTADO 2024",
        "T4. PLANEADO 2024",
        "T.4 EJECUTADO 2024",
        "TOTAL PLANEADO 2024",
        "TOTAL EJECUTADO 2024",
      ],
      ["1", "Capacitar docentes", "Sec. Educación", "I", 100, 10, 10, 20, 20, 30, 15, 40, 35, 100, 80],
      ["2", "Mantener cupos PAE", "Sec. Educación", "M", 500, 500, 480, 500, 490, 500, 500, 500, 510, 500, 510],
      // VALOR ESPERADO 20 against a year plan of 10 (Tenjo trap 2): the total is the programado
      ["3", "Construir placas huella", "Sec. Infraestructura", "I", 20, 0, 0, 0, 0, 5, 2, 5, 3, 10, 5],
      // stored TOTAL PLANEADO 2 while its quarters add up to 4: the stored total is used
      ["4", "Dotar bibliotecas", "Sec. Educación", "I", 4, 1, 1, 1, 1, 1, 0, 1, 0, 2, 2],
    ]),
  ]),
  esperado: {
    hojas: {
      PDM: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          D: "tipo",
          E: "programado 2024",
          F: "programado 2024 T1",
          G: "ejecutado 2024 T1",
          H: "programado 2024 T2",
          I: "ejecutado 2024 T2",
          J: "programado 2024 T3",
          K: "ejecutado 2024 T3",
          L: "programado 2024 T4",
          M: "ejecutado 2024 T4",
          N: "programado 2024 total",
          O: "ejecutado 2024 total",
        },
        lecturaTrimestral: "periodo",
      },
    },
    vigencia: 2024,
    metas: 4,
    pctVigencia: {
      "Capacitar docentes": 80 / 100,
      "Mantener cupos PAE": 510 / 500,
      "Construir placas huella": 5 / 10,
      "Dotar bibliotecas": 2 / 2,
    },
    tipos: { "Capacitar docentes": "SUMA", "Mantener cupos PAE": "CONSTANTE", "Construir placas huella": "SUMA", "Dotar bibliotecas": "SUMA" },
    dependencias: { "Sec. Educación": 3, "Sec. Infraestructura": 1 },
    // 1.02 is capped at 1 before the mean
    planPctVigencia: (0.8 + 1 + 0.5 + 1) / 4,
    hallazgos: {
      presentes: ["A-TOTAL-INCONSISTENTE@PDM!N5"],
      ausentes: ["A-COLUMNA-DUPLICADA", "A-TOTAL-INCONSISTENTE@PDM!N2", "A-TOTAL-INCONSISTENTE@PDM!N3", "A-TOTAL-INCONSISTENTE@PDM!N4"],
    },
  },
};
