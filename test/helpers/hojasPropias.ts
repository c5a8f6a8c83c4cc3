/**
 * The owned sheets of a consolidated .xlsx (the ones its ownership record names) as their cell
 * values, to compare two runs on the same input: the web page's download and the CLI's output
 * (issue 14). Only the cells that depend on when and how fast the run went are masked: Resumen's
 * «Fecha de ejecución» and «Duración (segundos)» (core/reporte/hojaResumen.ts, the Ejecución section).
 */
import type { Valor } from "../../src/core/grid/libro";
import { abrirXlsx } from "../../src/io/xlsx/lector";

const CELDAS_DE_LA_CORRIDA = ["Fecha de ejecución", "Duración (segundos)"];
export const ENMASCARADO = "«depende de la corrida»";

export interface HojasPropias {
  /** Every sheet of the workbook, in tab order. */
  readonly orden: readonly string[];
  readonly hojas: Readonly<Record<string, readonly (readonly Valor[])[]>>;
  /** How many cells were masked (2 when the Resumen was found). */
  readonly enmascaradas: number;
}

export async function hojasPropias(bytes: Uint8Array, nombre: string): Promise<HojasPropias> {
  const p = await abrirXlsx(bytes, nombre);
  const claves = p.propiedad?.hojas ?? {};
  let enmascaradas = 0;
  const hojas = Object.fromEntries(
    p.libro.hojas
      .filter((h) => h.nombre in claves)
      .map((h) => {
        const valores = h.valores.map((fila) => {
          if (claves[h.nombre] !== "resumen" || !(typeof fila[0] === "string" && CELDAS_DE_LA_CORRIDA.includes(fila[0]))) return fila;
          enmascaradas += 1;
          return [fila[0] ?? null, ENMASCARADO, ...fila.slice(2)];
        });
        return [h.nombre, valores];
      }),
  );
  return { orden: p.libro.hojas.map((h) => h.nombre), hojas, enmascaradas };
}
