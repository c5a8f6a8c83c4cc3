import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

const filas = (codigo: string, meta: string, tipo: string, p: readonly number[], e: readonly number[]) =>
  [0, 1, 2, 3].map((i) => [codigo, meta, "Secretaría de Educación", tipo, 2024, `T${i + 1}`, p[i] ?? null, e[i] ?? null]);

export const caso: Caso = {
  nombre: "06-largo-por-trimestre",
  familia: "6 · long layout per quarter with VIGENCIA and TRIMESTRE columns (SPEC §3.2, §4, §5.1)",
  descripcion:
    "One row per meta and quarter. The quarterly programado adds up to the year and the ejecutado goes down in T4, so " +
    "the values are per-period amounts: SUMA adds the quarters, CONSTANTE takes the last. The year and quarter columns are the fields «vigencia» and «periodo» of the contract.",
  libro: libro([
    hoja("Seguimiento trimestral", [
      ["Código", "Meta de producto", "Dependencia", "Tipo de acumulación", "VIGENCIA", "TRIMESTRE", "Programado", "Ejecutado"],
      ...filas("1", "Capacitar docentes", "Suma", [25, 25, 25, 25], [20, 30, 25, 15]),
      ...filas("2", "Mantener cupos PAE", "Constante", [500, 500, 500, 500], [480, 490, 500, 510]),
    ]),
  ]),
  esperado: {
    hojas: {
      "Seguimiento trimestral": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "codigo", B: "meta", C: "dependencia", D: "tipo", E: "vigencia", F: "periodo", G: "programado", H: "ejecutado" },
        lecturaTrimestral: "periodo",
      },
    },
    vigencia: 2024,
    metas: 2,
    // SUMA: (20 + 30 + 25 + 15) / (25 × 4); CONSTANTE: last quarter 510 / 500
    pctVigencia: { "Capacitar docentes": 90 / 100, "Mantener cupos PAE": 510 / 500 },
    tipos: { "Capacitar docentes": "SUMA", "Mantener cupos PAE": "CONSTANTE" },
    dependencias: { "Secretaría de Educación": 2 },
    planPctVigencia: (0.9 + 1) / 2,
    hallazgos: { ausentes: ["E-META-DUPLICADA"] },
  },
};
