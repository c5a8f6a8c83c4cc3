/**
 * Each meta counted once per vigencia when the workbook holds several views of one plan (SPEC
 * §3.5): from the view specific to that vigencia (its name or title names the year), else the only
 * view holding that year's ejecutado, else the whole-plan view. The other views stay among the
 * sources (their HojaReconocida) but add no metas and no findings.
 */
import type { HojaReconocida, Lectura, MetaLeida } from "./tipos";

function clave(archivo: string | null, hoja: string): string {
  return `${archivo ?? ""}\u0000${hoja}`;
}

function reportaEn(metas: readonly MetaLeida[], anio: number): boolean {
  return metas.some((m) => m.anios.some((v) => v.anio === anio && v.ejecutado.valor !== null && v.ejecutado.valor !== 0));
}

function elegida(grupo: readonly HojaReconocida[], porHoja: ReadonlyMap<string, MetaLeida[]>, vigencia: number): HojaReconocida | undefined {
  const especifica = grupo.find((h) => h.vigenciaHoja === vigencia);
  if (especifica) return especifica;
  const conDatos = grupo.filter((h) => reportaEn(porHoja.get(clave(h.archivo, h.hoja)) ?? [], vigencia));
  if (conDatos.length === 1) return conDatos[0];
  return grupo.find((h) => h.vigenciaHoja === null || h.vigenciaHoja === undefined) ?? grupo[0];
}

/**
 * The Lectura to consolidate for `vigencia`: views not chosen lose their metas and findings.
 * @example elegirVistas(leerLibro(libro), 2025).metas // only the METAS 2025 sheet's
 */
export function elegirVistas(lectura: Lectura, vigencia: number): Lectura {
  const conVistas = lectura.hojas.filter((h) => (h.vistaDe?.length ?? 0) > 0);
  if (conVistas.length === 0) return lectura;
  const porHoja = new Map<string, MetaLeida[]>();
  for (const m of lectura.metas) {
    const k = clave(m.archivo, m.hoja);
    const l = porHoja.get(k);
    if (l) l.push(m);
    else porHoja.set(k, [m]);
  }
  const fuera = new Set<string>();
  const tomadaDe = new Map<string, string>();
  const vistos = new Set<string>();
  for (const h of conVistas) {
    if (vistos.has(clave(h.archivo, h.hoja))) continue;
    const grupo = conVistas.filter((o) => o === h || (o.archivo === h.archivo && (h.vistaDe ?? []).includes(o.hoja)));
    for (const o of grupo) vistos.add(clave(o.archivo, o.hoja));
    const la = elegida(grupo, porHoja, vigencia);
    for (const o of grupo) {
      if (o === la) continue;
      fuera.add(clave(o.archivo, o.hoja));
      tomadaDe.set(clave(o.archivo, o.hoja), la?.hoja ?? "");
    }
  }
  if (fuera.size === 0) return lectura;
  return {
    ...lectura,
    hojas: lectura.hojas.map((h) => {
      const otra = tomadaDe.get(clave(h.archivo, h.hoja));
      return otra === undefined ? h : { ...h, metas: 0, dudas: [], vigenciaTomadaDe: otra };
    }),
    metas: lectura.metas.filter((m) => !fuera.has(clave(m.archivo, m.hoja))),
    hallazgos: lectura.hallazgos.filter((x) => x.hoja === null || !lectura.hojas.some((h) => h.hoja === x.hoja && fuera.has(clave(h.archivo, h.hoja)))),
  };
}
