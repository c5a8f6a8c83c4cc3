/**
 * One meta row read into a MetaLeida (SPEC §3.4, §4), collecting its findings. Runs once per row
 * of matrices with 50,000 metas: addresses are built from cached column letters, shared empty
 * quarter lists, no per-cell normalising.
 */
import type { Cultura, Hoja, Valor } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { leerDato, textoDeValor } from "../valores/leerDato";
import { numeroDeTexto } from "../valores/numeroTexto";
import { separarCodigo, textoCelda } from "./codigoNombre";
import { valorVertical, valorVerticalSolo, type IndiceCombinadas } from "./combinadas";
import type { PlanLectura } from "./planLectura";
import { tipoDeTexto } from "./tipoAcumulacion";
import type { Dato, MetaLeida, NivelMeta, PresupuestoMeta, Reportado, TipoAcumulacion, ValoresAnio } from "./tipos";
import { resolverValores, totalInconsistente, type DatosSerie } from "./valoresAnio";

export interface ContextoMeta {
  readonly hoja: Hoja;
  readonly idx: IndiceCombinadas;
  readonly plan: PlanLectura;
  readonly cultura: Cultura;
  readonly archivo: string | null;
  /** Findings of the sheet; E-NO-NUMERICO once per cell (merged areas are read on several rows). */
  readonly hallazgos: Hallazgo[];
  readonly celdasInvalidas: Set<string>;
  readonly describir: ReadonlyMap<number, string>;
  /** Column letters by index (A1 addresses without recomputing letters per cell). */
  readonly letras: readonly string[];
}

const SIN_TRIMESTRES: readonly (Dato | null)[] = Object.freeze([null, null, null, null]);
const NINGUNO: readonly never[] = Object.freeze([]);

export function celda(ctx: ContextoMeta, fila: number, col: number): string {
  return `${ctx.letras[col] ?? ""}${fila + 1}`;
}

function texto(ctx: ContextoMeta, fila: number, col: number | null): string | null {
  if (col === null) return null;
  const t = textoCelda(valorVerticalSolo(ctx.hoja, ctx.idx, fila, col)).trim();
  return t === "" ? null : t;
}

/** Address of the cell a (possibly merged) text field was written in. */
function celdaTexto(ctx: ContextoMeta, fila: number, col: number): string {
  return celda(ctx, ctx.idx.vacio ? fila : valorVertical(ctx.hoja, ctx.idx, fila, col).fila, col);
}

/** A numeric field; `llenar` reads merged areas down (levels, LB), values are read only where written. */
function dato(ctx: ContextoMeta, fila: number, col: number | null, llenar: boolean): Dato | null {
  if (col === null) return null;
  let v: Valor;
  let f = fila;
  if (llenar && !ctx.idx.vacio && fila <= ctx.idx.ultimaFila(col)) ({ valor: v, fila: f } = valorVertical(ctx.hoja, ctx.idx, fila, col));
  else v = ctx.hoja.valores[fila]?.[col] ?? null;
  const dir = celda(ctx, f, col);
  const d = leerDato(v, dir, ctx.cultura);
  if (d.estado === "invalido" && !ctx.celdasInvalidas.has(dir)) {
    ctx.celdasInvalidas.add(dir);
    ctx.hallazgos.push(crearHallazgo("E-NO-NUMERICO", ctx.hoja.nombre, dir, textoDeValor(v), { campo: ctx.describir.get(col) ?? "numérico" }));
  }
  return d;
}

function trimestres(ctx: ContextoMeta, fila: number, cols: readonly (number | null)[]): readonly (Dato | null)[] {
  if (cols[0] === null && cols[1] === null && cols[2] === null && cols[3] === null) return SIN_TRIMESTRES;
  return cols.map((c) => dato(ctx, fila, c, false));
}

/** The values of one year: each column read once, the year's value by precedence (SPEC §3.2). */
function anio(ctx: ContextoMeta, fila: number, s: PlanLectura["anios"][number], tipo: TipoAcumulacion): ValoresAnio {
  const p = s.programado;
  const e = s.ejecutado;
  const pTotal = dato(ctx, fila, p.total, false);
  const pAnual = dato(ctx, fila, p.anual, false);
  const pCorte = dato(ctx, fila, p.corte, false);
  const pTri = trimestres(ctx, fila, p.trimestres);
  const eTotal = dato(ctx, fila, e.total, false);
  const eAnual = dato(ctx, fila, e.anual, false);
  const eCorte = dato(ctx, fila, e.corte, false);
  const eTri = trimestres(ctx, fila, e.trimestres);
  if (s.verificarTotales) {
    inconsistente(ctx, s.anio, { total: pTotal, anual: pAnual, corte: pCorte, trimestres: pTri }, tipo);
    inconsistente(ctx, s.anio, { total: eTotal, anual: eAnual, corte: eCorte, trimestres: eTri }, tipo);
  }
  return {
    programado: resolverValores(pTotal, pAnual, pCorte, pTri, tipo),
    ejecutado: resolverValores(eTotal, eAnual, eCorte, eTri, tipo),
    metaAnio: pAnual,
    programadoTrimestres: pTri,
    ejecutadoTrimestres: eTri,
    programadoCorte: pCorte,
    ejecutadoCorte: eCorte,
  };
}

function peso(d: Dato | null): number | null {
  if (d?.valor === null || d?.valor === undefined) return null;
  return d.valor > 1 ? d.valor / 100 : d.valor;
}

function niveles(ctx: ContextoMeta, fila: number): NivelMeta[] {
  const out: NivelMeta[] = [];
  for (const n of ctx.plan.niveles) {
    const cod = texto(ctx, fila, n.codigo);
    const nom = texto(ctx, fila, n.nombre);
    if (cod === null && nom === null) continue;
    const partes = nom !== null ? separarCodigo(nom) : { codigo: null, nombre: "" };
    const codigo = cod ?? partes.codigo;
    out.push({ nivel: n.nivel, codigo, nombre: partes.nombre || (codigo ?? ""), peso: peso(dato(ctx, fila, n.peso, true)) });
  }
  return out;
}

function reportados(ctx: ContextoMeta, fila: number): Reportado[] {
  const out: Reportado[] = [];
  for (const c of ctx.plan.reportados) {
    const v = ctx.hoja.valores[fila]?.[c.columna] ?? null;
    if (v === null || v === "") continue;
    const valor = typeof v === "number" ? v : typeof v === "string" ? numeroDeTexto(v, ctx.cultura) : null;
    out.push({ anio: c.anio, alcance: c.alcance ?? "vigencia", valor, celda: celda(ctx, fila, c.columna) });
  }
  return out;
}

function presupuesto(ctx: ContextoMeta, fila: number): PresupuestoMeta[] {
  const out: PresupuestoMeta[] = [];
  for (const [anio, p] of ctx.plan.presupuesto) {
    const m = { anio, programado: dato(ctx, fila, p.programado, false), ejecutado: dato(ctx, fila, p.ejecutado, false), pagos: dato(ctx, fila, p.pagos, false) };
    if ((m.programado && m.programado.estado !== "vacio") || (m.ejecutado && m.ejecutado.estado !== "vacio") || (m.pagos && m.pagos.estado !== "vacio")) out.push(m);
  }
  return out;
}

function tipoDe(ctx: ContextoMeta, fila: number): { tipo: TipoAcumulacion; texto: string | null } {
  const col = ctx.plan.tipo;
  const t = texto(ctx, fila, col);
  if (t === null || col === null) return { tipo: "SUMA", texto: null };
  const tipo = tipoDeTexto(t);
  if (tipo === null) {
    ctx.hallazgos.push(crearHallazgo("A-TIPO-DESCONOCIDO", ctx.hoja.nombre, celdaTexto(ctx, fila, col), t));
    return { tipo: "SUMA", texto: t };
  }
  return { tipo: tipo === "vacio" ? "SUMA" : tipo, texto: t };
}

function inconsistente(ctx: ContextoMeta, anio: number, s: DatosSerie, tipo: TipoAcumulacion): void {
  const trimestres = totalInconsistente(s, tipo);
  if (trimestres === null || !s.total) return;
  ctx.hallazgos.push(crearHallazgo("A-TOTAL-INCONSISTENTE", ctx.hoja.nombre, s.total.celda, s.total.valor, { anio, total: s.total.valor, trimestres }));
}

/** Reads row `fila` (0-based) as a meta of `dependencia`. */
export function leerMeta(ctx: ContextoMeta, fila: number, dependencia: string): MetaLeida {
  const p = ctx.plan;
  const nom = texto(ctx, fila, p.meta) ?? texto(ctx, fila, p.indicador);
  const partes = nom !== null ? separarCodigo(nom) : { codigo: null, nombre: "" };
  const cod = texto(ctx, fila, p.codigo);
  const { tipo, texto: tipoTexto } = tipoDe(ctx, fila);
  const anios: Record<string, ValoresAnio> = {};
  for (const s of p.anios) anios[s.clave] = anio(ctx, fila, s, tipo);
  let observacion: string | null = null;
  for (const c of p.observaciones) if ((observacion = texto(ctx, fila, c)) !== null) break;
  const colNombre = p.meta ?? p.indicador ?? p.codigo ?? 0;
  return {
    id: `${ctx.archivo ?? ""}|${ctx.hoja.nombre}|${fila + 1}`,
    archivo: ctx.archivo,
    hoja: ctx.hoja.nombre,
    fila: fila + 1,
    codigo: cod ?? partes.codigo,
    nombre: partes.nombre || (cod ?? ""),
    unidad: texto(ctx, fila, p.unidad),
    dependencia,
    niveles: p.niveles.length > 0 ? niveles(ctx, fila) : NINGUNO,
    tipo,
    tipoTexto,
    lineaBase: dato(ctx, fila, p.lineaBase, true),
    metaCuatrienio: dato(ctx, fila, p.metaCuatrienio, true),
    ponderacion: dato(ctx, fila, p.ponderacion, true)?.valor ?? null,
    anios,
    acumuladoAnterior: dato(ctx, fila, p.acumuladoAnterior, false),
    reportados: p.reportados.length > 0 ? reportados(ctx, fila) : NINGUNO,
    presupuesto: p.presupuesto.size > 0 ? presupuesto(ctx, fila) : NINGUNO,
    observacion,
    celdaNombre: celda(ctx, fila, colNombre),
  };
}

/** The row names a meta: a name, an indicator name or a code (SPEC §3.4). */
export function tieneIdentidad(ctx: ContextoMeta, fila: number): boolean {
  return texto(ctx, fila, ctx.plan.meta) !== null || texto(ctx, fila, ctx.plan.indicador) !== null || texto(ctx, fila, ctx.plan.codigo) !== null;
}

/** SPEC §3.4: at least one numeric field holds a number or is blank (a number, when `exigirNumero`). */
export function tieneCampoNumerico(ctx: ContextoMeta, fila: number, exigirNumero = false): boolean {
  const celdas = ctx.hoja.valores[fila];
  for (const c of ctx.plan.numericas) {
    const v = celdas?.[c.columna] ?? null;
    if (typeof v === "number") return true;
    const estado = leerDato(v, "", ctx.cultura).estado;
    if (exigirNumero ? estado === "numero" : estado !== "invalido") return true;
  }
  return ctx.plan.numericas.length === 0;
}

/** Identity of a meta within its matrix (E-META-DUPLICADA): dependency, levels, code or name and indicator. */
export function claveMeta(ctx: ContextoMeta, fila: number, m: MetaLeida): string {
  let niveles = "";
  for (const n of m.niveles) niveles += `${n.codigo ?? n.nombre}/`;
  const identidad = m.codigo ?? `${m.nombre}|${texto(ctx, fila, ctx.plan.indicador) ?? ""}`;
  return `${m.dependencia}|${niveles}|${identidad}`;
}
