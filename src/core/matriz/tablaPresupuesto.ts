/**
 * A separate budget sheet (SPEC §5.9, issue 13): rows of sectors, dependencies, programas or
 * projects with presupuestado and compromisos / pagos, and neither a meta nor a physical
 * programado. It is a budget table, not a matrix missing its meta column: no E-COLUMNA-FALTANTE,
 * and its rows are read for the Presupuesto sheet.
 */
import type { Cultura, Hoja } from "../grid/libro";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { normalizar, normalizarEncabezado } from "../texto/normalizar";
import type { Cabecera } from "./cabecera";
import { separarCodigo } from "./codigoNombre";
import type { IndiceCombinadas } from "./combinadas";
import { columnaReconocida, resolverColumnas, type ColumnaLeida, type Columnas } from "./columnas";
import { clasificarFila, contextoFilas } from "./filas";
import { celda, contextoLectura, texto } from "./lecturaCelda";
import { presupuestoDeFila } from "./metaFila";
import { perfilar } from "./perfilColumna";
import { planificarLectura } from "./planLectura";
import { nivelEn } from "./sinonimos";
import type { CorreccionHoja, FilaPresupuesto, HojaReconocida } from "./tipos";

/** A project's name or its BPIN code: words no matrix field takes, read only in a budget table. */
const PROYECTO = /\bPROYECTOS?\b/;
const CODIGO = /^(COD\.?|CODIGO)\b|\bBPIN\b/;
/** An execution header without a physical word: in a budget table it is the money executed (SPEC §3.2). */
const EJECUTADO_GENERICO = /^(VALOR |TOTAL )?(EJECUTADO|EJECUCION)$/;

/** What a group row's name is, until the join finds the level it names. */
const POR_GRUPO = "grupo";

const PRESUPUESTO = new Set(["presupuestoProgramado", "presupuestoEjecutado", "presupuestoPagos"]);

export interface LecturaPresupuesto {
  readonly hoja: HojaReconocida;
  readonly hallazgos: Hallazgo[];
}

interface Etiqueta {
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

/** A group row's name, and its level when its first word names one ("SECTOR SALUD" is the sector Salud). */
function deGrupo(texto: string): { readonly por: string; readonly nombre: string } {
  const nombre = separarCodigo(texto).nombre || texto.trim();
  const m = /^(\S+)\s+(.+)$/.exec(nombre);
  const nivel = m?.[1] ? nivelEn(normalizar(m[1])) : null;
  return nivel && m?.[2] ? { por: nivel, nombre: m[2] } : { por: POR_GRUPO, nombre };
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
function columnasDePresupuesto(
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
function principal(hoja: Hoja, cab: Cabecera, cultura: Cultura, etiquetas: readonly Etiqueta[]): Etiqueta {
  let mejor = etiquetas[0] as Etiqueta;
  let distintos = -1;
  for (const e of etiquetas) {
    const d = perfilar(hoja, e.columna.columna, cab.fila + 1, cultura).distintos;
    if (d >= distintos) [mejor, distintos] = [e, d];
  }
  return mejor;
}

/**
 * The sheet read as a budget table, or null when it is not one (then it is a matrix missing a field, or no table).
 * @example leerTablaPresupuesto(hoja, idx, cab, cultura)?.hoja.presupuesto?.por // "sector"
 */
export function leerTablaPresupuesto(
  hoja: Hoja,
  idx: IndiceCombinadas,
  cab: Cabecera,
  cultura: Cultura,
  vigenciaHoja: number | null,
  corr?: CorreccionHoja,
): LecturaPresupuesto | null {
  if (!cab.columnas.some((c) => c.candidatos.some((k) => k.campo === "presupuestoProgramado"))) return null;
  const cols = resolverColumnas(hoja, cab, null, cultura, corr);
  const leidas = columnasDePresupuesto(hoja, cab, cultura, cols, vigenciaHoja);
  if (!leidas) return null;
  const { usadas, etiquetas } = leidas;
  const fila0 = principal(hoja, cab, cultura, etiquetas);
  const otras = etiquetas.filter((e) => e !== fila0);
  const plan = planificarLectura({ ...cols, usadas, secundarias: [] });
  const hallazgos: Hallazgo[] = [...cols.hallazgos];
  const ctx = contextoLectura(hoja, idx, plan, cultura, { usadas, hasta: cols.hasta }, cab.fila, hallazgos);

  // the label column is the table's name column, as the meta's is a matrix's: a lone name in it heads a group
  const filasCtx = contextoFilas(hoja, idx, { ...cols, usadas: usadas.filter((c) => c !== fila0.columna) }, cab, fila0.columna.columna);
  const codigo = usadas.find((c) => c.campo === "codigo")?.columna ?? null;
  const filas: FilaPresupuesto[] = [];
  // a row holding only a name ("SECTOR SALUD") heads the rows below it, like a matrix's group rows (SPEC §3.3)
  let grupo: { readonly por: string; readonly nombre: string } | null = null;
  for (let f = cab.fila + 1; f < hoja.valores.length; f++) {
    const clase = clasificarFila(filasCtx, f);
    if (clase.clase === "grupo") grupo = deGrupo(clase.texto);
    if (clase.clase !== "meta") continue;
    const etiqueta = texto(ctx, f, fila0.columna.columna);
    if (etiqueta === null) continue;
    const presupuesto = presupuestoDeFila(ctx, f);
    if (!presupuesto.some((p) => p.programado?.valor != null || p.ejecutado?.valor != null || p.pagos?.valor != null)) continue;
    const partes = separarCodigo(etiqueta);
    filas.push({
      fila: f + 1,
      celda: celda(ctx, f, fila0.columna.columna),
      codigo: texto(ctx, f, codigo) ?? partes.codigo,
      nombre: partes.nombre || etiqueta,
      otras: [
        ...otras.flatMap((e) => {
          const t = texto(ctx, f, e.columna.columna);
          return t === null ? [] : [{ por: e.por, nombre: separarCodigo(t).nombre || t }];
        }),
        ...(grupo ? [grupo] : []),
      ],
      presupuesto,
    });
  }
  const enUso = new Set(usadas.map((c) => c.columna));
  return {
    hoja: {
      hoja: hoja.nombre,
      archivo: hoja.archivo ?? null,
      reconocida: false,
      filaEncabezado: cab.fila + 1,
      columnas: usadas.map(columnaReconocida),
      noReconocidas: cab.columnas
        .filter((c) => !enUso.has(c.columna))
        .map((c) => ({ letra: c.letra, encabezado: c.encabezado, motivo: "no es una cifra de la tabla de presupuesto" })),
      fuenteDependencia: "ninguna",
      vigenciaTitulo: null,
      corteTitulo: null,
      metas: 0,
      duplicadaDe: null,
      presupuesto: { por: fila0.por, filas },
    },
    hallazgos,
  };
}

/**
 * How the sources list a budget sheet (Resumen, pane, terminal).
 * @example describirTablaPresupuesto({ por: "sector", filas: [a, b, c] }) // "hoja de presupuesto: 3 filas por sector"
 */
export function describirTablaPresupuesto(t: { readonly por: string; readonly filas: readonly unknown[] }): string {
  return `hoja de presupuesto: ${t.filas.length} ${t.filas.length === 1 ? "fila" : "filas"} por ${t.por}`;
}
