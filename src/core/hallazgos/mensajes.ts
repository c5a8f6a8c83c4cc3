/**
 * Spanish messages, one per code (SPEC §7), kept apart from the codes (STYLE: zod's locales).
 * `{nombre}` placeholders are filled from the finding's params.
 */
import type { CodigoHallazgo } from "./codigos";

export const MENSAJES: Readonly<Record<CodigoHallazgo, string>> = {
  "E-SIN-MATRIZ": "Ninguna hoja del libro contiene una matriz de seguimiento reconocible.",
  "E-COLUMNA-FALTANTE": "La matriz de la hoja no tiene {faltante}.",
  "E-NO-NUMERICO": "El campo {campo} debe ser numérico y contiene «{valor}».",
  "E-SIN-META-CUATRIENIO": "La meta no tiene meta cuatrienio ni programación para derivarla.",
  "E-SIN-LINEA-BASE": "La meta es {tipo} y no tiene línea base.",
  "E-META-DUPLICADA": "La meta «{clave}» de {dependencia} aparece dos veces (también en la fila {otraFila}).",
  "E-FORMULA-SIN-VALOR":
    "El campo {campo} tiene la fórmula «{valor}» sin resultado guardado (el archivo lo escribió un programa que no calcula): ábralo en Excel, guárdelo y consolide de nuevo.",
  "A-TIPO-DESCONOCIDO": "El tipo de acumulación «{valor}» no se reconoce; se usa SUMA.",
  "A-EJECUCION-SIN-PROGRAMACION": "Hay ejecución ({ejecutado}) en {anio} sin programación.",
  "A-SIN-REPORTE": "La meta está programada en {anio} y no tiene reporte de ejecución.",
  "A-SOBREEJECUCION": "La ejecución de {anio} es {pct}: justifíquela en observaciones.",
  "A-PROBABLE-ERROR": "La ejecución de {anio} es {pct}: probablemente hay un error de digitación o de unidad.",
  "A-PORCENTAJE-NEGATIVO": "El porcentaje calculado ({pct}) es negativo.",
  "A-ESCALA-MEZCLADA": "Programado ({programado}) y ejecutado ({ejecutado}) parecen estar en escalas de porcentaje distintas.",
  "A-SUMA-PROGRAMADO": "La suma de lo programado en el cuatrienio ({suma}) no coincide con la meta cuatrienio ({meta}).",
  "A-CONSTANTE-PROGRAMADO": "Meta de mantenimiento: lo programado en {anio} ({programado}) difiere de la meta cuatrienio ({meta}).",
  "A-SENTIDO-META": "La meta {tipo} va en sentido contrario a la línea base ({lineaBase} → {meta}).",
  "A-DISCREPANCIA-REPORTADO": "El porcentaje de la matriz ({reportado}) difiere del calculado ({calculado}).",
  "A-COLUMNA-DUPLICADA": "La columna «{encabezado}» repite {campo}; se usa la primera ({primera}).",
  "A-TOTAL-INCONSISTENTE": "El total de {anio} ({total}) difiere de la combinación de sus trimestres ({trimestres}); se usa el total.",
  "A-PONDERACION-NO-SUMA-100": "Las ponderaciones de {grupo} suman {suma}, no 100 %; se normalizan.",
  "A-SIN-OBSERVACION": "{motivo} en {anio}: falta una observación que lo explique.",
  "A-NOMBRE-DEPENDENCIA": "La dependencia «{valor}» también aparece escrita «{otra}».",
  "A-HOJA-DUPLICADA": "La hoja repite las metas de «{original}»; sus metas se cuentan una sola vez.",
  "A-RECONOCIMIENTO-DUDOSO": "El reconocimiento de la hoja es dudoso: {motivo}. Revise la vista Matriz antes de usar sus cifras.",
  "A-FECHA-EN-CAMPO-NUMERICO":
    "El campo {campo} tiene formato de fecha ({fecha}): se lee como el número {valor}, que es como Excel guarda esa fecha. Si es una cifra, quite el formato de fecha; si no, escriba la cifra.",
};
