/**
 * Compares a case's expectation with the actual output and lists every difference in the corpus
 * notation. Numbers within 1e-9 are equal. An absent or empty expectation is itself a difference,
 * so such a case can never pass.
 */
import type { Esperado } from "./caso";
import type { SalidaReal } from "./notacion";

const TOLERANCIA = 1e-9;

function igual(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= TOLERANCIA;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => k in rb && igual(ra[k], rb[k]));
}

const texto = (x: unknown): string => JSON.stringify(x) ?? "undefined";

/** Differences of two records key by key: missing, extra and different entries. */
function diferenciasRegistro(que: string, esperado: Readonly<Record<string, unknown>>, real: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(esperado)) {
    if (!(k in real)) out.push(`${que}[${k}]: se esperaba ${texto(v)}, falta`);
    else if (!igual(v, real[k])) out.push(`${que}[${k}]: se esperaba ${texto(v)}, real ${texto(real[k])}`);
  }
  for (const [k, v] of Object.entries(real)) if (!(k in esperado)) out.push(`${que}[${k}]: no se esperaba, real ${texto(v)}`);
  return out;
}

/** "CODIGO", "CODIGO@Hoja" or "CODIGO@Hoja!C4" against "CODIGO@Hoja!C4". */
function coincide(patron: string, hallazgo: string): boolean {
  if (!patron.includes("@")) return hallazgo.startsWith(`${patron}@`);
  return patron.includes("!") ? hallazgo === patron : hallazgo.startsWith(`${patron}!`);
}

function diferenciasHojas(esperado: NonNullable<Esperado["hojas"]>, real: SalidaReal["hojas"]): string[] {
  const out: string[] = [];
  for (const [nombre, e] of Object.entries(esperado)) {
    const r = real[nombre];
    if (!r) {
      out.push(`hoja «${nombre}»: falta en el resultado`);
      continue;
    }
    const que = `hoja «${nombre}»`;
    if (e.reconocida !== r.reconocida) out.push(`${que}.reconocida: se esperaba ${e.reconocida}, real ${r.reconocida}`);
    if (e.filaEncabezado !== r.filaEncabezado) out.push(`${que}.filaEncabezado: se esperaba ${texto(e.filaEncabezado)}, real ${texto(r.filaEncabezado)}`);
    out.push(...diferenciasRegistro(`${que}.columnas`, e.columnas, r.columnas));
    for (const clave of ["fuenteDependencia", "lecturaTrimestral", "vigenciaHoja"] as const) {
      if (e[clave] !== undefined && e[clave] !== r[clave]) out.push(`${que}.${clave}: se esperaba ${texto(e[clave])}, real ${texto(r[clave])}`);
    }
  }
  for (const nombre of Object.keys(real)) if (!(nombre in esperado)) out.push(`hoja «${nombre}»: no se esperaba`);
  return out;
}

function diferenciasHallazgos(esperado: NonNullable<Esperado["hallazgos"]>, real: SalidaReal): string[] {
  const out: string[] = [];
  for (const p of esperado.presentes ?? []) if (!real.hallazgos.some((h) => coincide(p, h))) out.push(`hallazgo ${p}: se esperaba, no aparece`);
  for (const p of esperado.ausentes ?? []) {
    const vistos = real.hallazgos.filter((h) => coincide(p, h));
    if (vistos.length > 0) out.push(`hallazgo ${p}: no debía aparecer, aparece en ${vistos.join(", ")}`);
  }
  if (esperado.sinErrores === true) {
    const errores = real.hallazgos.filter((h) => h.startsWith("E-"));
    if (errores.length > 0) out.push(`se esperaba ningún error, aparecen ${errores.join(", ")}`);
  }
  return out;
}

/**
 * @example diferencias(undefined, real) // ["el caso no tiene esperado (hojas y metas son obligatorios)"]
 */
export function diferencias(esperado: Esperado | undefined, real: SalidaReal): string[] {
  if (!esperado || esperado.hojas === undefined || esperado.metas === undefined) {
    return ["el caso no tiene esperado (hojas y metas son obligatorios)"];
  }
  const out = diferenciasHojas(esperado.hojas, real.hojas);
  if (esperado.vigencia !== undefined && esperado.vigencia !== real.vigencia) out.push(`vigencia: se esperaba ${esperado.vigencia}, real ${real.vigencia}`);
  if (esperado.metas !== real.metas) out.push(`metas: se esperaban ${esperado.metas}, real ${real.metas}`);
  for (const clave of ["pctVigencia", "pctCuatrienio", "tipos", "codigos", "origen", "grupoDeMeta", "dependencias"] as const) {
    const e = esperado[clave];
    if (e !== undefined) out.push(...diferenciasRegistro(clave, e, real[clave]));
  }
  if (esperado.niveles !== undefined && !igual([...esperado.niveles].sort(), [...real.niveles].sort())) {
    out.push(`niveles: se esperaba ${texto([...esperado.niveles].sort())}, real ${texto([...real.niveles].sort())}`);
  }
  if (esperado.planPctVigencia !== undefined && !igual(esperado.planPctVigencia, real.planPctVigencia)) {
    out.push(`planPctVigencia: se esperaba ${texto(esperado.planPctVigencia)}, real ${texto(real.planPctVigencia)}`);
  }
  if (esperado.hallazgos) out.push(...diferenciasHallazgos(esperado.hallazgos, real));
  return out;
}
