import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "10-indicador-codigo-meta-texto",
  familia: "10 · INDICADOR holds 9-digit MGA codes, METAS DE CUATRIENIO holds the sentences (SPEC §3.2 a meta's text beats a code)",
  descripcion:
    "La Dorada: the meta is the sentence column, the INDICADOR column is its code, «META DEL CUATRIENIO» is the number. " +
    "Two metas sharing an MGA code with different texts are not duplicates.",
  libro: libro([
    hoja("METAS 2025", [
      ["SECRETARIA ", "METAS DE CUATRIENIO", "INDICADOR", "META DEL CUATRIENIO", "Programación 2025", "Ejecutado 2025"],
      ["Secretaría de Planeación", "Financiar la operación anual del banco de proyectos", 120200300, 4, 1, 1],
      ["Secretaría de Planeación", "Actualizar el expediente municipal", 120200300, 1, 1, 0.5],
      ["Secretaría de Salud", "Vacunar a la población infantil", 190300500, 4000, 1000, 800],
    ]),
  ]),
  esperado: {
    hojas: {
      "METAS 2025": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "dependencia", B: "meta", C: "codigo", D: "metaCuatrienio", E: "programado 2025", F: "ejecutado 2025" },
      },
    },
    vigencia: 2025,
    metas: 3,
    pctVigencia: {
      "Financiar la operación anual del banco de proyectos": 1 / 1,
      "Actualizar el expediente municipal": 0.5 / 1,
      "Vacunar a la población infantil": 800 / 1000,
    },
    pctCuatrienio: {
      "Financiar la operación anual del banco de proyectos": 1 / 4,
      "Actualizar el expediente municipal": 0.5 / 1,
      "Vacunar a la población infantil": 800 / 4000,
    },
    codigos: {
      "Financiar la operación anual del banco de proyectos": "120200300",
      "Actualizar el expediente municipal": "120200300",
      "Vacunar a la población infantil": "190300500",
    },
    dependencias: { "Secretaría de Planeación": 2, "Secretaría de Salud": 1 },
    planPctVigencia: (1 + 0.5 + 0.8) / 3,
    hallazgos: { ausentes: ["E-META-DUPLICADA"] },
  },
};
