/**
 * Several matrices of one plan (SPEC §3.5). A sheet whose metas repeat another sheet's metas (same
 * dependency and code or name) is either a copy — the same values, or a "Copia de …" of the same
 * vigencia — reported as A-HOJA-DUPLICADA and read once, or a view of the same plan with other
 * years or values ("METAS 2024" / "METAS 2025", a year sheet beside the whole plan). Views keep
 * their metas; `vistaDe` names the other views, and consolidation takes each meta once per
 * vigencia from the view specific to it (elegirVistas).
 */
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { normalizar } from "../texto/normalizar";
import type { HojaLeida } from "./leerHoja";
import type { MetaLeida } from "./tipos";

/** Shares of metas two sheets must have in common to be the same plan. */
const SOLAPE = 0.6;

/** A meta's identity across sheets: by its code when it has one, and by its name (views may name metas differently). */
function identidad(m: MetaLeida): string {
  return normalizar(`${m.dependencia}|${m.codigo ?? ""}|${m.nombre}`);
}

function porCodigo(m: MetaLeida): string | null {
  return m.codigo === null ? null : normalizar(`${m.dependencia}|${m.codigo}`);
}

function porNombre(m: MetaLeida): string {
  return normalizar(`${m.dependencia}|${m.nombre}`);
}

function valores(m: MetaLeida): string {
  return m.anios.map((a) => `${a.anio}:${a.programado.valor}:${a.ejecutado.valor}`).join(";");
}

function pareceCopia(nombre: string): boolean {
  return /^COPIA DE\b|\(\d+\)$|\bCOPIA$/.test(normalizar(nombre));
}

interface Perfil {
  readonly identidades: ReadonlySet<string>;
  readonly codigos: ReadonlySet<string>;
  readonly nombres: ReadonlySet<string>;
  readonly firma: string;
}

function perfil(h: HojaLeida): Perfil {
  const ids = h.metas.map(identidad);
  const firma = h.metas
    .map((m, i) => `${ids[i] ?? ""}=${valores(m)}`)
    .sort()
    .join("\n");
  const codigos = new Set(h.metas.map(porCodigo).filter((c): c is string => c !== null));
  return { identidades: new Set(ids), codigos, nombres: new Set(h.metas.map(porNombre)), firma };
}

/** Do two sheets hold mostly the same metas, by code or by name? */
function solapan(a: Perfil, b: Perfil): boolean {
  const parte = (x: ReadonlySet<string>, y: ReadonlySet<string>): boolean => {
    const n = comunes(x, y);
    return n > 0 && n >= SOLAPE * Math.min(x.size, y.size);
  };
  return parte(a.codigos, b.codigos) || parte(a.nombres, b.nombres);
}

function comunes(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n;
}

/** Copy or view, or unrelated. */
function relacion(a: HojaLeida, pa: Perfil, b: HojaLeida, pb: Perfil): "copia" | "vista" | null {
  if (!solapan(pa, pb)) return null;
  const n = comunes(pa.identidades, pb.identidades);
  const mismas = n === pa.identidades.size && n === pb.identidades.size;
  if (mismas && pa.firma === pb.firma) return "copia";
  const mismaVigencia = (a.hoja.vigenciaHoja ?? null) === (b.hoja.vigenciaHoja ?? null);
  if (mismas && mismaVigencia && (pareceCopia(a.hoja.hoja) || pareceCopia(b.hoja.hoja))) return "copia";
  return "vista";
}

export function marcarDuplicadas(hojas: HojaLeida[]): HojaLeida[] {
  const out = [...hojas];
  const candidatas = hojas.map((h, i) => ({ h, i })).filter(({ h }) => h.hoja.reconocida && h.metas.length > 0);
  if (candidatas.length < 2) return out;
  const perfiles = new Map(candidatas.map(({ h, i }) => [i, perfil(h)]));
  const vistas = new Map<number, Set<number>>();
  const copiaDe = new Map<number, number>();
  for (let x = 0; x < candidatas.length; x++) {
    for (let y = x + 1; y < candidatas.length; y++) {
      const a = candidatas[x];
      const b = candidatas[y];
      if (!a || !b || copiaDe.has(a.i) || copiaDe.has(b.i)) continue;
      const r = relacion(a.h, perfiles.get(a.i) as Perfil, b.h, perfiles.get(b.i) as Perfil);
      if (r === "copia") {
        // the sheet named "Copia de …" / "… (2)" is the copy, else the later one
        const [original, copia] = pareceCopia(a.h.hoja.hoja) && !pareceCopia(b.h.hoja.hoja) ? [b, a] : [a, b];
        copiaDe.set(copia.i, original.i);
      } else if (r === "vista") {
        (vistas.get(a.i) ?? vistas.set(a.i, new Set()).get(a.i))?.add(b.i);
        (vistas.get(b.i) ?? vistas.set(b.i, new Set()).get(b.i))?.add(a.i);
      }
    }
  }
  for (const [i, o] of copiaDe) {
    const h = hojas[i];
    const nombreOriginal = hojas[o]?.hoja.hoja ?? "";
    if (!h) continue;
    const hallazgo: Hallazgo = crearHallazgo("A-HOJA-DUPLICADA", h.hoja.hoja, h.metas[0]?.celdaNombre ?? "A1", null, { original: nombreOriginal });
    out[i] = { hoja: { ...h.hoja, metas: 0, duplicadaDe: nombreOriginal }, metas: [], hallazgos: [hallazgo] };
  }
  for (const [i, otras] of vistas) {
    const h = out[i];
    if (!h || copiaDe.has(i)) continue;
    const nombres = [...otras].filter((o) => !copiaDe.has(o)).map((o) => hojas[o]?.hoja.hoja ?? "");
    if (nombres.length > 0) out[i] = { ...h, hoja: { ...h.hoja, vistaDe: nombres } };
  }
  return out;
}
