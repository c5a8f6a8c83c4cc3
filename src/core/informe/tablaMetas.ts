/** The table of one group's metas, the way planning offices lay out one table per secretaría or eje (issue 13). */
import type { Consolidacion, Grupo, MetaCalculada } from "../calculo/tipos";
import { cifra, origenMeta } from "./_lib/origen";
import { texto } from "./plantillas";
import type { ColumnaInforme, Cifra, Fragmento, TablaInforme } from "./tipos";

export const COLUMNAS_METAS: readonly ColumnaInforme[] = [
  { titulo: "Código", ancho: 10 },
  { titulo: "Meta", ancho: 60 },
  { titulo: "Meta cuatrienio", ancho: 12 },
  { titulo: "Programado", ancho: 12 },
  { titulo: "Ejecutado", ancho: 12 },
  { titulo: "% vigencia", ancho: 11 },
  { titulo: "% cuatrienio", ancho: 11 },
  { titulo: "Semáforo", ancho: 15, semaforo: true },
  { titulo: "Estado", ancho: 24 },
  { titulo: "Observaciones", ancho: 40 },
];

const textoONulo = (t: string | null): Fragmento | null => (t === null || t === "" ? null : { texto: t });
const cifraONula = (v: number | null, f: (v: number) => Cifra): Cifra | null => (v === null ? null : f(v));

/** One row per meta. The % are the raw ones: a meta above 100 % shows its sobreejecución (SPEC §5.6). */
function filaMeta(m: MetaCalculada): (Fragmento | null)[] {
  return [
    textoONulo(m.meta.codigo),
    { texto: m.meta.nombre },
    cifraONula(m.meta.metaCuatrienio?.valor ?? null, (v) => cifra(v, "decimal", origenMeta(m, "meta.metaCuatrienio.valor"))),
    cifraONula(m.programado, (v) => cifra(v, "decimal", origenMeta(m, "programado"))),
    cifraONula(m.ejecutado, (v) => cifra(v, "decimal", origenMeta(m, "ejecutado"))),
    cifraONula(m.pctVigencia.bruto, (v) => cifra(v, "pct", origenMeta(m, "pctVigencia.bruto"))),
    cifraONula(m.pctCuatrienio.bruto, (v) => cifra(v, "pct", origenMeta(m, "pctCuatrienio.bruto"))),
    { texto: m.semaforo },
    { texto: m.estadoTexto },
    textoONulo(m.meta.observacion),
  ];
}

/** "1.1 Salud para todos" for coded nodes, the name alone otherwise. */
export function tituloGrupo(g: Grupo): string {
  return g.codigo === null || g.codigo === "" ? g.nombre : `${g.codigo} ${g.nombre}`;
}

/** The metas of every group, looked up by id once per Informe or sheet. */
export function metasPorId(c: Consolidacion): ReadonlyMap<string, MetaCalculada> {
  return new Map(c.metas.map((m) => [m.meta.id, m]));
}

/** @example tablaMetas(c, dependencia, metasPorId(c)).titulo → "Metas de Secretaría de Salud" */
export function tablaMetas(g: Grupo, metas: ReadonlyMap<string, MetaCalculada>): TablaInforme {
  const filas = g.metas.flatMap((id) => {
    const m = metas.get(id);
    return m ? [filaMeta(m)] : [];
  });
  return { titulo: texto("tablaMetasDe", { nombre: tituloGrupo(g) }), columnas: COLUMNAS_METAS, filas };
}
