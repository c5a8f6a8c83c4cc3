/** A titled list of "label | value" rows (Resumen), each value with its own number format. */
import type { MarcaCuatrienio } from "../../calculo/modoPlan";
import { aA1 } from "../../grid/rango";
import type { Celda } from "./celdas";
import type { HojaEnConstruccion } from "./hoja";

/** `cuatrienio`: a line a one-year plan leaves out (segunModoPlan). */
export interface Renglon extends MarcaCuatrienio {
  readonly etiqueta: string;
  readonly valor: Celda;
  readonly formato?: string;
}

export interface SeccionEscrita {
  /** 0-based row of each label, by label. */
  readonly filaDe: (etiqueta: string) => number;
  /** First free row after the section and one blank row. */
  readonly siguiente: number;
}

export function escribirSeccion(h: HojaEnConstruccion, fila: number, titulo: string, renglones: readonly Renglon[]): SeccionEscrita {
  h.bloque(fila, 0, [[titulo, null]], { medirAncho: false });
  h.encabezado(aA1({ fila1: fila, columna1: 0, fila2: fila, columna2: 1 }));
  h.bloque(
    fila + 1,
    0,
    renglones.map((r) => [r.etiqueta, r.valor]),
    { formatos: [undefined, "0.0%"] },
  );
  renglones.forEach((r, i) => {
    if (r.formato !== undefined) h.formato(aA1({ fila1: fila + 1 + i, columna1: 1, fila2: fila + 1 + i, columna2: 1 }), r.formato);
  });
  h.estilo({ rango: aA1({ fila1: fila + 1, columna1: 0, fila2: fila + renglones.length, columna2: 0 }), negrita: true });
  const filaDe = (etiqueta: string): number => {
    const i = renglones.findIndex((r) => r.etiqueta === etiqueta);
    if (i < 0) throw new RangeError(`La sección «${titulo}» no tiene «${etiqueta}»`);
    return fila + 1 + i;
  };
  return { filaDe, siguiente: fila + renglones.length + 2 };
}
