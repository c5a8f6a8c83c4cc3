/**
 * What the terminal shows after a run: doubts about the recognition first (SPEC §3.6), then the
 * parameters, a per-dependency table with es-CO percentages ("93,4 %"), the plan total, the
 * sheets read and a count of findings by code.
 */
import { describirTablaPresupuesto, segunModoPlan, type MarcaCuatrienio } from "../core";
import type { Consolidacion, Grupo } from "../core/calculo/tipos";
import type { Hallazgo } from "../core/hallazgos/hallazgo";
import type { HojaReconocida } from "../core/matriz/tipos";

const PCT = new Intl.NumberFormat("es-CO", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const ENTERO = new Intl.NumberFormat("es-CO");

/** 0.934 → "93,4 %"; null → "—". */
export function porcentaje(x: number | null): string {
  return x === null || !Number.isFinite(x) ? "—" : `${PCT.format(x * 100)} %`;
}

/**
 * Bidi controls (U+202E reverses the rest of the line) and other control characters in a cell's
 * text would scramble or drive the terminal (issue 12, probe 14): they are dropped from what is
 * printed, never from the data. Line breaks inside a text become spaces, so a row stays one line.
 */
// eslint-disable-next-line no-control-regex -- matching the control characters is the point
const INVISIBLES = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** `visible("Salud\u202E abc")` → "Salud abc". */
export function visible(s: string): string {
  return s.replace(/[\r\n]+/g, " ").replace(INVISIBLES, "");
}

function recortar(s: string, n: number): string {
  const v = visible(s);
  return v.length <= n ? v : `${v.slice(0, n - 1)}…`;
}

/** A column of the per-dependency table; `cuatrienio`: left out of a one-year plan (core's segunModoPlan). */
interface ColumnaTerminal extends MarcaCuatrienio {
  readonly titulo: string;
  readonly alineacion: "izq" | "der";
  readonly valor: (g: Grupo, nombre: string) => string;
}

const COLUMNAS: readonly ColumnaTerminal[] = [
  { titulo: "Dependencia", alineacion: "izq", valor: (_, nombre) => recortar(nombre, 40) },
  { titulo: "Metas", alineacion: "der", valor: (g) => ENTERO.format(g.conteos.metas) },
  { titulo: "Programadas", alineacion: "der", valor: (g) => ENTERO.format(g.conteos.programadas) },
  { titulo: "Sin reporte", alineacion: "der", valor: (g) => ENTERO.format(g.conteos.sinReporte) },
  { titulo: "% vigencia", alineacion: "der", valor: (g) => porcentaje(g.pctVigencia) },
  { titulo: "% cuatrienio", alineacion: "der", valor: (g) => porcentaje(g.pctCuatrienio), cuatrienio: true },
  { titulo: "Semáforo", alineacion: "izq", valor: (g) => visible(g.semaforo) },
];

function renderTabla(columnas: readonly ColumnaTerminal[], filas: readonly string[][], separarUltima: boolean): string {
  const encabezado = columnas.map((c) => c.titulo);
  const anchos = encabezado.map((t, i) => Math.max(t.length, ...filas.map((f) => (f[i] ?? "").length)));
  const linea = (f: readonly string[]): string =>
    f
      .map((v, i) => (columnas[i]?.alineacion === "der" ? v.padStart(anchos[i] ?? 0) : v.padEnd(anchos[i] ?? 0)))
      .join("  ")
      .trimEnd();
  const regla = anchos.map((a) => "─".repeat(a)).join("  ");
  const cuerpo = filas.map(linea);
  if (separarUltima && cuerpo.length > 1) cuerpo.splice(cuerpo.length - 1, 0, regla);
  return [linea(encabezado), regla, ...cuerpo].join("\n");
}

/** "3 errores y 12 advertencias", then one line per code, errors first, most frequent first. */
export function resumenHallazgos(hallazgos: readonly Hallazgo[]): string {
  const errores = hallazgos.filter((h) => h.severidad === "error").length;
  const advertencias = hallazgos.length - errores;
  const cabeza = `Hallazgos: ${ENTERO.format(errores)} ${errores === 1 ? "error" : "errores"} y ${ENTERO.format(advertencias)} ${advertencias === 1 ? "advertencia" : "advertencias"}`;
  const porCodigo = new Map<string, { severidad: string; n: number }>();
  for (const h of hallazgos) {
    const e = porCodigo.get(h.codigo) ?? { severidad: h.severidad, n: 0 };
    e.n++;
    porCodigo.set(h.codigo, e);
  }
  const lineas = [...porCodigo.entries()]
    .sort(([ca, a], [cb, b]) => (a.severidad === b.severidad ? b.n - a.n || ca.localeCompare(cb) : a.severidad === "error" ? -1 : 1))
    .map(([codigo, { n }]) => `  ${codigo.padEnd(30)} ${ENTERO.format(n).padStart(6)}`);
  return [cabeza + (hallazgos.length ? ":" : "."), ...lineas].join("\n");
}

function hojasLeidas(c: Consolidacion): string {
  // With several files the same sheet name may come from each: name the file too.
  const varios = new Set(c.hojas.map((h) => h.archivo)).size > 1;
  const nombre = (h: HojaReconocida): string => visible(varios && h.archivo ? `${h.archivo} › ${h.hoja}` : h.hoja);
  const con = c.hojas.filter((h) => h.reconocida && !h.duplicadaDe && !h.vigenciaTomadaDe).map((h) => `${nombre(h)} (${ENTERO.format(h.metas)} metas)`);
  const vistas = c.hojas
    .filter((h) => h.vigenciaTomadaDe)
    .map((h) => `${nombre(h)} (la vigencia ${c.parametros.vigencia} se toma de «${h.vigenciaTomadaDe ?? ""}»)`);
  const presupuesto = c.hojas.flatMap((h) => (h.presupuesto ? [`${nombre(h)} (${describirTablaPresupuesto(h.presupuesto)})`] : []));
  const sin = c.hojas.filter((h) => !h.reconocida && !h.presupuesto).map(nombre);
  const dup = c.hojas.filter((h) => h.duplicadaDe).map((h) => `${nombre(h)} (repite «${h.duplicadaDe ?? ""}»)`);
  return [
    `Hojas leídas: ${con.join(", ") || "ninguna"}`,
    ...(vistas.length ? [`Otras vistas del mismo plan: ${vistas.join(", ")}`] : []),
    ...(presupuesto.length ? [`Hojas de presupuesto: ${presupuesto.join(", ")}`] : []),
    ...(sin.length ? [`Hojas sin matriz: ${sin.join(", ")}`] : []),
    ...(dup.length ? [`Hojas duplicadas: ${dup.join(", ")}`] : []),
  ].join("\n");
}

/**
 * One "¡Atención!" line per doubt of the recognition (SPEC §3.6: shown before any figure), from the
 * A-RECONOCIMIENTO-DUDOSO findings and the sheets' own `dudas`; the same doubt is said once.
 * @example dudasReconocimiento(c) // ["¡Atención! Reconocimiento dudoso en «PDM»: no hay columna de ejecutado"]
 */
export function dudasReconocimiento(c: Pick<Consolidacion, "hallazgos" | "hojas">): string[] {
  const dudas = [
    ...c.hallazgos.filter((h) => h.codigo === "A-RECONOCIMIENTO-DUDOSO").map((h) => [h.hoja, String(h.params.motivo ?? h.mensaje)] as const),
    ...c.hojas.flatMap((h) => (h.dudas ?? []).map((d) => [h.hoja, d] as const)),
  ];
  const lineas = dudas.map(([hoja, motivo]) => visible(`¡Atención! Reconocimiento dudoso${hoja === null ? "" : ` en «${hoja}»`}: ${motivo}`));
  return [...new Set(lineas)];
}

/** The whole terminal report of a consolidation. */
export function informeTerminal(c: Consolidacion): string {
  const dudas = dudasReconocimiento(c);
  const p = c.parametros;
  const cabecera = `Vigencia ${p.vigencia} · corte ${p.corte.fecha}${p.corte.trimestre ? ` (T${p.corte.trimestre})` : ""} · tope ${p.tope === "100" ? "100 %" : "ninguno"} · semáforo ${p.semaforo.preset}`;
  // SPEC §8: the result says which year was chosen and why
  const porQue = `Por qué la vigencia ${p.vigencia}: ${p.motivoVigencia}.`;
  const columnas = segunModoPlan(p, COLUMNAS);
  const filaDe = (g: Grupo, nombre: string): string[] => columnas.map((col) => col.valor(g, nombre));
  const filas = [...c.grupos.filter((g) => g.nivel === "dependencia").map((g) => filaDe(g, g.nombre)), filaDe(c.plan, "Total del plan")];
  const esperado =
    c.plan.esperado === null
      ? ""
      : `\nAvance esperado del cuatrienio: ${porcentaje(c.plan.esperado)} · cumplimiento a la fecha: ${porcentaje(c.plan.cumplimiento)}`;
  return [
    ...(dudas.length ? [...dudas, ""] : []),
    cabecera,
    porQue,
    hojasLeidas(c),
    "",
    renderTabla(columnas, filas, true) + esperado,
    "",
    resumenHallazgos(c.hallazgos),
    "",
  ].join("\n");
}
