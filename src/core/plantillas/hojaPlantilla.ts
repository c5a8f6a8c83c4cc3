/**
 * One sheet of a dependency's template (issue 14): the master's title and header rows as they are,
 * then the data rows without the other dependencies' metas — group rows, level rows and notes stay,
 * so the dependency, the levels and the merged areas read the same way. The cells the dependency
 * fills come empty; the master's own % columns (reportado) too, since the template cannot
 * recompute them and a stale figure would contradict the new ejecutado (A-DISCREPANCIA-REPORTADO).
 */
import { textoCelda } from "../matriz/codigoNombre";
import { tipoDeTexto } from "../matriz/tipoAcumulacion";
import type { Campo, ColumnaReconocida, HojaReconocida } from "../matriz/tipos";
import { indiceColumna } from "../grid/direccion";
import type { Combinada, Hoja, Valor } from "../grid/libro";
import type { HojaPlantilla } from "./tipos";
import { validacionCampo } from "./validaciones";

const TIPOS_CANONICOS = ["SUMA", "CONSTANTE", "CRECIENTE", "DECRECIENTE"];
/** Excel refuses a list validation whose text passes 255 characters. */
const LARGO_LISTA = 250;

/**
 * What the dependency fills: the ejecutado of the vigencia (year, quarters, al corte; a column
 * without a year is the vigencia's), its budget execution and observaciones. Everything else is
 * the plan, set by the planning office.
 */
export function esEditable(c: Pick<ColumnaReconocida, "campo" | "anio">, vigencia: number): boolean {
  const delAnio = c.anio === null || c.anio === vigencia;
  return c.campo === "observaciones" || (delAnio && (c.campo === "ejecutado" || c.campo === "presupuestoEjecutado" || c.campo === "presupuestoPagos"));
}

/** The tipo words of the list: the four canonical ones and those the master's column already uses (recognition reads them all). */
function palabrasTipo(hoja: Hoja, col: ColumnaReconocida | undefined, desde: number): string[] {
  const palabras = [...TIPOS_CANONICOS];
  if (!col) return palabras;
  for (let r = desde; r < hoja.valores.length; r++) {
    const t = textoCelda(hoja.valores[r]?.[col.columna]).trim();
    const tipo = t === "" || /[,"]/.test(t) ? null : tipoDeTexto(t);
    if (tipo === null || tipo === "vacio" || palabras.includes(t)) continue;
    if ([...palabras, t].join(",").length > LARGO_LISTA) break;
    palabras.push(t);
  }
  return palabras;
}

/** Widths from the header row and the data (the title rows span many columns and would widen the first); long texts wrap at 50. */
function anchos(valores: readonly (readonly Valor[])[], filaEncabezado: number, columnas: number): number[] {
  return Array.from({ length: columnas }, (_, c) => {
    let largo = 8;
    for (let r = filaEncabezado - 1; r < valores.length; r++)
      for (const linea of textoCelda(valores[r]?.[c]).split("\n")) largo = Math.max(largo, linea.length);
    return Math.min(largo + 2, 50);
  });
}

/**
 * Fields the reader takes only from the cell where they are written, not down a merged area
 * (metaFila's `dato(…, llenar: false)`): a merged budget over several metas counts once, on the
 * area's first row. Names, levels, línea base, meta cuatrienio and weights fill down.
 */
const SOLO_DONDE_SE_ESCRIBE: ReadonlySet<Campo> = new Set<Campo>([
  "programado",
  "ejecutado",
  "reportado",
  "presupuestoProgramado",
  "presupuestoEjecutado",
  "presupuestoPagos",
  "acumuladoAnterior",
]);

/**
 * The merged areas over the kept rows. An area whose first row went keeps its value on its first
 * kept row when the reader fills it down; a figure read only where written stays with the
 * dependency of that first row, so here the area is left empty.
 */
function combinadasConservadas(hoja: Hoja, nuevas: ReadonlyMap<number, number>, valores: Valor[][], soloDondeSeEscribe: ReadonlySet<number>): Combinada[] {
  const out: Combinada[] = [];
  for (const a of hoja.combinadas) {
    const filas: number[] = [];
    for (let r = a.fila; r < a.fila + a.filas; r++) {
      const n = nuevas.get(r);
      if (n !== undefined) filas.push(n);
    }
    const [primera] = filas;
    const ultima = filas[filas.length - 1];
    if (primera === undefined || ultima === undefined) continue;
    const fila = valores[primera];
    const sinPrimera = !nuevas.has(a.fila);
    if (sinPrimera && soloDondeSeEscribe.has(a.columna)) continue;
    if (fila && (fila[a.columna] ?? null) === null) fila[a.columna] = hoja.valores[a.fila]?.[a.columna] ?? null;
    if (ultima > primera || a.columnas > 1) out.push({ fila: primera, columna: a.columna, filas: ultima - primera + 1, columnas: a.columnas });
  }
  return out;
}

export interface HojaConstruida {
  readonly hoja: HojaPlantilla;
  /** 0-based master row → 0-based template row, for the kept rows. */
  readonly filas: ReadonlyMap<number, number>;
  /** Header texts of the columns the dependency fills, for the instructions. */
  readonly encabezadosEditables: readonly string[];
}

/**
 * The template sheet where the dependency fills rows `propias` (0-based), without the metas on
 * rows `ajenas`; every other row stays as it is, locked (titles, groups, a long layout's other years).
 * @example construirHojaPlantilla(hoja, reconocida, new Set([5, 6]), new Set([7]), 2025).hoja.filasMetas // [6, 7]
 */
export function construirHojaPlantilla(
  hoja: Hoja,
  reconocida: HojaReconocida,
  propias: ReadonlySet<number>,
  ajenas: ReadonlySet<number>,
  vigencia: number,
): HojaConstruida {
  const cabecera = reconocida.filaEncabezado ?? 1;
  const editables = reconocida.columnas.filter((c) => esEditable(c, vigencia));
  const vaciar = new Set([...editables, ...reconocida.columnas.filter((c) => c.campo === "reportado")].map((c) => c.columna));
  const nuevas = new Map<number, number>();
  const valores: Valor[][] = [];
  const formatos: (string | null)[][] = [];
  for (let r = 0; r < hoja.valores.length; r++) {
    if (r >= cabecera && ajenas.has(r)) continue;
    nuevas.set(r, valores.length);
    const fila = [...(hoja.valores[r] ?? [])];
    if (propias.has(r)) for (const c of vaciar) if (c < fila.length) fila[c] = null;
    valores.push(fila);
    formatos.push([...(hoja.formatos?.[r] ?? [])]);
  }
  const soloDondeSeEscribe = new Set(reconocida.columnas.filter((c) => SOLO_DONDE_SE_ESCRIBE.has(c.campo)).map((c) => c.columna));
  const combinadas = combinadasConservadas(hoja, nuevas, valores, soloDondeSeEscribe);
  const ultima = valores.length;
  const columnas = Math.max(0, ...valores.map((f) => f.length), ...reconocida.columnas.map((c) => c.columna + 1));
  const tipo = palabrasTipo(
    hoja,
    reconocida.columnas.find((c) => c.campo === "tipo"),
    cabecera,
  );
  const validaciones = reconocida.columnas.flatMap((c) => {
    const v = validacionCampo(c.campo, {
      editable: editables.includes(c),
      rango: `${c.letra}${cabecera + 1}:${c.letra}${ultima}`,
      primeraCelda: `${c.letra}${cabecera + 1}`,
      palabrasTipo: tipo,
    });
    return v ? [v] : [];
  });
  return {
    hoja: {
      nombre: hoja.nombre,
      valores,
      formatos,
      combinadas,
      filaEncabezado: cabecera,
      filasMetas: [...propias].sort((a, b) => a - b).map((r) => (nuevas.get(r) ?? 0) + 1),
      columnasEditables: editables.map((c) => c.letra).sort((a, b) => indiceColumna(a) - indiceColumna(b)),
      validaciones,
      anchos: anchos(valores, cabecera, columnas),
    },
    filas: nuevas,
    encabezadosEditables: editables.map((c) => c.encabezado.replace(/\s+/g, " ").trim()),
  };
}
