/** Settings of SPEC §8 resolved against what the matrix holds. */
import type { Lectura } from "../matriz/tipos";
import { finVigencia, interpretarCorte } from "./corte";
import { leerAjustes, mensajesAjuste } from "../ajustes/leer";
import { ANIOS_CUATRIENIO } from "../ajustes/esquema";
import { mensajeAjuste } from "../ajustes/problemas";
import { POR_OMISION } from "../ajustes/opciones";
import { ErrorParametros } from "../fallos";
import { PRESETS_SEMAFORO } from "./semaforo";
import type { Ajustes, ModoPlan, OrigenVigencia, Parametros, Semaforo } from "./tipos";

/** Plan periods are aligned on 2020-2023, 2024-2027… (Ley 152/1994: four-year terms). */
function cuatrienioDe(vigencia: number, anios: readonly number[]): number[] {
  const inicio = vigencia - ((((vigencia - 2020) % 4) + 4) % 4);
  const alineado = [inicio, inicio + 1, inicio + 2, inicio + 3];
  // A matrix holding exactly four consecutive years around the vigencia names its own period.
  const [primero, , , ultimo] = anios;
  if (anios.length === 4 && primero !== undefined && ultimo === primero + 3 && anios.includes(vigencia)) {
    return [primero, primero + 1, primero + 2, primero + 3];
  }
  return alineado;
}

/**
 * The share of a year's programmed metas that must carry an ejecutado for the matrix to report that
 * year (SPEC §8). 3 %: the thinnest real report we hold is Guatapé's first quarter of 2026 (10 of
 * 237 programmed metas, 4,2 %), while the probe's stray value was one cell among 300 (0,3 %). At
 * least one meta, so that a small matrix reports with its first ejecutado.
 */
export const PARTE_QUE_REPORTA = 0.03;

interface ReporteAnio {
  readonly anio: number;
  /** Programmed metas that year (every meta holding the year when none is programmed). */
  readonly base: number;
  /** Of those, the ones with a non-zero ejecutado: real matrices carry placeholder zeros in future years. */
  readonly reportadas: number;
}

/** Per year, how many of its metas report, ascending by year. */
function reportesPorAnio(lectura: Lectura): ReporteAnio[] {
  const cuentas = new Map<number, { metas: number; programadas: number; reportadas: number; conEjecutado: number }>();
  for (const m of lectura.metas) {
    for (const v of m.anios) {
      let c = cuentas.get(v.anio);
      if (!c) cuentas.set(v.anio, (c = { metas: 0, programadas: 0, reportadas: 0, conEjecutado: 0 }));
      const p = v.programado.valor ?? v.programadoCorte?.valor ?? null;
      const e = v.ejecutado.valor ?? v.ejecutadoCorte?.valor ?? null;
      const ejecuto = e !== null && e !== 0;
      c.metas++;
      if (ejecuto) c.conEjecutado++;
      if (p !== null && p !== 0) {
        c.programadas++;
        if (ejecuto) c.reportadas++;
      }
    }
  }
  return [...cuentas]
    .sort(([a], [b]) => a - b)
    .map(([anio, c]) => (c.programadas > 0 ? { anio, base: c.programadas, reportadas: c.reportadas } : { anio, base: c.metas, reportadas: c.conEjecutado }));
}

const reporta = (r: ReporteAnio): boolean => r.reportadas > 0 && r.reportadas >= PARTE_QUE_REPORTA * r.base;

const partes = (r: ReporteAnio): string => `${r.reportadas} de ${r.base} metas programadas`;

/** The vigencia chosen and the Spanish reason shown with it (SPEC §8: "the result says which year was chosen and why"). */
interface Eleccion {
  readonly vigencia: number;
  readonly motivo: string;
}

/** The latest year the matrix really reports, saying the later years it passed over and why. */
function ultimoAnioQueReporta(reportes: readonly ReporteAnio[]): Eleccion | null {
  const elegido = [...reportes].reverse().find(reporta);
  if (!elegido) return null;
  const saltados = reportes.filter((r) => r.anio > elegido.anio && r.reportadas > 0).map((r) => `${r.anio} la tiene en solo ${partes(r)}`);
  const umbral = `${Math.round(PARTE_QUE_REPORTA * 100)} %`;
  const motivo = `es el último año con ejecución reportada en al menos el ${umbral} de sus metas programadas (${partes(elegido)})`;
  return { vigencia: elegido.anio, motivo: saltados.length ? `${motivo}; ${saltados.join(", ")}, lo que no basta` : motivo };
}

/**
 * The vigencia the sheets name (title rows or sheet name). Several sheets naming different years
 * (one per year, SPEC §3.5): the latest in which the matrix reports, else the latest.
 */
function vigenciaTitulo(lectura: Lectura, reportes: readonly ReporteAnio[]): number | null {
  const nombradas = new Set<number>();
  for (const h of lectura.hojas) {
    const v = h.vigenciaHoja ?? h.vigenciaTitulo;
    if (h.reconocida && h.duplicadaDe === null && v !== null && v !== undefined) nombradas.add(v);
  }
  if (nombradas.size <= 1) return [...nombradas][0] ?? null;
  const anios = [...nombradas].sort((a, b) => b - a);
  return anios.find((a) => reportes.some((r) => r.anio === a && reporta(r))) ?? anios[0] ?? null;
}

/** Why a vigencia that was given was chosen, by who gave it. */
const MOTIVO_DADA: Readonly<Record<OrigenVigencia, string>> = {
  ajustes: "se indicó en los ajustes",
  plantilla: "la plantilla de la dependencia la indica",
};

function resolverVigencia(lectura: Lectura, ajustes: Ajustes, vigenciaDe: OrigenVigencia): Eleccion {
  const reportes = reportesPorAnio(lectura);
  const titulo = vigenciaTitulo(lectura, reportes);
  const validos = new Set<number>(lectura.anios);
  if (titulo !== null) validos.add(titulo);
  if (ajustes.vigencia !== undefined) {
    if (validos.size > 0 && !validos.has(ajustes.vigencia)) {
      throw new ErrorParametros("F-VIGENCIA-AUSENTE", { vigencia: ajustes.vigencia, encontradas: [...validos].sort((a, b) => a - b) });
    }
    return { vigencia: ajustes.vigencia, motivo: MOTIVO_DADA[vigenciaDe] };
  }
  const corteAnio = ajustes.corte !== undefined ? /^(\d{4})-\d{2}-\d{2}$/.exec(ajustes.corte.trim())?.[1] : undefined;
  if (corteAnio !== undefined && validos.has(Number(corteAnio))) return { vigencia: Number(corteAnio), motivo: "es el año de la fecha de corte indicada" };
  const reportada = ultimoAnioQueReporta(reportes);
  if (reportada) return reportada;
  if (titulo !== null) return { vigencia: titulo, motivo: "la nombran el título o el nombre de la hoja, y ningún año tiene ejecución reportada" };
  // With nothing executed yet, the plan's first year is the one being followed.
  const primero = lectura.anios[0];
  if (primero !== undefined)
    return {
      vigencia: primero,
      motivo: lectura.anios.length === 1 ? "es el único año de la matriz" : "es el primer año de la matriz, y ningún año tiene ejecución reportada",
    };
  if (corteAnio !== undefined) return { vigencia: Number(corteAnio), motivo: "es el año de la fecha de corte indicada" };
  // No matrix at all (E-SIN-MATRIZ): any year computes the same empty result.
  return { vigencia: 0, motivo: "no se reconoció ninguna matriz" };
}

function resolverSemaforo(ajuste: Ajustes["semaforo"]): Semaforo {
  if (ajuste === undefined) return PRESETS_SEMAFORO[POR_OMISION.semaforo];
  return typeof ajuste === "string" ? PRESETS_SEMAFORO[ajuste] : ajuste;
}

/** Year weights are checked by the contract (four, adding up to 100 %); here only their need. */
function resolverPesos(ajustes: Ajustes): readonly number[] | null {
  if (ajustes.esperado === "pesos" && ajustes.pesosAnio === undefined) {
    throw new ErrorParametros("F-AJUSTES-INVALIDOS", {
      detalle: mensajeAjuste({ codigo: "AJ-PESOS-FALTAN", ruta: [], params: { requeridos: ANIOS_CUATRIENIO } }),
    });
  }
  return ajustes.pesosAnio ?? null;
}

/**
 * Resolves the user's settings (all optional) with the defaults of SPEC §8.
 * @example resolverParametros(lectura, { corte: "T3" }).corte → { fecha: "2024-09-30", trimestre: 3 }
 * @throws ErrorParametros for settings the contract refuses (ajustes/), a vigencia not in the matrix or a corte outside it.
 */
export function resolverParametros(lectura: Lectura, dados: Ajustes = {}, vigenciaDe: OrigenVigencia = "ajustes"): Parametros {
  // Typed callers can still hold bad values (a form field, a cast of saved JSON): the contract checks them all.
  const leidos = leerAjustes(dados);
  if (!leidos.ok) throw new ErrorParametros("F-AJUSTES-INVALIDOS", { detalle: mensajesAjuste(leidos.problemas) });
  const ajustes = leidos.valor;
  const { vigencia, motivo: motivoVigencia } = resolverVigencia(lectura, ajustes, vigenciaDe);
  const corteTitulo = lectura.hojas.find((h) => h.corteTitulo?.fecha.startsWith(`${vigencia}-`))?.corteTitulo ?? null;
  const corte = ajustes.corte !== undefined ? interpretarCorte(ajustes.corte, vigencia) : (corteTitulo ?? finVigencia(vigencia));
  const cuatrienio = cuatrienioDe(vigencia, lectura.anios);
  const umbrales = ajustes.umbralesAlerta ?? POR_OMISION.umbralesAlerta;
  return {
    vigencia,
    motivoVigencia,
    corte,
    tope: ajustes.tope ?? POR_OMISION.tope,
    semaforo: resolverSemaforo(ajustes.semaforo),
    esperado: ajustes.esperado ?? POR_OMISION.esperado,
    pesosAnio: resolverPesos(ajustes),
    ponderacion: ajustes.ponderacion ?? POR_OMISION.ponderacion,
    cuatrienio,
    umbralesAlerta: umbrales.map((u) => u / 100),
    planAnual: esPlanAnual(lectura, ajustes.modoPlan ?? POR_OMISION.modoPlan),
    graficos: ajustes.graficos ?? [],
  };
}

/**
 * A one-year action plan (issue 13): chosen, or detected when the matrix holds a single year and
 * no meta carries a meta cuatrienio — Prosperidad Social's and Secretaría General's action plans.
 */
function esPlanAnual(lectura: Lectura, modo: ModoPlan): boolean {
  if (modo !== "automatico") return modo === "anual";
  return lectura.anios.length === 1 && lectura.metas.length > 0 && lectura.metas.every((m) => m.metaCuatrienio?.valor == null);
}
