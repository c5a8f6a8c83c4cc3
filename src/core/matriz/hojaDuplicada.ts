/**
 * A-HOJA-DUPLICADA (issue 3): a sheet whose metas repeat another sheet's ("Copia de …"). The
 * copy — the sheet named "Copia de …" / "… (2)", else the later one — is reported, its metas
 * and row findings dropped so they are counted once.
 */
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { normalizar } from "../texto/normalizar";
import type { HojaLeida } from "./leerHoja";

function firma(h: HojaLeida): string {
  return h.metas
    .map((m) => normalizar(`${m.niveles.map((n) => n.codigo ?? n.nombre).join("/")}|${m.codigo ?? ""}|${m.nombre}`))
    .sort()
    .join("\n");
}

function pareceCopia(nombre: string): boolean {
  return /^COPIA DE\b|\(\d+\)$|\bCOPIA$/.test(normalizar(nombre));
}

export function marcarDuplicadas(hojas: HojaLeida[]): HojaLeida[] {
  // only sheets with as many metas as another one can repeat it: most workbooks pay nothing here
  const porCantidad = new Map<number, number>();
  for (const h of hojas) if (h.metas.length > 0) porCantidad.set(h.metas.length, (porCantidad.get(h.metas.length) ?? 0) + 1);
  const porFirma = new Map<string, number[]>();
  hojas.forEach((h, i) => {
    if (!h.hoja.reconocida || h.metas.length === 0 || (porCantidad.get(h.metas.length) ?? 0) < 2) return;
    const f = firma(h);
    porFirma.set(f, [...(porFirma.get(f) ?? []), i]);
  });
  const out = [...hojas];
  for (const indices of porFirma.values()) {
    if (indices.length < 2) continue;
    const original = indices.find((i) => !pareceCopia(hojas[i]?.hoja.hoja ?? "")) ?? indices[0];
    const nombreOriginal = original !== undefined ? (hojas[original]?.hoja.hoja ?? "") : "";
    for (const i of indices) {
      const h = hojas[i];
      if (i === original || !h) continue;
      const hallazgo: Hallazgo = crearHallazgo("A-HOJA-DUPLICADA", h.hoja.hoja, h.metas[0]?.celdaNombre ?? "A1", null, { original: nombreOriginal });
      out[i] = { hoja: { ...h.hoja, metas: 0, duplicadaDe: nombreOriginal }, metas: [], hallazgos: [hallazgo] };
    }
  }
  return out;
}
