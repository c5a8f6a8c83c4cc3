import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "05-largo-por-anio",
  familia: "5 · long layout, one row per meta and year (SPEC §3.2 long layouts)",
  descripcion:
    "An AÑO column carries the year; Programado/Ejecutado have none. Rows of one meta (same code and dependency) are " +
    "gathered into one meta with its years. The year column is the field «vigencia» of the contract (tipos.ts).",
  libro: libro([
    hoja("Seguimiento", [
      ["Código", "Meta de producto", "Dependencia", "AÑO", "Programado", "Ejecutado"],
      ["1", "Vacunar niños", "Secretaría de Salud", 2024, 100, 90],
      ["1", "Vacunar niños", "Secretaría de Salud", 2025, 100, 70],
      ["2", "Pavimentar vías", "Secretaría de Obras", 2024, 5, 5],
      ["2", "Pavimentar vías", "Secretaría de Obras", 2025, 5, 2],
    ]),
  ]),
  esperado: {
    hojas: {
      Seguimiento: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: { A: "codigo", B: "meta", C: "dependencia", D: "vigencia", E: "programado", F: "ejecutado" },
      },
    },
    vigencia: 2025,
    metas: 2,
    pctVigencia: { "Vacunar niños": 70 / 100, "Pavimentar vías": 2 / 5 },
    // no meta cuatrienio: M = Σ P over the years (SPEC §5.4): 200 and 10
    pctCuatrienio: { "Vacunar niños": (90 + 70) / 200, "Pavimentar vías": (5 + 2) / 10 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.7 + 0.4) / 2,
    hallazgos: { ausentes: ["E-META-DUPLICADA", "E-SIN-META-CUATRIENIO"] },
  },
};
