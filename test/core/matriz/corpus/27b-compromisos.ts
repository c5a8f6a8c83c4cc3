import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";

export const caso: Caso = {
  nombre: "27b-compromisos",
  familia: "27 · budget columns are never the physical ejecutado (SPEC §3.2, §5.9)",
  descripcion: "«COMPROMISOS 2024» and «PAGOS 2024» are the budget executed and paid; the physical ejecutado is «Ejecutado 2024».",
  libro: libro([
    hoja("PDT", [
      ["Meta de producto", "Dependencia", "Meta 2024", "Ejecutado 2024", "APROPIACIÓN 2024", "COMPROMISOS 2024", "PAGOS 2024"],
      ["Vacunar niños", "Secretaría de Salud", 100, 80, 50000000, 45000000, 40000000],
      ["Pavimentar vías", "Secretaría de Obras", 5, 2, 900000000, 300000000, 250000000],
    ]),
  ]),
  esperado: {
    hojas: {
      PDT: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "meta",
          B: "dependencia",
          C: "programado 2024",
          D: "ejecutado 2024",
          E: "presupuestoProgramado 2024",
          F: "presupuestoEjecutado 2024",
          G: "presupuestoPagos 2024",
        },
      },
    },
    vigencia: 2024,
    metas: 2,
    pctVigencia: { "Vacunar niños": 80 / 100, "Pavimentar vías": 2 / 5 },
    dependencias: { "Secretaría de Salud": 1, "Secretaría de Obras": 1 },
    planPctVigencia: (0.8 + 0.4) / 2,
    hallazgos: { ausentes: ["A-COLUMNA-DUPLICADA", "A-PROBABLE-ERROR", "A-SOBREEJECUCION"] },
  },
};
