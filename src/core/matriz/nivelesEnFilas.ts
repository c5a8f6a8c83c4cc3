/**
 * Levels written as rows told apart by a type or class column (SPEC §3.4): one letter or word per
 * row (E eje, P programa, M meta; "Eje", "Programa", "Producto"). A row whose class names a level
 * is that level, never a meta; every following meta belongs to it until the next row of that
 * level, and a new row of a level closes the levels below it.
 */
import { normalizar } from "../texto/normalizar";
import { separarCodigo } from "./codigoNombre";
import { texto, type ContextoMeta } from "./lecturaCelda";
import { nivelEn } from "./sinonimos";
import type { NivelMeta } from "./tipos";

/** Initials of the levels of SPEC §2 as plans abbreviate them in a class column. */
const INICIALES: Readonly<Record<string, string>> = {
  E: "eje",
  L: "línea",
  P: "programa",
  S: "subprograma",
  C: "componente",
  O: "objetivo",
  D: "dimensión",
  R: "meta de resultado",
};
/** Classes that mark the meta itself. */
const META = /^(M|MP|META|META DE PRODUCTO|PRODUCTO|ACTIVIDAD|INDICADOR|INDICADOR DE PRODUCTO)$/;

/** The level a class value names, or null for a meta (or an unknown class, read as a meta). */
export function nivelDeClase(valor: string): string | null {
  const n = normalizar(valor).replace(/\.$/, "");
  if (n === "" || META.test(n)) return null;
  return nivelEn(n) ?? INICIALES[n] ?? null;
}

export class RutaDeClases {
  private readonly ruta: NivelMeta[] = [];
  private readonly orden: string[] = [];

  constructor(
    private readonly ctx: ContextoMeta,
    private readonly columna: number,
  ) {}

  /** True (and the level remembered) when row `fila` is a level row. */
  esNivel(fila: number): boolean {
    const valor = texto(this.ctx, fila, this.columna);
    const nivel = valor === null ? null : nivelDeClase(valor);
    if (nivel === null) return false;
    const p = this.ctx.plan;
    const escrito = texto(this.ctx, fila, p.meta) ?? texto(this.ctx, fila, p.indicador) ?? "";
    const partes = separarCodigo(escrito);
    const codigo = texto(this.ctx, fila, p.codigo) ?? partes.codigo;
    if (!this.orden.includes(nivel)) this.orden.push(nivel);
    const rango = this.orden.indexOf(nivel);
    // a new row of a level closes it and every level below it
    const i = this.ruta.findIndex((n) => this.orden.indexOf(n.nivel) >= rango);
    if (i >= 0) this.ruta.length = i;
    this.ruta.push({ nivel, codigo, nombre: partes.nombre || (codigo ?? ""), peso: null });
    return true;
  }

  /** The levels above the current row, top-down (a copy: the path moves on). */
  actual(): readonly NivelMeta[] {
    return this.ruta.slice();
  }
}
