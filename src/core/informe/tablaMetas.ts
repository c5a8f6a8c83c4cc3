/** The table of one group's metas, the way planning offices lay out one table per secretaría or eje (issue 13). */
import { segunModoPlan, type MarcaCuatrienio } from "../calculo/modoPlan";
import type { Consolidacion, Grupo, MetaCalculada, Parametros } from "../calculo/tipos";
import { cifra, origenMeta } from "./_lib/origen";
import { texto } from "./plantillas";
import type { ColumnaInforme, Cifra, Fragmento, TablaInforme } from "./tipos";

const textoONulo = (t: string | null): Fragmento | null => (t === null || t === "" ? null : { texto: t });
const cifraONula = (v: number | null, f: (v: number) => Cifra): Cifra | null => (v === null ? null : f(v));

/** A column of the table and its cell for a meta. */
interface ColumnaMeta extends ColumnaInforme, MarcaCuatrienio {
  readonly celda: (m: MetaCalculada) => Fragmento | null;
}

/** The % are the raw ones: a meta above 100 % shows its sobreejecución (SPEC §5.6). */
const COLUMNAS: readonly ColumnaMeta[] = [
  { titulo: "Código", ancho: 10, celda: (m) => textoONulo(m.meta.codigo) },
  { titulo: "Meta", ancho: 60, celda: (m) => ({ texto: m.meta.nombre }) },
  {
    titulo: "Meta cuatrienio",
    ancho: 12,
    cuatrienio: true,
    celda: (m) => cifraONula(m.meta.metaCuatrienio?.valor ?? null, (v) => cifra(v, "decimal", origenMeta(m, "meta.metaCuatrienio.valor"))),
  },
  { titulo: "Programado", ancho: 12, celda: (m) => cifraONula(m.programado, (v) => cifra(v, "decimal", origenMeta(m, "programado"))) },
  { titulo: "Ejecutado", ancho: 12, celda: (m) => cifraONula(m.ejecutado, (v) => cifra(v, "decimal", origenMeta(m, "ejecutado"))) },
  { titulo: "% vigencia", ancho: 11, celda: (m) => cifraONula(m.pctVigencia.bruto, (v) => cifra(v, "pct", origenMeta(m, "pctVigencia.bruto"))) },
  {
    titulo: "% cuatrienio",
    ancho: 11,
    cuatrienio: true,
    celda: (m) => cifraONula(m.pctCuatrienio.bruto, (v) => cifra(v, "pct", origenMeta(m, "pctCuatrienio.bruto"))),
  },
  { titulo: "Semáforo", ancho: 15, semaforo: true, celda: (m) => ({ texto: m.semaforo }) },
  { titulo: "Estado", ancho: 24, celda: (m) => ({ texto: m.estadoTexto }) },
  { titulo: "Observaciones", ancho: 40, celda: (m) => textoONulo(m.meta.observacion) },
];

/** The columns the plan's mode shows (a one-year plan has no meta cuatrienio or % cuatrienio: modoPlan.ts). */
function columnasMetas(p: Pick<Parametros, "planAnual">): ColumnaInforme[] {
  return segunModoPlan(p, COLUMNAS).map(({ titulo, ancho, semaforo }) => ({ titulo, ancho, ...(semaforo ? { semaforo } : {}) }));
}

/** "1.1 Salud para todos" for coded nodes, the name alone otherwise. */
export function tituloGrupo(g: Grupo): string {
  return g.codigo === null || g.codigo === "" ? g.nombre : `${g.codigo} ${g.nombre}`;
}

/** The metas of every group, looked up by id once per Informe or sheet. */
export function metasPorId(c: Consolidacion): ReadonlyMap<string, MetaCalculada> {
  return new Map(c.metas.map((m) => [m.meta.id, m]));
}

/** @example tablaMetas(dependencia, metasPorId(c), c.parametros).titulo → "Metas de Secretaría de Salud" */
export function tablaMetas(g: Grupo, metas: ReadonlyMap<string, MetaCalculada>, p: Pick<Parametros, "planAnual">): TablaInforme {
  const columnas = segunModoPlan(p, COLUMNAS);
  const filas = g.metas.flatMap((id) => {
    const m = metas.get(id);
    return m ? [columnas.map((col) => col.celda(m))] : [];
  });
  return { titulo: texto("tablaMetasDe", { nombre: tituloGrupo(g) }), columnas: columnasMetas(p), filas };
}
