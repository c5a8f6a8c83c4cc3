import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "22-reportado-en-puntos",
  familia: "22 · a reported % written as whole numbers (49 = 49 %) compared on that scale (SPEC §4, §7 A-DISCREPANCIA-REPORTADO)",
  descripcion:
    "The column's values (49, 75, 80) are points, so the comparison is 49 against 49 % and 75 against 75 % (no finding) " +
    "and 80 against 100 % (a 20-point discrepancy on E4).",
  libro: libro([
    hoja("PDT", [
      ["Meta de producto", "Dependencia", "Meta 2024", "Avance meta 2024", "% Ejec. 2024"],
      ["Vacunar niños", "Secretaría de Salud", 100, 49, 49],
      ["Pavimentar vías", "Secretaría de Obras", 8, 6, 75],
      ["Dotar colegios", "Secretaría de Educación", 4, 4, 80],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "meta", B: "dependencia", C: "programado 2024", D: "ejecutado 2024", E: "reportado 2024" },
      },
    },
    vigencia: 2024,
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
