import { hoja, libro } from "../../../helpers/grid";
import type { Caso } from "./caso";
import { caso as anualAncho, ENCABEZADO, FILAS } from "./01-anual-ancho";

/** New column → column of 01-anual-ancho (0-based). */
const ORDEN = [7, 2, 4, 1, 3, 5, 0, 6];
const barajar = (fila: readonly unknown[]) => ORDEN.map((i) => fila[i] ?? null) as (string | number | null)[];

export const caso: Caso = {
  nombre: "28-columnas-barajadas",
  familia: "28 · the columns of family 1 in a shuffled order (SPEC §3.1 recognition never needs a fixed template)",
  descripcion: "The workbook of 01-anual-ancho with its columns shuffled: the mapping follows the letters and every figure is the same.",
  libro: libro([hoja("PDM", [barajar(ENCABEZADO), ...FILAS.map(barajar)])]),
  esperado: {
    ...anualAncho.esperado,
    hojas: {
      PDM: {
        reconocida: true,
        filaEncabezado: 1,
        columnas: {
          A: "ejecutado 2025",
          B: "dependencia",
          C: "programado 2024",
          D: "meta",
          E: "metaCuatrienio",
          F: "ejecutado 2024",
          G: "codigo",
          H: "programado 2025",
        },
      },
    },
  },
};
