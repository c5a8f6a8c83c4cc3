/**
 * Validation codes of SPEC §7, plus A-HOJA-DUPLICADA (issue 3) and A-FECHA-EN-CAMPO-NUMERICO (issue 12). A registry: a new rule is
 * one entry here, one message in mensajes.ts and a test.
 */
export const SEVERIDAD_POR_CODIGO = {
  "E-SIN-MATRIZ": "error",
  "E-COLUMNA-FALTANTE": "error",
  "E-NO-NUMERICO": "error",
  "E-SIN-META-CUATRIENIO": "error",
  "E-SIN-LINEA-BASE": "error",
  "E-META-DUPLICADA": "error",
  "E-FORMULA-SIN-VALOR": "error",
  "A-TIPO-DESCONOCIDO": "advertencia",
  "A-EJECUCION-SIN-PROGRAMACION": "advertencia",
  "A-SIN-REPORTE": "advertencia",
  "A-SOBREEJECUCION": "advertencia",
  "A-PROBABLE-ERROR": "advertencia",
  "A-PORCENTAJE-NEGATIVO": "advertencia",
  "A-ESCALA-MEZCLADA": "advertencia",
  "A-SUMA-PROGRAMADO": "advertencia",
  "A-CONSTANTE-PROGRAMADO": "advertencia",
  "A-SENTIDO-META": "advertencia",
  "A-DISCREPANCIA-REPORTADO": "advertencia",
  "A-COLUMNA-DUPLICADA": "advertencia",
  "A-TOTAL-INCONSISTENTE": "advertencia",
  "A-PONDERACION-NO-SUMA-100": "advertencia",
  "A-SIN-OBSERVACION": "advertencia",
  "A-NOMBRE-DEPENDENCIA": "advertencia",
  "A-HOJA-DUPLICADA": "advertencia",
  "A-RECONOCIMIENTO-DUDOSO": "advertencia",
  "A-FECHA-EN-CAMPO-NUMERICO": "advertencia",
} as const;

export type CodigoHallazgo = keyof typeof SEVERIDAD_POR_CODIGO;
export type Severidad = "error" | "advertencia";
export const CODIGOS = Object.keys(SEVERIDAD_POR_CODIGO) as CodigoHallazgo[];
