import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

const sinMatriz = { reconocida: false, filaEncabezado: null, columnas: {} };

export const caso: Caso = {
  nombre: "20-hojas-sin-matriz",
  familia: "20 · a lookup list and a pivot summary beside the matrix (SPEC §3.4 hoja sin matriz)",
  descripcion:
    "La Dorada: «% financiero» is a two-column list with no header, the sector summary is a pivot (labels and a mean of %). " +
    "Neither has a meta column and a programado/ejecutado: both are «hoja sin matriz», with no error finding.",
  libro: libro([
    hoja("% financiero", [
      ["Salud", 0.85],
      ["Educación", 0.92],
      ["Gobierno", 0.6],
      ["Planeación", 0.71],
    ]),
    hoja("EJECUCIÓN 2025 POR SECTOR", [
      ["Etiquetas de fila", "Promedio de % CUMPLIMIENTO 2025"],
      ["SALUD", 0.8],
      ["EDUCACIÓN", 0.7],
      ["Total general", 0.75],
    ]),
    hoja("METAS 2025", [
      ["Meta de producto", "Dependencia", "Meta 2025", "Avance meta 2025"],
      ["Vacunar niños", "Secretaría de Salud", 100, 70],
      ["Dotar colegios", "Secretaría de Educación", 4, 4],
    ]),
  ]),
  esperado: {
    hojas: {
      "% financiero": sinMatriz,
      "EJECUCIÓN 2025 POR SECTOR": sinMatriz,
      "METAS 2025": { reconocida: true, filaEncabezado: 1, columnas: { A: "meta", B: "dependencia", C: "programado 2025", D: "ejecutado 2025" } },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Vacunar niños": 70 / 100, "Dotar colegios": 4 / 4 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Educación": 1 },
    planPctVigencia: (0.7 + 1) / 2,
    hallazgos: { sinErrores: true, ausentes: ["A-RECONOCIMIENTO-DUDOSO"] },
  },
};
