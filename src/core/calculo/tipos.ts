/** Inputs and outputs of the computation (SPEC §5, §8). */
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { Corte, CorreccionHoja, HojaReconocida, MetaLeida, TipoAcumulacion } from "../matriz/tipos";

export type Tope = "100" | "ninguno";
export type ModoEsperado = "programacion" | "anios-iguales" | "pesos";
export type ModoPonderacion = "iguales" | "matriz";
export type PresetSemaforoId = "municipal-3" | "dnp-5" | "cuatro-niveles" | "segplan";
/** "anual": a one-year action plan (one vigencia, no meta cuatrienio), where cuatrienio figures mean nothing. */
export type ModoPlan = "automatico" | "cuatrienio" | "anual";

/** One band of a semáforo: a level applies when the rounded % (in points) is ≥ desde. */
export interface NivelSemaforo {
  readonly nombre: string;
  /** Inclusive lower bound in percentage points (0–∞). */
  readonly desde: number;
  /** Fill colour, "#RRGGBB". */
  readonly color: string;
}

export interface Semaforo {
  readonly preset: PresetSemaforoId | "personalizado";
  /** Ascending by `desde`; the first starts at 0. */
  readonly niveles: readonly NivelSemaforo[];
  /** Decimals the % is rounded to (in points) before banding: municipal-3 uses 0. */
  readonly decimales: number;
  /** Capped presets put values above 100 % in the top level. */
  readonly cienEnElSuperior: boolean;
}

/** What a chart on demand shows (issue 14): a % of the roll-ups, metas per semáforo level, P and E, or the budget. */
export type MedidaGrafico = "pct_vigencia" | "pct_cuatrienio" | "esperado_real" | "semaforo" | "programado_ejecutado" | "presupuesto";
export type TipoGrafico = "barras" | "columnas" | "lineas" | "circular";

/**
 * A chart on demand as the user asked for it (issue 14), kept in the settings so Consolidar draws it
 * again with fresh figures. `por` is "dependencia", "anio", "trimestre" or a nivel's name; `filtro`
 * is "dependencia:<nombre>" or "<nivel>:<nombre>"; whether they exist is the matrix's question.
 */
export interface SolicitudGrafico {
  readonly medida: MedidaGrafico;
  readonly por: string;
  readonly filtro?: string;
  /** Absent: horizontal bars for groups, columns over time. */
  readonly tipo?: TipoGrafico;
}

/** Settings of SPEC §8 as the user gives them (all optional: defaults apply). */
export interface Ajustes {
  readonly vigencia?: number;
  /** "2021-09-30" or "T3". */
  readonly corte?: string;
  readonly tope?: Tope;
  readonly semaforo?: PresetSemaforoId | Semaforo;
  readonly esperado?: ModoEsperado;
  /** Year weights for `esperado: "pesos"`, fractions in plan order (e.g. [0.15, 0.35, 0.35, 0.15]). */
  readonly pesosAnio?: readonly number[];
  readonly ponderacion?: ModoPonderacion;
  /** Lower bounds of the alert bands in points, ascending (e.g. [50, 75, 100]): < 50, 50–74, 75–99, ≥ 100, > 100. */
  readonly umbralesAlerta?: readonly number[];
  readonly modoPlan?: ModoPlan;
  readonly correcciones?: readonly CorreccionHoja[];
  readonly graficos?: readonly SolicitudGrafico[];
}

/** Who set a given vigencia: the user's settings or a filled template's record (issue 14). */
export type OrigenVigencia = "ajustes" | "plantilla";

/** Settings resolved to the values used (written on Resumen). */
export interface Parametros {
  readonly vigencia: number;
  /** Why this vigencia, in Spanish completing "Por qué la vigencia 2025: …" ("se indicó en los ajustes"; SPEC §8). */
  readonly motivoVigencia: string;
  readonly corte: Corte;
  readonly tope: Tope;
  readonly semaforo: Semaforo;
  readonly esperado: ModoEsperado;
  readonly pesosAnio: readonly number[] | null;
  readonly ponderacion: ModoPonderacion;
  /** The years of the cuatrienio, ascending (e.g. [2024, 2025, 2026, 2027]). */
  readonly cuatrienio: readonly number[];
  /** Alert band bounds as fractions, ascending (0.5, 0.75, 1). */
  readonly umbralesAlerta: readonly number[];
  /** A one-year plan: no cuatrienio findings or figures (chosen, or detected: one vigencia and no meta cuatrienio). */
  readonly planAnual: boolean;
  /** The charts on demand to draw on the Gráficos sheet, in the order asked. */
  readonly graficos: readonly SolicitudGrafico[];
}

export type EstadoMeta = "NO_PROGRAMADA" | "SIN_REPORTE" | "REPORTADA";

/**
 * A percentage kept raw and capped (SPEC §5.6); fractions (1 = 100 %). `acotado` is the value
 * capped to [0, 1]; «tope» is only the setting (Tope) that says which of the two aggregates use.
 */
export interface Porcentaje {
  readonly bruto: number | null;
  readonly acotado: number | null;
}

export interface MetaCalculada {
  readonly meta: MetaLeida;
  readonly tipo: TipoAcumulacion;
  readonly estado: EstadoMeta;
  /** P and E of the vigencia actually used (al corte when it applies). */
  readonly programado: number | null;
  readonly ejecutado: number | null;
  readonly pctVigencia: Porcentaje;
  readonly pctCuatrienio: Porcentaje;
  /** X of SPEC §5.5, raw and capped like every % (§5.6): a meta programmed beyond its cuatrienio passes 100 %. */
  readonly esperado: Porcentaje;
  /** A / X, both as the `tope` setting says. */
  readonly cumplimiento: number | null;
  /** The corte's quarter alone: E/P of that quarter's columns (null without them or without P). */
  readonly pctTrimestre: Porcentaje;
  /** E al corte against the whole year's target, when the matrix has a programado al corte (SPEC §4). */
  readonly pctAnual: Porcentaje;
  /** Semáforo level name of pctVigencia, or "Sin programación" / "Sin reporte". */
  readonly semaforo: string;
  /** "En cumplimiento", "Rezago del 4,26 %"… (SPEC §5.10). */
  readonly estadoTexto: string;
  readonly presupuesto: PresupuestoCalculado | null;
}

export interface PresupuestoCalculado {
  readonly programado: number;
  readonly ejecutado: number;
  readonly pagos: number | null;
  /** Never capped (SPEC §5.9). */
  readonly pct: number | null;
}

export interface Conteos {
  readonly metas: number;
  readonly programadas: number;
  readonly conReporte: number;
  readonly sinReporte: number;
  readonly noProgramadas: number;
  readonly ejecucionSinProgramacion: number;
  readonly sobreejecutadas: number;
  readonly bajo50: number;
  /** Metas per semáforo level name (including "Sin programación" and "Sin reporte"). */
  readonly porSemaforo: Readonly<Record<string, number>>;
}

/** A roll-up node (SPEC §5.7): the plan, a dependency, or a node of a nivel. */
export interface Grupo {
  /** "plan", "dependencia", or a nivel name ("eje", "programa"…). */
  readonly nivel: string;
  readonly nombre: string;
  readonly codigo: string | null;
  /** Unique key within its nivel (normalised name, or the path of codes for hierarchy nodes). */
  readonly clave: string;
  /** Key of the parent node in the hierarchy (null for top levels and dependencias). */
  readonly padre: string | null;
  readonly peso: number | null;
  readonly conteos: Conteos;
  readonly pctVigencia: number | null;
  readonly pctCuatrienio: number | null;
  readonly esperado: number | null;
  readonly cumplimiento: number | null;
  /** Means of MetaCalculada.pctTrimestre and pctAnual, with the same weights as pctVigencia. */
  readonly pctTrimestre: number | null;
  readonly pctAnual: number | null;
  /** The year's contribution against its weight (Sopó: 18,79 % of an expected 30 %); null without year weights. */
  readonly aporteAnio: AporteAnio | null;
  readonly semaforo: string;
  readonly estadoTexto: string;
  readonly presupuesto: PresupuestoCalculado | null;
  /** ids of its metas, in plan order. */
  readonly metas: readonly string[];
}

/**
 * What a group adds to the plan in the vigencia: `esperado` is the year's weight times the group's
 * share of the plan (Sopó's first escenario: 30 % × 46,2 % = 13,86 %), `logrado` that times its
 * % of the vigencia. For the plan, `logrado / esperado` is its % of the vigencia.
 */
export interface AporteAnio {
  readonly esperado: number;
  readonly logrado: number | null;
}

export interface Consolidacion {
  readonly parametros: Parametros;
  readonly hojas: readonly HojaReconocida[];
  readonly metas: readonly MetaCalculada[];
  readonly plan: Grupo;
  /** Every group of every level, dependencias first, then each nivel in plan order. */
  readonly grupos: readonly Grupo[];
  /** The nivel names present, top-down (e.g. ["eje", "programa"]). */
  readonly niveles: readonly string[];
  readonly hallazgos: readonly Hallazgo[];
  readonly archivos: readonly string[];
}
