/**
 * The corpus notation, defined once: what the engine produced, written in the shape of an
 * Esperado (caso.ts) so that a failing case prints the actual output next to the expected one.
 */
import type { Consolidacion } from "../../../../src/core/calculo/tipos";
import type { ColumnaReconocida, HojaReconocida } from "../../../../src/core/matriz/tipos";
import { resumenJson } from "../../../../src/core/resumenJson";
import type { Esperado, HojaEsperada } from "./caso";

/** Variants the notation spells out; "anual" and "trimestre" follow from the year and the quarter. */
const VARIANTES_ESCRITAS = new Set(["total", "corte"]);

/**
 * @example notacionColumna({ campo: "ejecutado", anio: 2024, trimestre: 3, variante: "trimestre", nivel: null, … }) // "ejecutado 2024 T3"
 */
export function notacionColumna(c: Pick<ColumnaReconocida, "campo" | "nivel" | "anio" | "trimestre" | "variante">): string {
  const partes: string[] = [c.campo];
  if (c.nivel !== null) partes.push(c.nivel);
  if (c.anio !== null) partes.push(String(c.anio));
  if (c.trimestre !== null) partes.push(`T${c.trimestre}`);
  if (c.variante !== null && VARIANTES_ESCRITAS.has(c.variante)) partes.push(c.variante);
  return partes.join(" ");
}

function hojaReal(h: HojaReconocida): HojaEsperada {
  return {
    reconocida: h.reconocida,
    filaEncabezado: h.filaEncabezado,
    columnas: Object.fromEntries(h.columnas.map((c) => [c.letra, notacionColumna(c)])),
    fuenteDependencia: h.fuenteDependencia,
    ...(h.lecturaTrimestral ? { lecturaTrimestral: h.lecturaTrimestral.lectura } : {}),
    ...(h.vigenciaHoja !== undefined ? { vigenciaHoja: h.vigenciaHoja } : {}),
  };
}

/** A record keyed by meta name; a name seen twice gets " (#2)", so a meta counted twice shows up. */
function porNombre<T>(nombres: readonly string[], valores: readonly T[]): Record<string, T> {
  const out: Record<string, T> = {};
  nombres.forEach((nombre, i) => {
    let clave = nombre;
    for (let n = 2; clave in out; n++) clave = `${nombre} (#${n})`;
    out[clave] = valores[i] as T;
  });
  return out;
}

/** The actual output with every key of an Esperado filled, plus the findings as "CODIGO@Hoja!Celda". */
export interface SalidaReal extends Required<Omit<Esperado, "hallazgos">> {
  readonly hallazgos: readonly string[];
}

export function salidaReal(c: Consolidacion): SalidaReal {
  const json = resumenJson(c);
  const nombres = c.metas.map((m) => m.meta.nombre);
  return {
    hojas: Object.fromEntries(c.hojas.map((h) => [h.hoja, hojaReal(h)])),
    vigencia: json.vigencia,
    metas: json.plan.metas,
    pctVigencia: porNombre(
      nombres,
      json.metas.map((m) => m.pct_vigencia_sin_tope),
    ),
    pctCuatrienio: porNombre(
      nombres,
      c.metas.map((m) => m.pctCuatrienio.bruto),
    ),
    tipos: porNombre(
      nombres,
      c.metas.map((m) => m.tipo),
    ),
    codigos: porNombre(
      nombres,
      c.metas.map((m) => m.meta.codigo),
    ),
    origen: porNombre(
      nombres,
      c.metas.map((m) => m.meta.hoja),
    ),
    grupoDeMeta: porNombre(
      nombres,
      json.metas.map((m) => m.grupo),
    ),
    dependencias: Object.fromEntries(json.grupos.filter((g) => g.nivel === "dependencia").map((g) => [g.nombre, g.metas])),
    niveles: c.grupos
      .filter((g) => g.nivel !== "plan" && g.nivel !== "dependencia")
      .map((g) => (g.codigo !== null ? `${g.nivel} [${g.codigo}] ${g.nombre}` : `${g.nivel} ${g.nombre}`)),
    planPctVigencia: json.plan.pct_vigencia,
    hallazgos: c.hallazgos.map((h) => `${h.codigo}@${h.hoja ?? ""}!${h.celda ?? ""}`),
  };
}
