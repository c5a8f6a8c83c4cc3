/**
 * Which columns a budget table reads (SPEC §5.9): its amounts, its row label (a sector,
 * dependency, programa or project column; a pivot's unnamed first text column) and its code, or
 * none when the sheet is no budget table (a meta or a physical programado makes it a matrix).
 */
import type { Cultura, Hoja } from "../grid/libro";
import { normalizar, normalizarEncabezado } from "../texto/normalizar";
import type { Cabecera } from "./cabecera";
import type { ColumnaLeida, Columnas } from "./columnas";
import { perfilar } from "./perfilColumna";
import { nivelEn } from "./sinonimos";

/** A project's name or its BPIN code: words no matrix field takes, read only in a budget table. */
const PROYECTO = /\bPROYECTOS?\b/;
const CODIGO = /^(COD\.?|CODIGO)\b|\bBPIN\b/;
/** An execution header without a physical word: in a budget table it is the money executed (SPEC §3.2). */
const EJECUTADO_GENERICO = /^(VALOR |TOTAL )?(EJECUTADO|EJECUCION)$/;

const PRESUPUESTO = new Set(["presupuestoProgramado", "presupuestoEjecutado", "presupuestoPagos"]);

/** A label column and what its cells name ("sector", "dependencia", "proyecto"…). */
export interface Etiqueta {
  readonly columna: ColumnaLeida;
  readonly por: string;
}

/** A column the words alone did not take, read here as the row's label (a project, a pivot's rows) or its code. */
function columnaExtra(c: Cabecera["columnas"][number], campo: "nivel" | "dependencia" | "codigo", nivel: string | null, motivo: string): ColumnaLeida {
  return {
    columna: c.columna,
    letra: c.letra,
    campo,
    anio: null,
    trimestre: null,
    variante: null,
    nivel,
    encabezado: c.encabezado,
    rol: campo === "nivel" ? "nombre" : null,
    alcance: null,
    prioridad: 2,
    puntaje: 0.7,
    base: c.analisis.base,
    evidencia: { motivo, puntaje: 0.7, alternativa: null, dudosa: false },
  };
}

/** What a row is when no header says it: the sheet's name ("EJECUCIÓN 2024 POR SECTOR"). */
function porDeNombre(nombreHoja: string): string {
  const n = normalizar(nombreHoja);
  if (/DEPENDENCIA|SECRETARIA/.test(n)) return "dependencia";
  if (PROYECTO.test(n)) return "proyecto";
  return nivelEn(n) ?? "elemento";
}

/**
 * A pivot of the budget ("Etiquetas de fila | Suma de PRESUPUESTO DEFINITIVO | …") has no label
 * header: the first column of texts left of the amounts is the row's label.
 */
function etiquetaSinEncabezado(hoja: Hoja, cab: Cabecera, cultura: Cultura, cols: Columnas, usadas: readonly ColumnaLeida[]): ColumnaLeida | null {
  const primera = Math.min(...usadas.filter((c) => PRESUPUESTO.has(c.campo)).map((c) => c.columna));
  const tomadas = new Set(usadas.map((c) => c.columna));
  for (const c of cab.columnas) {
    if (c.columna < cols.desde || c.columna >= primera || tomadas.has(c.columna)) continue;
    const p = perfilar(hoja, c.columna, cab.fila + 1, cultura);
    if (p.llenas === 0 || p.numeros >= 0.5) continue;
    const por = porDeNombre(hoja.nombre);
    const motivo = `primera columna de textos de la tabla de presupuesto («${c.encabezado}»); por ${por}, según el nombre de la hoja`;
    return por === "dependencia" ? columnaExtra(c, "dependencia", null, motivo) : columnaExtra(c, "nivel", por, motivo);
  }
  return null;
}

/**
 * "EJECUTADO" beside an apropiación, with amounts below it, is the budget executed: the physical
 * reading needs a meta, which this sheet lacks.
 */
function comoPresupuesto(hoja: Hoja, cab: Cabecera, cultura: Cultura, c: ColumnaLeida): ColumnaLeida | null {
  if (c.campo !== "ejecutado" || !EJECUTADO_GENERICO.test(c.base)) return null;
  const p = perfilar(hoja, c.columna, cab.fila + 1, cultura);
  if (p.numeros < 0.5 || p.fracciones >= 0.5) return null;
  const motivo = `encabezado «${c.encabezado}» en una tabla de presupuesto; ${Math.round(p.numeros * 100)} % montos`;
  return { ...c, campo: "presupuestoEjecutado", variante: null, trimestre: null, evidencia: { motivo, puntaje: 0.8, alternativa: null, dudosa: false } };
}

/** The columns as a budget table reads them, or null when the sheet is not one. */
export function columnasDePresupuesto(
  hoja: Hoja,
  cab: Cabecera,
  cultura: Cultura,
  cols: Columnas,
  vigenciaHoja: number | null,
): { usadas: ColumnaLeida[]; etiquetas: Etiqueta[] } | null {
  const hayProgramado = cols.usadas.some((c) => c.campo === "presupuestoProgramado");
  if (!hayProgramado || [...cols.usadas, ...cols.secundarias].some((c) => c.campo === "meta" || c.campo === "programado")) return null;
  const usadas: ColumnaLeida[] = [];
  for (const c of cols.usadas) {
    const leida = c.campo === "ejecutado" ? comoPresupuesto(hoja, cab, cultura, c) : c;
    if (!leida) return null;
    // a yearless amount on a sheet titled "EJECUCIÓN PRESUPUESTAL 2024" is that year's
    if (PRESUPUESTO.has(leida.campo)) usadas.push(leida.anio === null ? { ...leida, anio: vigenciaHoja } : leida);
    else if (leida.campo === "dependencia" || leida.campo === "nivel" || leida.campo === "codigo") usadas.push(leida);
  }
  if (!usadas.some((c) => c.campo === "presupuestoEjecutado" || c.campo === "presupuestoPagos")) return null;
  const tomadas = new Set(cols.usadas.map((c) => c.columna));
  for (const c of cab.columnas) {
    if (tomadas.has(c.columna) || c.columna < cols.desde || c.columna > cols.hasta) continue;
    const base = normalizarEncabezado(c.encabezado);
    if (CODIGO.test(base) && !usadas.some((u) => u.campo === "codigo"))
      usadas.push(columnaExtra(c, "codigo", null, `encabezado «${c.encabezado}» (código de la fila)`));
    else if (PROYECTO.test(base)) usadas.push(columnaExtra(c, "nivel", "proyecto", `encabezado «${c.encabezado}» (proyecto)`));
  }
  const esEtiqueta = (c: ColumnaLeida): boolean => c.campo === "dependencia" || (c.campo === "nivel" && c.rol !== "codigo");
  if (!usadas.some(esEtiqueta)) {
    const sinEncabezado = etiquetaSinEncabezado(hoja, cab, cultura, cols, usadas);
    if (sinEncabezado) usadas.push(sinEncabezado);
  }
  usadas.sort((a, b) => a.columna - b.columna);
  const etiquetas = usadas.filter(esEtiqueta).map((c) => ({ columna: c, por: c.campo === "dependencia" ? "dependencia" : (c.nivel ?? "nivel") }));
  return etiquetas.length > 0 ? { usadas, etiquetas } : null;
}

/**
 * The row label: the label column whose cells repeat least (one row per sector or project; a
 * sector beside projects repeats), the rightmost on a tie.
 */
export function principal(hoja: Hoja, cab: Cabecera, cultura: Cultura, etiquetas: readonly Etiqueta[]): Etiqueta {
  let mejor = etiquetas[0] as Etiqueta;
  let distintos = -1;
  for (const e of etiquetas) {
    const d = perfilar(hoja, e.columna.columna, cab.fila + 1, cultura).distintos;
    if (d >= distintos) [mejor, distintos] = [e, d];
  }
  return mejor;
}
