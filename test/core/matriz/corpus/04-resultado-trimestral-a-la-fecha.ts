import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "04-resultado-trimestral-a-la-fecha",
  familia: "4 · quarterly Resultado under merged «Trimestre I - 2025» titles, figures to date (SPEC §3.1, §4)",
  descripcion:
    "Medellín MISE: each quarter's Resultado repeats and extends the previous one (values never decrease, the last " +
    "quarter is near the year's meta while their sum overshoots it), so the year's ejecutado is the last quarter reported.",
  libro: libro([
    hoja(
      "4. Seguimiento 2025",
      [
        [
          "Código Indicador",
          "Indicador de Producto",
          "Dependencia",
          "Tipo de acumulación",
          "Meta 2025",
          "Trimestre I - 2025",
          "Trimestre II - 2025",
          "Trimestre III - 2025",
          "Trimestre IV - 2025",
        ],
        [null, null, null, null, null, "Resultado", "Resultado", "Resultado", "Resultado"],
        ["424", "Estudiantes en jornada complementaria", "Secretaría de Educación", "Acumulado", 1200, 0, 662, 942, 1239],
        ["427", "Docentes formados en bilingüismo", "Secretaría de Educación", "Stock", 250, 0, 118, 188, 260],
        ["430", "Tasa de permanencia escolar", "Secretaría de Educación", "Flujo", 1, 0.53, 0.95, 0.97, 0.98],
        // reported up to T3: the year's value so far is T3's figure
        ["431", "Sedes educativas dotadas", "Secretaría de Educación", "Acumulado", 40, 5, 12, 20, null],
      ],
      { combinadas: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:E2"] },
    ),
  ]),
  esperado: {
    hojas: {
      "4. Seguimiento 2025": {
        reconocida: true,
        filaEncabezado: 2,
        columnas: {
          A: "codigo",
          B: "meta",
          C: "dependencia",
          D: "tipo",
          E: "programado 2025",
          F: "ejecutado 2025 T1",
          G: "ejecutado 2025 T2",
          H: "ejecutado 2025 T3",
          I: "ejecutado 2025 T4",
        },
        lecturaTrimestral: "acumuladoAnio",
        vigenciaHoja: 2025,
      },
    },
    vigencia: 2025,
    metas: 4,
    pctVigencia: {
      // not (0 + 662 + 942 + 1239) / 1200
      "Estudiantes en jornada complementaria": 1239 / 1200,
      // Stock = CRECIENTE without línea base: E/P
      "Docentes formados en bilingüismo": 260 / 250,
      "Tasa de permanencia escolar": 0.98 / 1,
      "Sedes educativas dotadas": 20 / 40,
    },
    tipos: {
      "Estudiantes en jornada complementaria": "SUMA",
      "Docentes formados en bilingüismo": "CRECIENTE",
      "Tasa de permanencia escolar": "CONSTANTE",
      "Sedes educativas dotadas": "SUMA",
    },
    dependencias: { "Secretaría de Educación": 4 },
    planPctVigencia: (1 + 1 + 0.98 + 0.5) / 4,
    // the sum reading would make 424 a 237 % over-execution
    hallazgos: { ausentes: ["A-SOBREEJECUCION", "A-PROBABLE-ERROR"] },
  },
};
