/** Builders of synthetic grids for tests (shared: other helpers may import them). */
import { CULTURA_ES_CO, type Combinada, type Cultura, type Hoja, type Libro, type Valor } from "../../src/core/grid/libro";
import { parseDireccion } from "../../src/core/grid/direccion";

/** "A1:B2" → a 0-based merged area. */
export function combinada(rango: string): Combinada {
  const [a, b] = rango.split(":");
  const i = parseDireccion(a ?? "A1");
  const f = parseDireccion(b ?? a ?? "A1");
  return { fila: i.fila, columna: i.columna, filas: f.fila - i.fila + 1, columnas: f.columna - i.columna + 1 };
}

export function hoja(
  nombre: string,
  valores: readonly (readonly Valor[])[],
  opciones: { combinadas?: readonly string[]; visible?: boolean; archivo?: string } = {},
): Hoja {
  return {
    nombre,
    valores,
    combinadas: (opciones.combinadas ?? []).map(combinada),
    ...(opciones.visible !== undefined ? { visible: opciones.visible } : {}),
    ...(opciones.archivo !== undefined ? { archivo: opciones.archivo } : {}),
  };
}

export function libro(hojas: readonly Hoja[], extra: { cultura?: Cultura; hojasPropias?: readonly string[] } = {}): Libro {
  return { hojas, cultura: extra.cultura ?? CULTURA_ES_CO, ...(extra.hojasPropias ? { hojasPropias: extra.hojasPropias } : {}) };
}
