import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "20b-hoja-de-instrucciones",
  familia: "20 · an instructions sheet naming the fields down a column (SPEC §3.4 hoja sin matriz)",
  descripcion:
    "Medellín MISE's «1. Instructivo diligenciamiento»: the field names are listed down the first column with what to fill " +
    "in beside them — words of every field, but no header row over values. «hoja sin matriz», no error finding.",
  libro: libro([
    hoja("1. Instructivo diligenciamiento", [
      ["INSTRUCTIVO DE DILIGENCIAMIENTO DE LA MATRIZ DE SEGUIMIENTO"],
      ["Columna", "Qué diligenciar"],
      ["Indicador de Producto", "Nombre del indicador tal como aparece en el plan"],
      ["Meta 2025", "Valor programado para la vigencia"],
      ["Resultado", "Valor alcanzado a la fecha de corte de cada trimestre"],
      ["Tipo de acumulación", "Acumulado: se suman los años. Flujo: cuenta el último año. Capacidad: neto de la línea base"],
      ["Dependencia", "Nombre de la dependencia responsable"],
    ]),
    hoja("Seguimiento 2025", [
      ["Indicador de Producto", "Dependencia", "Meta 2025", "Ejecutado 2025"],
      ["Estudiantes en jornada complementaria", "Secretaría de Educación", 1200, 900],
    ]),
  ]),
  esperado: {
    hojas: {
      "1. Instructivo diligenciamiento": { reconocida: false, filaEncabezado: null, columnas: {} },
      "Seguimiento 2025": { reconocida: true, filaEncabezado: 1, columnas: { A: "meta", B: "dependencia", C: "programado 2025", D: "ejecutado 2025" } },
    },
    vigencia: 2025,
    metas: 1,
    pctVigencia: { "Estudiantes en jornada complementaria": 900 / 1200 },
    dependencias: { "Secretaría de Educación": 1 },
    planPctVigencia: 0.75,
    hallazgos: { sinErrores: true, ausentes: ["A-RECONOCIMIENTO-DUDOSO"] },
  },
};
