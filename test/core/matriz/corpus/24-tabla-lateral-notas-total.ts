import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "24-tabla-lateral-notas-total",
  familia: "24 · side table after an empty column, a TOTAL row, notes below (SPEC §3.4 skip)",
  descripcion:
    "The matrix ends at the empty column D and at the TOTAL row: the summary to the right is not columns of the matrix, " +
    "the notes below are neither metas nor group rows naming a dependency (the sheet name stays the dependency).",
  libro: libro([
    hoja("Sec. Gobierno", [
      ["Meta de producto", "Meta 2024", "Avance meta 2024", null, "Resumen", "Valor"],
      ["Campañas de convivencia", 10, 8, null, "Metas", 3],
      ["Jornadas de desarme", 4, 2, null, "Promedio", 0.7],
      ["Cámaras instaladas", 20, 20, null, "Programadas", 3],
      ["TOTAL", 34, 30],
      [],
      ["Nota: cifras con corte a diciembre de 2024"],
      ["Elaboró: Oficina Asesora de Planeación"],
    ]),
  ]),
  esperado: {
    hojas: {
      "Sec. Gobierno": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "programado 2024", C: "ejecutado 2024" },
        fuenteDependencia: "nombreHoja",
      },
    },
    vigencia: 2024,
    metas: 3,
    pctVigencia: { "Campañas de convivencia": 8 / 10, "Jornadas de desarme": 2 / 4, "Cámaras instaladas": 20 / 20 },
    dependencias: { "Sec. Gobierno": 3 },
    planPctVigencia: (0.8 + 0.5 + 1) / 3,
  },
};
