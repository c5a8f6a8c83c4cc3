/** Hand-built MetaLeida / Lectura values for the engine's tests (recognition is tested elsewhere). */
import { letraColumna } from "../../../src/core/grid/direccion";
import type { Hallazgo } from "../../../src/core/hallazgos/hallazgo";
import type {
  ColumnaReconocida,
  Corte,
  Dato,
  HojaReconocida,
  Lectura,
  MetaLeida,
  NivelMeta,
  PresupuestoMeta,
  Reportado,
  TipoAcumulacion,
  ValoresAnio,
} from "../../../src/core/matriz/tipos";

export type Celda = number | null | "ND" | "NA";

export function dato(v: Celda | undefined, celda: string): Dato {
  if (v === undefined || v === null) return { valor: null, estado: "vacio", celda };
  if (v === "ND" || v === "NA") return { valor: null, estado: v, celda };
  return { valor: v, estado: "numero", celda };
}

export interface AnioSimple {
  readonly p?: Celda;
  readonly e?: Celda;
  /** Annual target (META 2024) when distinct from p. */
  readonly metaAnio?: number;
  /** Quarters T1..T4 (shorter arrays = missing columns). */
  readonly pt?: readonly Celda[];
  readonly et?: readonly Celda[];
  readonly pc?: Celda;
  readonly ec?: Celda;
}

export interface OpcionesMeta {
  readonly hoja?: string;
  readonly archivo?: string | null;
  readonly fila?: number;
  readonly codigo?: string | null;
  readonly nombre?: string;
  readonly unidad?: string | null;
  readonly dependencia?: string;
  readonly niveles?: readonly NivelMeta[];
  readonly tipo?: TipoAcumulacion;
  readonly lb?: Celda;
  readonly m?: Celda;
  readonly ponderacion?: number | null;
  readonly anios?: Readonly<Record<number, AnioSimple>>;
  readonly acumulado?: number;
  readonly reportados?: readonly Omit<Reportado, "celda">[];
  readonly presupuesto?: readonly { anio: number | null; programado?: number; ejecutado?: number; pagos?: number }[];
  readonly observacion?: string | null;
}

let siguienteFila = 2;

/** Column letter of year y's programado (E is the next column): 2024 → "M". */
export function columnaAnio(anio: number, campo: "p" | "e"): string {
  return letraColumna(4 + 2 * ((((anio - 2020) % 8) + 8) % 8) + (campo === "e" ? 1 : 0));
}

/** Quarter columns: 8 per year (T1 P, T1 E, … T4 E) from column AE. */
function trimestres(lista: readonly Celda[] | undefined, anio: number, campo: "p" | "e", fila: number): (Dato | null)[] {
  const base = 30 + ((((anio - 2020) % 8) + 8) % 8) * 8 + (campo === "e" ? 1 : 0);
  return [0, 1, 2, 3].map((q) => (lista && q < lista.length ? dato(lista[q], `${letraColumna(base + 2 * q)}${fila}`) : null));
}

export function meta(o: OpcionesMeta = {}): MetaLeida {
  const fila = o.fila ?? siguienteFila++;
  const hoja = o.hoja ?? "Matriz";
  const archivo = o.archivo ?? null;
  const anios: ValoresAnio[] = [];
  // Object.entries lists integer keys ascending: the years come out in order
  for (const [clave, a] of Object.entries(o.anios ?? {})) {
    const anio = Number(clave);
    anios.push({
      anio,
      programado: dato(a.p, `${columnaAnio(anio, "p")}${fila}`),
      ejecutado: dato(a.e, `${columnaAnio(anio, "e")}${fila}`),
      metaAnio: a.metaAnio === undefined ? null : dato(a.metaAnio, `AZ${fila}`),
      programadoTrimestres: trimestres(a.pt, anio, "p", fila),
      ejecutadoTrimestres: trimestres(a.et, anio, "e", fila),
      programadoCorte: a.pc === undefined ? null : dato(a.pc, `BA${fila}`),
      ejecutadoCorte: a.ec === undefined ? null : dato(a.ec, `BB${fila}`),
    });
  }
  const presupuesto: PresupuestoMeta[] = (o.presupuesto ?? []).map((p) => ({
    anio: p.anio,
    programado: p.programado === undefined ? null : dato(p.programado, `BP${fila}`),
    ejecutado: p.ejecutado === undefined ? null : dato(p.ejecutado, `BQ${fila}`),
    pagos: p.pagos === undefined ? null : dato(p.pagos, `BR${fila}`),
  }));
  return {
    id: `${archivo ?? ""}|${hoja}|${fila}`,
    archivo,
    hoja,
    fila,
    codigo: o.codigo ?? null,
    nombre: o.nombre ?? `Meta de la fila ${fila}`,
    unidad: o.unidad ?? "Número",
    dependencia: o.dependencia ?? "Secretaría de Planeación",
    niveles: o.niveles ?? [],
    tipo: o.tipo ?? "SUMA",
    tipoTexto: null,
    lineaBase: o.lb === undefined ? null : dato(o.lb, `C${fila}`),
    metaCuatrienio: o.m === undefined ? null : dato(o.m, `D${fila}`),
    ponderacion: o.ponderacion ?? null,
    anios,
    acumuladoAnterior: o.acumulado === undefined ? null : dato(o.acumulado, `BC${fila}`),
    reportados: (o.reportados ?? []).map((r, i) => ({ ...r, celda: `${letraColumna(60 + i)}${fila}` })),
    presupuesto,
    observacion: o.observacion ?? null,
    celdaNombre: `B${fila}`,
    trimestresALaFecha: false,
    sinColumnaEjecutado: false,
  };
}

function columna(letra: string, campo: ColumnaReconocida["campo"], nivel: string | null = null): ColumnaReconocida {
  return { columna: 0, letra, campo, anio: null, trimestre: null, variante: null, nivel, encabezado: campo };
}

export interface OpcionesLectura {
  readonly anios?: readonly number[];
  readonly vigenciaTitulo?: number | null;
  readonly corteTitulo?: Corte | null;
  /** Adds an observaciones column (letter "BO") to every sheet. */
  readonly observaciones?: boolean;
  /** Ponderación columns: nivel (null = meta level) → letter. */
  readonly pesos?: readonly { nivel: string | null; letra: string }[];
  readonly hallazgos?: readonly Hallazgo[];
}

export function lectura(metas: readonly MetaLeida[], o: OpcionesLectura = {}): Lectura {
  const anios = o.anios ?? [...new Set(metas.flatMap((m) => m.anios.map((a) => a.anio)))].sort((a, b) => a - b);
  const nombres = [...new Set(metas.map((m) => `${m.archivo ?? ""}\u0000${m.hoja}`))];
  const columnas: ColumnaReconocida[] = [];
  if (o.observaciones) columnas.push(columna("BO", "observaciones"));
  for (const p of o.pesos ?? []) columnas.push(columna(p.letra, "ponderacion", p.nivel));
  const hojas: HojaReconocida[] = nombres.map((n) => {
    const [archivo = "", hoja = ""] = n.split("\u0000");
    return {
      hoja,
      archivo: archivo || null,
      reconocida: true,
      filaEncabezado: 1,
      columnas,
      noReconocidas: [],
      fuenteDependencia: "columna",
      vigenciaTitulo: o.vigenciaTitulo ?? null,
      corteTitulo: o.corteTitulo ?? null,
      metas: metas.filter((m) => m.hoja === hoja).length,
      duplicadaDe: null,
    };
  });
  return { hojas, metas, hallazgos: o.hallazgos ?? [], anios };
}

import { consolidarLectura } from "../../../src/core/calculo/consolidacion";
import type { Ajustes, Consolidacion } from "../../../src/core/calculo/tipos";

/** Consolidates hand-built metas. */
export function calcular(metas: readonly MetaLeida[], ajustes: Ajustes = {}, o: OpcionesLectura = {}): Consolidacion {
  return consolidarLectura(lectura(metas, o), ajustes);
}

/** The only meta's result. */
export function calcularUna(o: OpcionesMeta, ajustes: Ajustes = {}, l: OpcionesLectura = {}) {
  const c = calcular([meta(o)], ajustes, l);
  const m = c.metas[0];
  if (!m) throw new Error("sin meta");
  return { m, c };
}
