import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "12-tipo-de-acumulacion",
  familia: "12 · «Tipo de Indicador» (Indicador de Producto) beside «Tipo de acumulación» (SPEC §3.2, §5.1, §5.3, §5.4)",
  descripcion:
    "Medellín MISE: «Tipo de Indicador» names a level of the results chain; the tipo comes from «Tipo de acumulación» " +
    "(Acumulado = SUMA, Flujo = CONSTANTE, Stock = CRECIENTE), and it changes the figures.",
  libro: libro([
    hoja("Seguimiento", [
      [
        "Código",
        "Indicador de Producto",
        "Dependencia",
        "Tipo de Indicador",
        "Tipo de acumulación",
        "Línea base",
        "Meta cuatrienio",
        "Meta 2024",
        "Ejecutado 2024",
        "Meta 2025",
        "Ejecutado 2025",
      ],
      ["1", "Estudiantes atendidos", "Secretaría de Educación", "Indicador de Producto", "Acumulado", 0, 1000, 250, 250, 250, 200],
      ["2", "Tasa de cobertura", "Secretaría de Educación", "Indicador de Producto", "Flujo", 0.8, 0.9, 0.85, 0.86, 0.9, 0.88],
      ["3", "Sedes con conectividad", "Secretaría de Educación", "Indicador de Producto", "Stock", 20, 60, 30, 28, 45, 40],
    ]),
  ]),
  ajustes: { vigencia: 2025 },
  esperado: {
    hojas: {
      Seguimiento: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          E: "tipo",
          F: "lineaBase",
          G: "metaCuatrienio",
          H: "programado 2024",
          I: "ejecutado 2024",
          J: "programado 2025",
          K: "ejecutado 2025",
        },
      },
    },
    vigencia: 2025,
    metas: 3,
    pctVigencia: {
      "Estudiantes atendidos": 200 / 250,
      "Tasa de cobertura": 0.88 / 0.9,
      // CRECIENTE: (E − LB) / (P − LB)
      "Sedes con conectividad": (40 - 20) / (45 - 20),
    },
    pctCuatrienio: {
      "Estudiantes atendidos": (250 + 200) / 1000,
      // CONSTANTE: last level / M, never the sum (0.86 + 0.88) / 0.9
      "Tasa de cobertura": 0.88 / 0.9,
      // CRECIENTE: (E_last − LB) / (M − LB)
      "Sedes con conectividad": (40 - 20) / (60 - 20),
    },
    tipos: { "Estudiantes atendidos": "SUMA", "Tasa de cobertura": "CONSTANTE", "Sedes con conectividad": "CRECIENTE" },
    dependencias: { "Secretaría de Educación": 3 },
    planPctVigencia: (0.8 + 0.88 / 0.9 + 0.8) / 3,
    hallazgos: { ausentes: ["A-TIPO-DESCONOCIDO", "A-COLUMNA-DUPLICADA"] },
  },
};
