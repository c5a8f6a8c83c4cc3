/**
 * One meta row read into a MetaLeida (SPEC §3.4, §4), collecting its findings. Runs once per row
 * of matrices with 50,000 metas: addresses are built from cached column letters, shared empty
 * quarter lists, no per-cell normalising.
 */
import { esValorError } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import { numeroDeTexto } from "../valores/numeroTexto";
import { leerAnio } from "./anioFila";
import { separarCodigo } from "./codigoNombre";
import { celda, celdaTexto, combinacion, dato, texto, type ContextoMeta } from "./lecturaCelda";
import { tipoDeTexto } from "./tipoAcumulacion";
import type { Dato, MetaLeida, NivelMeta, PresupuestoMeta, Reportado, TipoAcumulacion, ValoresAnio } from "./tipos";

/** Shared empty list; readonly, not frozen (see SIN_TRIMESTRES in anioFila.ts). */
const NINGUNO: readonly never[] = [];

/**
 * The list as kept on the meta: push grows a backing store to 17 slots, and 50,000 metas keep
 * three such lists each; a copy is sized exactly, and an empty one is shared.
 */
function exacta<T>(xs: T[]): readonly T[] {
  return xs.length === 0 ? NINGUNO : xs.slice();
}

function peso(d: Dato | null): number | null {
  if (d?.valor === null || d?.valor === undefined) return null;
  return d.valor > 1 ? d.valor / 100 : d.valor;
}

/**
 * A level cell left blank under a row that names the level (levels written as rows, SPEC §3.4)
 * takes the nearest text above it, unless a higher level changed in between (a new parent).
 */
function arriba(ctx: ContextoMeta, fila: number, col: number | null, superiores: readonly (number | null)[]): string | null {
  if (col === null) return null;
  for (let f = fila - 1; f > ctx.filaEncabezado; f--) {
    const t = texto(ctx, f, col);
    if (t !== null) return t;
    if (superiores.some((c) => texto(ctx, f, c) !== null)) return null;
  }
  return null;
}

function niveles(ctx: ContextoMeta, fila: number): readonly NivelMeta[] {
  const out: NivelMeta[] = [];
  const superiores: (number | null)[] = [];
  for (const n of ctx.plan.niveles) {
    let cod = texto(ctx, fila, n.codigo);
    let nom = texto(ctx, fila, n.nombre);
    if (cod === null && nom === null) {
      cod = arriba(ctx, fila, n.codigo, superiores);
      nom = arriba(ctx, fila, n.nombre, superiores);
    }
    superiores.push(n.codigo, n.nombre);
    if (cod === null && nom === null) continue;
    const partes = nom !== null ? separarCodigo(nom) : { codigo: null, nombre: "" };
    const codigo = cod ?? partes.codigo;
    out.push({ nivel: n.nivel, codigo, nombre: partes.nombre || (codigo ?? ""), peso: peso(dato(ctx, fila, n.peso, true)) });
  }
  return exacta(out);
}

function reportados(ctx: ContextoMeta, fila: number): readonly Reportado[] {
  const out: Reportado[] = [];
  for (const c of ctx.plan.reportados) {
    const v = ctx.hoja.valores[fila]?.[c.columna] ?? null;
    if (v === null || v === "") continue;
    // "49%" as text is already a fraction; a bare 49 in a column of points is 49 %
    const valor = typeof v === "number" ? (ctx.reportadoEnPuntos.has(c.columna) ? v / 100 : v) : typeof v === "string" ? numeroDeTexto(v, ctx.cultura) : null;
    out.push({ anio: c.anio, alcance: c.alcance ?? "vigencia", valor, celda: celda(ctx, fila, c.columna) });
  }
  return exacta(out);
}

/** The row's budget per year (SPEC §5.9): a meta's, or a budget sheet's row (tablaPresupuesto.ts). */
export function presupuestoDeFila(ctx: ContextoMeta, fila: number): readonly PresupuestoMeta[] {
  const out: PresupuestoMeta[] = [];
  for (const [anio, p] of ctx.plan.presupuesto) {
    const m = {
      anio,
      programado: dato(ctx, fila, p.programado, false),
      ejecutado: dato(ctx, fila, p.ejecutado, false),
      pagos: dato(ctx, fila, p.pagos, false),
    };
    if ((m.programado && m.programado.estado !== "vacio") || (m.ejecutado && m.ejecutado.estado !== "vacio") || (m.pagos && m.pagos.estado !== "vacio"))
      out.push(m);
  }
  return exacta(out);
}

function tipoDe(ctx: ContextoMeta, fila: number): { tipo: TipoAcumulacion; texto: string | null } {
  const col = ctx.plan.tipo;
  if (col === null) return { tipo: "SUMA", texto: null };
  // an Excel error in the tipo cell (#REF!) is said at its cell, and the meta read as SUMA
  const v = ctx.hoja.valores[fila]?.[col];
  const t = esValorError(v) ? v.error : texto(ctx, fila, col);
  if (t === null) return { tipo: "SUMA", texto: null };
  const tipo = tipoDeTexto(t);
  if (tipo === null) {
    ctx.hallazgos.push(crearHallazgo("A-TIPO-DESCONOCIDO", ctx.hoja.nombre, celdaTexto(ctx, fila, col), t));
    return { tipo: "SUMA", texto: t };
  }
  return { tipo: tipo === "vacio" ? "SUMA" : tipo, texto: t };
}

/** Reads row `fila` (0-based) as a meta of `dependencia`, under the levels written as rows above it. */
export function leerMeta(ctx: ContextoMeta, fila: number, dependencia: string, enFilas?: readonly NivelMeta[]): MetaLeida {
  const p = ctx.plan;
  const nom = texto(ctx, fila, p.meta) ?? texto(ctx, fila, p.indicador);
  const partes = nom !== null ? separarCodigo(nom) : { codigo: null, nombre: "" };
  const cod = texto(ctx, fila, p.codigo);
  const { tipo, texto: tipoTexto } = tipoDe(ctx, fila);
  const comb = combinacion(ctx, tipo);
  const anios: ValoresAnio[] = p.anios.map((s) => leerAnio(ctx, fila, s, comb));
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
    niveles: enFilas && enFilas.length > 0 ? [...enFilas, ...niveles(ctx, fila)] : p.niveles.length > 0 ? niveles(ctx, fila) : NINGUNO,
    tipo,
    tipoTexto,
    lineaBase: dato(ctx, fila, p.lineaBase, true),
    metaCuatrienio: dato(ctx, fila, p.metaCuatrienio, true),
    ponderacion: dato(ctx, fila, p.ponderacion, true)?.valor ?? null,
    anios,
    acumuladoAnterior: dato(ctx, fila, p.acumuladoAnterior, false),
    reportados: p.reportados.length > 0 ? reportados(ctx, fila) : NINGUNO,
    presupuesto: p.presupuesto.size > 0 ? presupuestoDeFila(ctx, fila) : NINGUNO,
    observacion,
    celdaNombre: celda(ctx, fila, colNombre),
    trimestresALaFecha: ctx.trimestresALaFecha,
    sinColumnaEjecutado: ctx.sinColumnaEjecutado,
  };
}
