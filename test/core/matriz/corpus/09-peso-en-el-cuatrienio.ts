import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "09-peso-en-el-cuatrienio",
  familia: "9 · «% DE PESO EN RELACIÓN A LA META DEL CUATRIENIO» is neither a ponderación nor a reported % (SPEC §3.2, §5.7, §7)",
  descripcion:
    "The share of the meta programmed in one year (0.25 of a 4-year meta, 1 of a maintained one): no field of SPEC §3.2, " +
    "so the column is unused. Read as weights it would sum to 1.5 (A-PONDERACION-NO-SUMA-100) and tilt the plan mean; " +
    "read as a reported % it would disagree with 0.5 and 0.125 (A-DISCREPANCIA-REPORTADO).",
  libro: libro([
    hoja("Metas 2025", [
      ["Meta de producto", "Dependencia", "META DEL CUATRIENIO", "% DE PESO EN RELACIÓN A LA META DEL CUATRIENIO", "Programación 2025", "Ejecutado 2025"],
      ["Construir parques infantiles", "Secretaría de Obras", 4, 0.25, 1, 0.5],
      ["Mantener comedores comunitarios", "Secretaría de Integración Social", 3, 1, 3, 3],
      ["Dotar salones de clase", "Secretaría de Educación", 8, 0.25, 2, 1],
    ]),
  ]),
  esperado: {
    hojas: {
      "Metas 2025": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "metaCuatrienio", E: "programado 2025", F: "ejecutado 2025" },
      },
    },
    vigencia: 2025,
    metas: 3,
    pctVigencia: { "Construir parques infantiles": 0.5 / 1, "Mantener comedores comunitarios": 3 / 3, "Dotar salones de clase": 1 / 2 },
    // SUMA with a single year: E / M
    pctCuatrienio: { "Construir parques infantiles": 0.5 / 4, "Mantener comedores comunitarios": 3 / 3, "Dotar salones de clase": 1 / 8 },
    dependencias: { "Secretaría de Obras": 1, "Secretaría de Integración Social": 1, "Secretaría de Educación": 1 },
    // equal weights: the share column weighs nothing
    planPctVigencia: (0.5 + 1 + 0.5) / 3,
    hallazgos: { ausentes: ["A-PONDERACION-NO-SUMA-100", "A-DISCREPANCIA-REPORTADO"] },
  },
};
