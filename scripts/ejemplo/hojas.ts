/**
 * Layouts of the example's sheets: the plan's main matrix (one row per meta, a dependency
 * column, merged eje/programa cells) and a quarterly sheet with a "Dependencia:" label.
 */
import { letraColumna } from "../../src/core/grid/direccion";
import type { Valor } from "../../src/core/grid/libro";
import { CUATRIENIO, MUNICIPIO, PLAN, SALUD, VIGENCIA } from "./catalogo";
import { Lienzo, type HojaEjemplo } from "./lienzo";
import type { MetaEjemplo } from "./metas";

const IDENTIFICACION = [
  "EJE",
  "PONDERADOR EJE",
  "PROGRAMA",
  "CÓDIGO DE PRODUCTO",
  "META DE PRODUCTO",
  "UNIDAD DE MEDIDA",
  "TIPO DE ACUMULACIÓN",
  "LÍNEA BASE",
  "META CUATRIENIO",
];
const FMT_PCT = "0.0%";
const FMT_PESOS = '"$" #,##0';

/** The % the matrix computes itself, per tipo (what a planning office's formula does). */
function porcentajeMatriz(meta: MetaEjemplo, i: number, fila: number, cP: string, cE: string): { formula: string; valor: Valor } {
  const lb = meta.lineaBase ?? 0;
  const p = meta.programado[i] ?? 0;
  const e = meta.ejecutado[i];
  const r = fila + 1;
  const [formula, num, den] =
    meta.tipo === "CRECIENTE"
      ? [`IFERROR((${cE}${r}-H${r})/(${cP}${r}-H${r}),"")`, typeof e === "number" ? e - lb : NaN, p - lb]
      : meta.tipo === "DECRECIENTE"
        ? [`IFERROR((H${r}-${cE}${r})/(H${r}-${cP}${r}),"")`, typeof e === "number" ? lb - e : NaN, lb - p]
        : [`IFERROR(${cE}${r}/${cP}${r},"")`, typeof e === "number" ? e : NaN, p];
  // IFERROR(…,"") leaves the cell empty for blanks-as-zero divisions and text: the reader sees no value.
  return { formula, valor: den !== 0 && Number.isFinite(num) ? num / den : null };
}

/** Main matrix: every meta without quarterly reporting, grouped by eje and programa (merged cells). */
export function hojaPrincipal(metas: readonly MetaEjemplo[], nombre = "PDM 2024-2027"): HojaEjemplo {
  const anios = CUATRIENIO.flatMap((a) =>
    a <= VIGENCIA ? [`PROGRAMADO VIGENCIA ${a}`, `EJECUTADO VIGENCIA ${a}`, `% EJEC. ${a}`] : [`PROGRAMADO VIGENCIA ${a}`, `EJECUTADO VIGENCIA ${a}`],
  );
  const encabezado = [...IDENTIFICACION, "DEPENDENCIA", ...anios, `APROPIACIÓN DEFINITIVA ${VIGENCIA}`, `COMPROMISOS ${VIGENCIA}`, "OBSERVACIONES"];
  const indices = new Map(encabezado.map((h, i) => [h, i] as const));
  const col = (h: string): number => indices.get(h) ?? -1;
  const anchos = encabezado.map((h) => (h === "META DE PRODUCTO" ? 60 : h === "EJE" || h === "PROGRAMA" ? 28 : h === "OBSERVACIONES" ? 40 : 14));
  const l = new Lienzo(nombre, anchos);
  l.titulo(0, MUNICIPIO, encabezado.length);
  l.titulo(1, PLAN, encabezado.length);
  l.titulo(2, `MATRIZ DE SEGUIMIENTO A METAS DE PRODUCTO - VIGENCIA ${VIGENCIA}`, encabezado.length);
  l.titulo(3, `Fecha de corte: 31/12/${VIGENCIA}`, encabezado.length);
  const filaEnc = 5;
  l.fila(filaEnc, encabezado);
  l.filaEncabezado = filaEnc + 1;
  l.formatos.set(col("PONDERADOR EJE"), "0%");
  for (const a of CUATRIENIO) if (a <= VIGENCIA) l.formatos.set(col(`% EJEC. ${a}`), FMT_PCT);
  l.formatos.set(col(`APROPIACIÓN DEFINITIVA ${VIGENCIA}`), FMT_PESOS);
  l.formatos.set(col(`COMPROMISOS ${VIGENCIA}`), FMT_PESOS);

  const filas = metas.filter((m) => m.trimestres === null);
  let fila = filaEnc + 1;
  const primera = fila;
  filas.forEach((m, i) => {
    const anterior = filas[i - 1];
    if (anterior?.eje !== m.eje) {
      const n = filas.filter((x) => x.eje === m.eje).length;
      l.poner(fila, 0, m.eje.nombre);
      l.poner(fila, 1, m.eje.peso);
      l.combinar(fila, 0, n, 1);
      l.combinar(fila, 1, n, 1);
    }
    if (anterior?.programa !== m.programa) {
      l.poner(fila, 2, `${m.programa.codigo} ${m.programa.nombre}`);
      l.combinar(fila, 2, filas.filter((x) => x.programa === m.programa).length, 1);
    }
    [m.codigo, m.nombre, m.unidad, m.tipoTexto, m.lineaBase, m.metaCuatrienio, m.dependencia].forEach((v, k) => l.poner(fila, 3 + k, v));
    CUATRIENIO.forEach((a, i) => {
      const cP = col(`PROGRAMADO VIGENCIA ${a}`);
      const cE = col(`EJECUTADO VIGENCIA ${a}`);
      l.poner(fila, cP, m.programado[i] ?? null);
      if (a === VIGENCIA && m.formulaEjecutado) l.formula(fila, cE, m.formulaEjecutado.replaceAll("{fila}", String(fila + 1)), m.ejecutado[i] ?? null);
      else l.poner(fila, cE, m.ejecutado[i] ?? null);
      if (a > VIGENCIA) return;
      const cPct = col(`% EJEC. ${a}`);
      const pct = porcentajeMatriz(m, i, fila, letraColumna(cP), letraColumna(cE));
      if (a === VIGENCIA && m.reportadoDigitado !== null) l.poner(fila, cPct, m.reportadoDigitado);
      else l.formula(fila, cPct, pct.formula, pct.valor);
    });
    l.poner(fila, col(`APROPIACIÓN DEFINITIVA ${VIGENCIA}`), m.apropiacion);
    l.poner(fila, col(`COMPROMISOS ${VIGENCIA}`), m.compromisos);
    l.poner(fila, col("OBSERVACIONES"), m.observacion);
    fila++;
  });
  // A total row and a note below the table, as real matrices have (SPEC §3.4: both are skipped).
  l.poner(fila, 0, "TOTAL GENERAL");
  for (const h of [`APROPIACIÓN DEFINITIVA ${VIGENCIA}`, `COMPROMISOS ${VIGENCIA}`]) {
    const c = col(h);
    const letra = letraColumna(c);
    l.formula(
      fila,
      c,
      `SUM(${letra}${primera + 1}:${letra}${fila})`,
      filas.reduce((s, m) => s + (h.startsWith("APRO") ? m.apropiacion : m.compromisos), 0),
    );
  }
  l.poner(fila + 2, 0, "Fuente: reportes de las dependencias. Elaboró: Oficina Asesora de Planeación.");
  return l.terminar();
}

/** Quarterly sheet of the dependency reporting T1–T4 of VIGENCIA, with a "Dependencia:" label. */
export function hojaTrimestral(metas: readonly MetaEjemplo[]): HojaEjemplo {
  const anterior = VIGENCIA - 1;
  const trimestres = [1, 2, 3, 4].flatMap((t) => [`T${t}. PLANEADO ${VIGENCIA}`, `T${t}. EJECUTADO ${VIGENCIA}`]);
  const posteriores = CUATRIENIO.filter((a) => a > VIGENCIA).map((a) => `PROGRAMADO VIGENCIA ${a}`);
  const encabezado = [
    "EJE",
    "PROGRAMA",
    ...IDENTIFICACION.slice(3),
    `PROGRAMADO VIGENCIA ${anterior}`,
    `EJECUTADO VIGENCIA ${anterior}`,
    ...trimestres,
    ...posteriores,
    "OBSERVACIONES",
  ];
  const anchos = encabezado.map((h) => (h === "META DE PRODUCTO" ? 60 : h === "EJE" || h === "PROGRAMA" ? 28 : h === "OBSERVACIONES" ? 40 : 13));
  const l = new Lienzo("SEC. SALUD", anchos);
  l.titulo(0, MUNICIPIO, encabezado.length);
  l.titulo(1, `SEGUIMIENTO TRIMESTRAL AL PLAN DE ACCIÓN ${VIGENCIA} - SECTOR SALUD`, encabezado.length);
  l.poner(2, 0, `Dependencia: ${SALUD}`);
  l.filasTitulo.push(3);
  const filaEnc = 4;
  l.fila(filaEnc, encabezado);
  l.filaEncabezado = filaEnc + 1;
  const ia = CUATRIENIO.indexOf(anterior as (typeof CUATRIENIO)[number]);
  let fila = filaEnc + 1;
  for (const m of metas) {
    const t = m.trimestres;
    if (!t) continue;
    const quarters = [0, 1, 2, 3].flatMap((q) => [t.programado[q] ?? null, t.ejecutado[q] ?? null]);
    const futuros = CUATRIENIO.flatMap((a, i) => (a > VIGENCIA ? [m.programado[i] ?? null] : []));
    l.fila(fila, [
      m.eje.nombre,
      `${m.programa.codigo} ${m.programa.nombre}`,
      m.codigo,
      m.nombre,
      m.unidad,
      m.tipoTexto,
      m.lineaBase,
      m.metaCuatrienio,
      m.programado[ia] ?? null,
      m.ejecutado[ia] ?? null,
      ...quarters,
      ...futuros,
      m.observacion,
    ]);
    fila++;
  }
  return l.terminar();
}

/** A sheet without a matrix, as workbooks carry (SPEC §3.4: listed as "hoja sin matriz"). */
export function hojaInstrucciones(): HojaEjemplo {
  const l = new Lienzo("Instrucciones", [100]);
  l.titulo(0, "INSTRUCCIONES DE DILIGENCIAMIENTO", 1);
  [
    "1. Cada dependencia diligencia únicamente las filas de sus metas.",
    "2. Registre lo ejecutado en la misma unidad de medida de la meta; deje en blanco lo que no se ha reportado.",
    "3. Use ND cuando la información no esté disponible y explique el motivo en OBSERVACIONES.",
    "4. Las metas de mantenimiento reportan el nivel alcanzado, no la suma de los años.",
    `5. Fecha límite de reporte: 15 de enero de ${VIGENCIA + 1}.`,
  ].forEach((t, i) => l.poner(i + 2, 0, t));
  return l.terminar();
}
