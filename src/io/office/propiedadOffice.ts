/**
 * The ownership record inside Excel (SPEC §6): the core's Propiedad (name → clave) plus the
 * `Worksheet.id` of each owned sheet, so ownership follows the sheet and not its name. A user
 * who deletes "Resumen" and renames their own sheet to "Resumen" keeps it: its id is not ours.
 * Ids are stable across renames within a session but a reopened file may renumber them
 * (office-js-docs#297, office-js#1390): when none of the recorded ids exists any more, the
 * record's names are trusted, as before ids were recorded (docs/verificacion-excel.md).
 * The shape stays a Propiedad (extra `ids` field) so the .xlsx reader still understands it.
 */
import type { ClaveHoja, Propiedad } from "../../core/reporte/plan";
import { leerPropiedad } from "../../core/reporte/propiedad";

/** Sheets a run created and has not yet removed (temporaries, backups): confirmed leftovers if a run dies. */
export const CLAVE_AJUSTE_TEMPORALES = "seguimiento.temporales";

export interface RegistroOffice extends Propiedad {
  /** sheet name → Worksheet.id, for the same names as `hojas`. */
  readonly ids?: Readonly<Record<string, string>>;
}

export interface HojaVista {
  readonly name: string;
  readonly id: string;
}

/** The record as stored (JSON text or object), or null when absent or damaged (the core's leerPropiedad decides). */
export function leerRegistro(valor: unknown): RegistroOffice | null {
  const lectura = leerPropiedad(valor);
  if (!lectura.ok) return null;
  const crudo: unknown = typeof valor === "string" ? JSON.parse(valor) : valor;
  const ids: unknown = typeof crudo === "object" && crudo !== null && "ids" in crudo ? crudo.ids : undefined;
  const idsValidos = typeof ids === "object" && ids !== null && !Array.isArray(ids) && Object.values(ids).every((c) => typeof c === "string");
  return { ...lectura.valor, ...(idsValidos ? { ids: { ...(ids as Record<string, string>) } } : {}) };
}

/** The sheets of `hojas` the record proves are owned, with the record rewritten under their current names. */
export function resolverPropias(registro: RegistroOffice | null, hojas: readonly HojaVista[]): { propias: HojaVista[]; propiedad: Propiedad | null } {
  if (!registro) return { propias: [], propiedad: null };
  const porId = new Map(hojas.map((h) => [h.id, h]));
  const porNombre = new Map(hojas.map((h) => [h.name.toLowerCase(), h]));
  const ids = registro.ids ?? {};
  const algunIdVive = Object.values(ids).some((id) => porId.has(id));
  const propias: HojaVista[] = [];
  const actual: Record<string, ClaveHoja> = {};
  for (const [nombre, clave] of Object.entries(registro.hojas)) {
    const id = ids[nombre];
    // By id when the session still knows our ids; by name only for records without ids or after a reopen.
    const hoja = id !== undefined && algunIdVive ? porId.get(id) : porNombre.get(nombre.toLowerCase());
    if (!hoja || propias.includes(hoja)) continue;
    propias.push(hoja);
    actual[hoja.name] = clave;
  }
  return { propias, propiedad: { hojas: actual } };
}

/** Names listed under CLAVE_AJUSTE_TEMPORALES. */
export function leerTemporales(valor: unknown): string[] {
  try {
    const v: unknown = typeof valor === "string" ? JSON.parse(valor) : valor;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** A leftover is only a sheet we listed and that still has one of our generated names. */
export function esResto(nombre: string, temporales: readonly string[]): boolean {
  return /^Seg(Tmp|Res)\d+$/.test(nombre) && temporales.some((t) => t.toLowerCase() === nombre.toLowerCase());
}
