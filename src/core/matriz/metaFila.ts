/** One meta row read into a MetaLeida (SPEC §3.4, §4), collecting its findings. */
import { valorEn, type Cultura, type Hoja, type Valor } from "../grid/libro";
import { direccion } from "../grid/direccion";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { leerDato, textoDeValor } from "../valores/leerDato";
import { numeroDeTexto } from "../valores/numeroTexto";
import { separarCodigo, textoCelda } from "./codigoNombre";
import { valorVertical, type IndiceCombinadas } from "./combinadas";
import type { ColumnasSerie, PlanLectura } from "./planLectura";
import { tipoDeTexto } from "./tipoAcumulacion";
import type { Dato, MetaLeida, NivelMeta, PresupuestoMeta, Reportado, TipoAcumulacion, ValoresAnio } from "./tipos";
import { resolverSerie, valoresDelAnio, type DatosSerie } from "./valoresAnio";

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
}

function texto(ctx: ContextoMeta, fila: number, col: number | null): { texto: string; celda: string } | null {
  if (col === null) return null;
  const { valor, fila: f } = valorVertical(ctx.hoja, ctx.idx, fila, col);
  const t = textoCelda(valor).trim();
  return t === "" ? null : { texto: t, celda: direccion(f, col) };
}

/** A numeric field; `llenar` reads merged areas down (levels, LB), values are read only where written. */
function dato(ctx: ContextoMeta, fila: number, col: number | null, llenar: boolean): Dato | null {
  if (col === null) return null;
  let v: Valor;
  let f = fila;
  if (llenar) ({ valor: v, fila: f } = valorVertical(ctx.hoja, ctx.idx, fila, col));
  else v = valorEn(ctx.hoja, fila, col);
  const celda = direccion(f, col);
  const d = leerDato(v, celda, ctx.cultura);
  if (d.estado === "invalido" && !ctx.celdasInvalidas.has(celda)) {
    ctx.celdasInvalidas.add(celda);
    ctx.hallazgos.push(crearHallazgo("E-NO-NUMERICO", ctx.hoja.nombre, celda, textoDeValor(v), { campo: ctx.describir.get(col) ?? "numérico" }));
  }
  return d;
}

function serie(ctx: ContextoMeta, fila: number, s: ColumnasSerie): DatosSerie {
  return {
    total: dato(ctx, fila, s.total, false),
    anual: dato(ctx, fila, s.anual, false),
    corte: dato(ctx, fila, s.corte, false),
    trimestres: s.trimestres.map((c) => dato(ctx, fila, c, false)),
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
    if (!cod && !nom) continue;
    const partes = nom ? separarCodigo(nom.texto) : { codigo: null, nombre: "" };
    const codigo = cod?.texto ?? partes.codigo;
    out.push({ nivel: n.nivel, codigo, nombre: partes.nombre || (codigo ?? ""), peso: peso(dato(ctx, fila, n.peso, true)) });
  }
  return out;
}

function reportados(ctx: ContextoMeta, fila: number): Reportado[] {
  const out: Reportado[] = [];
  for (const c of ctx.plan.reportados) {
    const v = valorEn(ctx.hoja, fila, c.columna);
    if (v === null || v === "") continue;
    const valor = typeof v === "number" ? v : typeof v === "string" ? numeroDeTexto(v, ctx.cultura) : null;
    out.push({ anio: c.anio, alcance: c.alcance ?? "vigencia", valor, celda: direccion(fila, c.columna) });
  }
  return out;
}

function presupuesto(ctx: ContextoMeta, fila: number): PresupuestoMeta[] {
  const out: PresupuestoMeta[] = [];
  for (const [anio, p] of ctx.plan.presupuesto) {
    const m = { anio, programado: dato(ctx, fila, p.programado, false), ejecutado: dato(ctx, fila, p.ejecutado, false), pagos: dato(ctx, fila, p.pagos, false) };
    if ([m.programado, m.ejecutado, m.pagos].some((d) => d && d.estado !== "vacio")) out.push(m);
  }
  return out;
}

function tipoDe(ctx: ContextoMeta, fila: number): { tipo: TipoAcumulacion; texto: string | null } {
  const t = texto(ctx, fila, ctx.plan.tipo);
  if (!t) return { tipo: "SUMA", texto: null };
  const tipo = tipoDeTexto(t.texto);
  if (tipo === null) {
    ctx.hallazgos.push(crearHallazgo("A-TIPO-DESCONOCIDO", ctx.hoja.nombre, t.celda, t.texto));
    return { tipo: "SUMA", texto: t.texto };
  }
  return { tipo: tipo === "vacio" ? "SUMA" : tipo, texto: t.texto };
}

/** Reads row `fila` (0-based) as a meta of `dependencia`. */
export function leerMeta(ctx: ContextoMeta, fila: number, dependencia: string): MetaLeida {
  const p = ctx.plan;
  const nom = texto(ctx, fila, p.meta) ?? texto(ctx, fila, p.indicador);
  const partes = nom ? separarCodigo(nom.texto) : { codigo: null, nombre: "" };
  const cod = texto(ctx, fila, p.codigo);
  const { tipo, texto: tipoTexto } = tipoDe(ctx, fila);
  const anios: Record<string, ValoresAnio> = {};
  for (const [anio, s] of p.anios) {
    const prog = serie(ctx, fila, s.programado);
    const ejec = serie(ctx, fila, s.ejecutado);
    const rp = resolverSerie(prog, tipo);
    const re = resolverSerie(ejec, tipo);
    for (const inc of [rp.inconsistencia, re.inconsistencia]) {
      if (inc) ctx.hallazgos.push(crearHallazgo("A-TOTAL-INCONSISTENTE", ctx.hoja.nombre, inc.total.celda, inc.total.valor, { anio, total: inc.total.valor, trimestres: inc.trimestres }));
    }
    anios[String(anio)] = valoresDelAnio(rp, re, prog, ejec);
  }
  const obs = p.observaciones.map((c) => texto(ctx, fila, c)).find((t) => t !== null);
  const colNombre = p.meta ?? p.indicador ?? p.codigo ?? 0;
  return {
    id: `${ctx.archivo ?? ""}|${ctx.hoja.nombre}|${fila + 1}`,
    archivo: ctx.archivo,
    hoja: ctx.hoja.nombre,
    fila: fila + 1,
    codigo: cod?.texto ?? partes.codigo,
    nombre: partes.nombre || (cod?.texto ?? ""),
    unidad: texto(ctx, fila, p.unidad)?.texto ?? null,
    dependencia,
    niveles: niveles(ctx, fila),
    tipo,
    tipoTexto,
    lineaBase: dato(ctx, fila, p.lineaBase, true),
    metaCuatrienio: dato(ctx, fila, p.metaCuatrienio, true),
    ponderacion: dato(ctx, fila, p.ponderacion, true)?.valor ?? null,
    anios,
    acumuladoAnterior: dato(ctx, fila, p.acumuladoAnterior, false),
    reportados: reportados(ctx, fila),
    presupuesto: presupuesto(ctx, fila),
    observacion: obs?.texto ?? null,
    celdaNombre: direccion(fila, colNombre),
  };
}

/** Name of the row's meta and its code column text, to decide whether the row is a meta at all. */
export function tieneIdentidad(ctx: ContextoMeta, fila: number): boolean {
  return texto(ctx, fila, ctx.plan.meta) !== null || texto(ctx, fila, ctx.plan.indicador) !== null || texto(ctx, fila, ctx.plan.codigo) !== null;
}

/** SPEC §3.4: at least one numeric field holds a number or is blank. */
export function tieneCampoNumerico(ctx: ContextoMeta, fila: number): boolean {
  for (const c of ctx.plan.numericas) {
    const v = valorEn(ctx.hoja, fila, c.columna);
    if (leerDato(v, "", ctx.cultura).estado !== "invalido") return true;
  }
  return ctx.plan.numericas.length === 0;
}

/** Identity of a meta within its matrix (E-META-DUPLICADA): dependency, levels, code or name and indicator. */
export function claveMeta(ctx: ContextoMeta, fila: number, m: MetaLeida): string {
  const niveles = m.niveles.map((n) => n.codigo ?? n.nombre).join("/");
  const identidad = m.codigo ?? `${m.nombre}|${texto(ctx, fila, ctx.plan.indicador)?.texto ?? ""}`;
  return normalizarClave(`${m.dependencia}|${niveles}|${identidad}`);
}

function normalizarClave(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim().toUpperCase();
}
