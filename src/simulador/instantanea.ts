/** A plain, comparable picture of the fake workbook (sheets, values, formulas, formats, objects). */
import type { Combinada } from "../core/grid/libro";
import type { EstiloModelo, GraficoModelo, HojaModelo, LibroModelo, TablaModelo, ValorModelo } from "./modelo";

export interface GraficoInstantanea extends Omit<GraficoModelo, "origen" | "series"> {
  readonly series: readonly {
    readonly nombre: string;
    readonly valores: { hoja: string; rango: string } | null;
    readonly categorias: { hoja: string; rango: string } | null;
    readonly color: string | null;
    readonly coloresPuntos: Readonly<Record<number, string>>;
  }[];
}

export interface HojaInstantanea {
  readonly nombre: string;
  readonly visibilidad: string;
  readonly protegida: boolean;
  readonly valores: readonly (readonly ValorModelo[])[];
  readonly formatos: readonly (readonly (string | null)[])[];
  readonly formulas: Readonly<Record<string, string>>;
  readonly combinadas: readonly Combinada[];
  readonly tablas: readonly TablaModelo[];
  readonly condicionales: readonly unknown[];
  readonly graficos: readonly GraficoInstantanea[];
  readonly vinculos: Readonly<Record<string, unknown>>;
  readonly estilos: readonly EstiloModelo[];
  readonly anchos: Readonly<Record<number, number>>;
  readonly inmovilizar: { filas: number; columnas: number } | null;
}

export interface Instantanea {
  readonly hojas: readonly HojaInstantanea[];
  readonly ajustes: Readonly<Record<string, string>>;
}

/** Trailing empties removed so equal content compares equal whatever the array lengths. */
function recortar<T>(m: readonly (readonly (T | undefined)[] | undefined)[], vacio: (x: T | undefined) => boolean): (T | null)[][] {
  // Array.from fills holes: a cell never written and a cell cleared compare equal.
  const filas = Array.from(m, (f) => {
    const r = Array.from(f ?? [], (x) => (vacio(x) ? null : (x as T)));
    while (r.length > 0 && r[r.length - 1] === null) r.pop();
    return r;
  });
  while (filas.length > 0 && filas[filas.length - 1]?.length === 0) filas.pop();
  return filas;
}

export function instantaneaHoja(h: HojaModelo): HojaInstantanea {
  const ref = (x: { hoja: HojaModelo; rango: string } | null) => (x ? { hoja: x.hoja.nombre, rango: x.rango } : null);
  return {
    nombre: h.nombre,
    visibilidad: h.visibilidad,
    protegida: h.protegida,
    valores: recortar<ValorModelo>(h.valores, (x) => x === null || x === undefined || x === ""),
    formatos: recortar<string>(h.formatos, (x) => x === undefined || x === "General"),
    formulas: Object.fromEntries(h.formulas),
    combinadas: h.combinadas.map((c) => ({ ...c })),
    tablas: h.tablas.map((t) => ({ ...t })),
    condicionales: h.condicionales.map((c) => ({ ...c })),
    graficos: h.graficos.map((g) => ({
      nombre: g.nombre,
      tipo: g.tipo,
      titulo: g.titulo,
      etiquetas: g.etiquetas,
      leyenda: g.leyenda,
      ancla: g.ancla,
      ancho: g.ancho,
      alto: g.alto,
      ejeValores: { ...g.ejeValores },
      ejeCategorias: { ...g.ejeCategorias },
      separacion: g.separacion,
      series: g.series.map((s) => ({ ...s, valores: ref(s.valores), categorias: ref(s.categorias), coloresPuntos: { ...s.coloresPuntos } })),
    })),
    vinculos: Object.fromEntries([...h.vinculos].map(([k, v]) => [k, { ...v }])),
    estilos: h.estilos.map((e) => ({ ...e })),
    anchos: Object.fromEntries(h.anchos),
    inmovilizar: h.inmovilizar ? { ...h.inmovilizar } : null,
  };
}

export function instantanea(m: LibroModelo): Instantanea {
  return { hojas: m.hojas.map(instantaneaHoja), ajustes: Object.fromEntries(m.ajustes) };
}
