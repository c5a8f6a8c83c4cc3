import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "02-anio-combinado-dos-filas",
  familia: "2 · two-row header, merged year over Programado | Ejecutado (SPEC §3.1)",
  descripcion: "The year is a merged number cell above two columns; the field words sit on the row below.",
  libro: libro([
    hoja(
      "Seguimiento",
      [
        ["Meta de producto", "Dependencia", 2024, null, 2025, null],
        [null, null, "Programado", "Ejecutado", "Programado", "Ejecutado"],
        ["Campañas de prevención", "Secretaría de Salud", 10, 8, 10, 6],
        ["Jornadas deportivas", "Instituto de Deportes", 4, 4, 6, 3],
      ],
      { combinadas: ["A1:A2", "B1:B2", "C1:D1", "E1:F1"] },
    ),
  ]),
  esperado: {
    hojas: {
      Seguimiento: {
        reconocida: true,
        filaEncabezado: 2,
        columnas: { A: "meta", B: "dependencia", C: "programado 2024", D: "ejecutado 2024", E: "programado 2025", F: "ejecutado 2025" },
      },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Campañas de prevención": 6 / 10, "Jornadas deportivas": 3 / 6 },
    dependencias: { "Secretaría de Salud": 1, "Instituto de Deportes": 1 },
    planPctVigencia: (0.6 + 0.5) / 2,
  },
};
