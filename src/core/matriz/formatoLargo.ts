/**
 * Long layouts (SPEC §3.2): one row per meta and year (a column holds the year: AÑO, VIGENCIA,
 * "Año meta") or per meta, year and quarter. Programado/ejecutado columns without a year in their
 * header are the row's year (and quarter); rows of the same meta (same dependency and code or
 * name) are gathered into one meta with its years. A sheet with one row per meta and a year
 * column (Medellín's MISE: "Meta del indicador" with "Año meta") is the same rule with one row.
 */
import type { Valor } from "../grid/libro";
import { crearHallazgo } from "../hallazgos/crear";
import { leerAnio } from "./anioFila";
import { combinacion, dato, texto, type ContextoMeta } from "./lecturaCelda";
import { leerMeta } from "./metaFila";
import type { ColumnasSerie, PlanLectura } from "./planLectura";
import type { Dato, MetaLeida, NivelMeta, Trimestre, ValoresAnio } from "./tipos";
import { resolverValores } from "./precedenciaAnio";

export interface FilaMeta {
  readonly fila: number;
  readonly dependencia: string;
  /** Levels written as rows above this meta (SPEC §3.4), top-down. */
  readonly niveles?: readonly NivelMeta[];
}

const TRIMESTRES: Readonly<Record<string, Trimestre>> = {
  I: 1,
  II: 2,
  III: 3,
  IV: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  PRIMER: 1,
  SEGUNDO: 2,
  TERCER: 3,
  CUARTO: 4,
};

/** The year a long layout's vigencia cell names (2025, "2025", "Vigencia 2025"), or null. */
export function anioDeCelda(v: Valor | undefined): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 1990 && v <= 2040 ? v : null;
  const m = typeof v === "string" ? /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(v) : null;
  return m?.[1] ? Number(m[1]) : null;
}

function trimestreDeFila(ctx: ContextoMeta, fila: number, col: number): Trimestre | null {
  const t = texto(ctx, fila, col);
  if (t === null) return null;
  const m = /(?:^|\bT\s?\.?\s?|TRIMESTRE\s+)(IV|III|II|I|[1-4])\b|^(PRIMER|SEGUNDO|TERCER|CUARTO)\b/i.exec(t.trim().toUpperCase());
  const k = m?.[1] ?? m?.[2];
  return k ? (TRIMESTRES[k] ?? null) : null;
}

/** The year's columns: those named with the year, completed by the columns without a year. */
function serieDelAnio(plan: PlanLectura, anio: number): PlanLectura["anios"][number] {
  const ancha = plan.anios.find((a) => a.anio === anio);
  const sin = plan.sinAnio;
  const unir = (a: ColumnasSerie | undefined, b: ColumnasSerie | undefined): ColumnasSerie => ({
    total: a?.total ?? b?.total ?? null,
    anual: a?.anual ?? b?.anual ?? null,
    corte: a?.corte ?? b?.corte ?? null,
    trimestres: [0, 1, 2, 3].map((i) => a?.trimestres[i] ?? b?.trimestres[i] ?? null),
  });
  return {
    anio,
    programado: unir(ancha?.programado, sin?.programado),
    ejecutado: unir(ancha?.ejecutado, sin?.ejecutado),
    verificarTotales: ancha?.verificarTotales ?? false,
  };
}

function clave(ctx: ContextoMeta, f: FilaMeta): string {
  const p = ctx.plan;
  const niveles = p.niveles.map((n) => `${texto(ctx, f.fila, n.codigo) ?? ""}/${texto(ctx, f.fila, n.nombre) ?? ""}`).join("|");
  return `${f.dependencia}\u0000${niveles}\u0000${texto(ctx, f.fila, p.codigo) ?? ""}\u0000${texto(ctx, f.fila, p.meta) ?? texto(ctx, f.fila, p.indicador) ?? ""}`;
}

/** One quarter per row: the year's value from its quarters' rows (SPEC §4, §5.1). */
function anioPorTrimestres(ctx: ContextoMeta, anio: number, filas: readonly { fila: number; trimestre: Trimestre }[], comb: MetaLeida["tipo"]): ValoresAnio {
  const sin = ctx.plan.sinAnio;
  const col = (s: ColumnasSerie | undefined): number | null => s?.anual ?? s?.total ?? s?.corte ?? null;
  const pTri: (Dato | null)[] = [null, null, null, null];
  const eTri: (Dato | null)[] = [null, null, null, null];
  for (const { fila, trimestre } of filas) {
    pTri[trimestre - 1] = dato(ctx, fila, col(sin?.programado), false);
    eTri[trimestre - 1] = dato(ctx, fila, col(sin?.ejecutado), false);
  }
  return {
    anio,
    programado: resolverValores(null, null, null, pTri, comb),
    ejecutado: resolverValores(null, null, null, eTri, comb),
    metaAnio: null,
    programadoTrimestres: pTri,
    ejecutadoTrimestres: eTri,
    programadoCorte: null,
    ejecutadoCorte: null,
  };
}

/**
 * The metas of a long layout, in the order of their first row.
 * @example leerMetasLargas(ctx, [{ fila: 3, dependencia: "Salud" }, { fila: 4, dependencia: "Salud" }]) // one meta, two years
 */
export function leerMetasLargas(ctx: ContextoMeta, filas: readonly FilaMeta[]): MetaLeida[] {
  const p = ctx.plan;
  const colAnio = p.vigenciaFila;
  if (colAnio === null) return [];
  const grupos = new Map<string, FilaMeta[]>();
  for (const f of filas) {
    const k = clave(ctx, f);
    const g = grupos.get(k);
    if (g) g.push(f);
    else grupos.set(k, [f]);
  }
  const metas: MetaLeida[] = [];
  for (const g of grupos.values()) {
    const primera = g[0];
    if (!primera) continue;
    const base = leerMeta(ctx, primera.fila, primera.dependencia, primera.niveles);
    const comb = combinacion(ctx, base.tipo);
    const porAnio = new Map<number, FilaMeta[]>();
    for (const f of g) {
      const anio = anioDeCelda(ctx.hoja.valores[f.fila]?.[colAnio]);
      if (anio === null) continue;
      porAnio.set(anio, [...(porAnio.get(anio) ?? []), f]);
    }
    const anios = new Map<number, ValoresAnio>(base.anios.map((v) => [v.anio, v]));
    for (const [anio, fs] of porAnio) {
      const conTrimestre =
        p.periodoFila === null
          ? []
          : fs.flatMap((f) => {
              const t = trimestreDeFila(ctx, f.fila, p.periodoFila ?? 0);
              return t === null ? [] : [{ fila: f.fila, trimestre: t }];
            });
      if (conTrimestre.length > 0) anios.set(anio, anioPorTrimestres(ctx, anio, conTrimestre, comb));
      else {
        const f = fs[0];
        if (!f) continue;
        if (fs.length > 1)
          ctx.hallazgos.push(
            crearHallazgo("E-META-DUPLICADA", ctx.hoja.nombre, `${ctx.letras[colAnio] ?? ""}${(fs[1]?.fila ?? 0) + 1}`, anio, {
              clave: `${base.codigo ?? base.nombre} (${anio})`,
              dependencia: base.dependencia,
              otraFila: f.fila + 1,
            }),
          );
        anios.set(anio, leerAnio(ctx, f.fila, serieDelAnio(p, anio), comb));
      }
    }
    metas.push({ ...base, filasLargas: g.map((f) => f.fila + 1), anios: [...anios.values()].sort((a, b) => a.anio - b.anio) });
  }
  return metas;
}
