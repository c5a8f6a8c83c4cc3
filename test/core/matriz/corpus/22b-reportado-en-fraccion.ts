import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "22b-reportado-en-fraccion",
  familia: "22 · a reported % written as fractions (0.49 = 49 %) compared on that scale (SPEC §4, §7 A-DISCREPANCIA-REPORTADO)",
  descripcion:
    "La Dorada's «% CUMPLIMIENTO JUNIO 2025»: the same check as 22 with the column on the fraction scale (0.49, 0.75, 0.8); " +
    "only the third meta (0.8 against 4/4 = 100 %) disagrees.",
  libro: libro([
    hoja("PDT", [
      ["Meta de producto", "Dependencia", "Programación 2025", "Ejecutado 2025", "% CUMPLIMIENTO JUNIO 2025"],
      ["Vacunar niños", "Secretaría de Salud", 100, 49, 0.49],
      ["Pavimentar vías", "Secretaría de Obras", 8, 6, 0.75],
      ["Dotar colegios", "Secretaría de Educación", 4, 4, 0.8],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "programado 2025", D: "ejecutado 2025", E: "reportado 2025" },
      },
    },
    vigencia: 2025,
    metas: 3,
    pctVigencia: { "Vacunar niños": 49 / 100, "Pavimentar vías": 6 / 8, "Dotar colegios": 4 / 4 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1, "Secretaría de Educación": 1 },
    planPctVigencia: (0.49 + 0.75 + 1) / 3,
    hallazgos: {
      presentes: ["A-DISCREPANCIA-REPORTADO@PDT!E4"],
      ausentes: ["A-DISCREPANCIA-REPORTADO@PDT!E2", "A-DISCREPANCIA-REPORTADO@PDT!E3"],
    },
  },
};
