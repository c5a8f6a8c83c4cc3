import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "25-columna-n-desplazada",
  familia: "25 · a column shift: an extra «N°» column first (SPEC §3.1 by header, not position)",
  descripcion:
    "Guatapé's Sec. Planeación: a row counter «N°» in A moves every column one to the right. Fields go by header; the " +
    "counter is not the meta's code (the «Código» column is).",
  libro: libro([
    hoja("Sec. Planeación", [
      ["N°", "Código", "Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024"],
      [61, "040101", "Actualizar el POT", "Secretaría de Planeación", 1, 0.5],
      [62, "040102", "Estratificar predios", "Secretaría de Planeación", 100, 100],
      [63, "040201", "Formular proyectos", "Secretaría de Planeación", 10, 6],
    ]),
  ]),
  esperado: {
    hojas: {
      "Sec. Planeación": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { B: "codigo", C: "meta", D: "dependencia", E: "programado 2024", F: "ejecutado 2024" },
      },
    },
    vigencia: 2024,
    metas: 3,
    pctVigencia: { "Actualizar el POT": 0.5 / 1, "Estratificar predios": 100 / 100, "Formular proyectos": 6 / 10 },
    codigos: { "Actualizar el POT": "040101", "Estratificar predios": "040102", "Formular proyectos": "040201" },
    dependencias: { "Secretaría de Planeación": 3 },
    planPctVigencia: (0.5 + 1 + 0.6) / 3,
    hallazgos: { ausentes: ["A-COLUMNA-DUPLICADA"] },
  },
};
