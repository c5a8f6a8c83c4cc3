import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "11-nombre-de-dependencia",
  familia: "11 · «Código Dependencia Responsable» beside «Nombre Dependencia Responsable» (SPEC §3.2 a name beats its code)",
  descripcion: "Medellín MISE: the dependency is the name column; the numeric code column (711) is no field of SPEC §3.2.",
  libro: libro([
    hoja("Seguimiento 2025", [
      ["Código Indicador", "Indicador de Producto", "Meta 2025", "Ejecutado 2025", "Código Dependencia Responsable", "Nombre Dependencia Responsable"],
      ["424", "Estudiantes en jornada complementaria", 1200, 900, 711, "Secretaría de Educación"],
      ["500", "Mujeres formadas en liderazgo", 300, 300, 720, "Secretaría de las Mujeres"],
    ]),
  ]),
  esperado: {
    hojas: {
      "Seguimiento 2025": {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "codigo", B: "meta", C: "programado 2025", D: "ejecutado 2025", F: "dependencia" },
        fuenteDependencia: "columna",
      },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Estudiantes en jornada complementaria": 900 / 1200, "Mujeres formadas en liderazgo": 300 / 300 },
    dependencias: { "Secretaría de Educación": 1, "Secretaría de las Mujeres": 1 },
    planPctVigencia: (0.75 + 1) / 2,
    hallazgos: { ausentes: ["A-COLUMNA-DUPLICADA"] },
  },
};
