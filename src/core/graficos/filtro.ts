/** The metas a chart on demand's filter keeps (issue 14): one dependencia, or one element of a nivel. */
import { partesFiltro, POR_DEPENDENCIA } from "../ajustes/graficos";
import { listaTexto } from "../ajustes/opciones";
import type { Consolidacion, MetaCalculada } from "../calculo/tipos";
import { normalizar } from "../texto/normalizar";

/** The metas the filter keeps, or why none. */
export function filtrar(
  c: Consolidacion,
  filtro: string | undefined,
): { readonly metas: readonly MetaCalculada[]; readonly que: string | null } | { readonly aviso: string } {
  if (filtro === undefined) return { metas: c.metas, que: null };
  const partes = partesFiltro(filtro);
  if (!partes) return { aviso: `el filtro «${filtro}» no tiene la forma dependencia:<nombre> o <nivel>:<nombre>.` };
  const nombre = normalizar(partes.nombre);
  if (normalizar(partes.nivel) === normalizar(POR_DEPENDENCIA)) {
    const metas = c.metas.filter((m) => normalizar(m.meta.dependencia) === nombre);
    if (metas.length > 0) return { metas, que: metas[0]?.meta.dependencia ?? partes.nombre };
    const dependencias = c.grupos.filter((g) => g.nivel === POR_DEPENDENCIA).map((g) => `«${g.nombre}»`);
    return { aviso: `ninguna meta es de la dependencia «${partes.nombre}»; las dependencias son ${listaTexto(dependencias)}.` };
  }
  const nivel = c.niveles.find((n) => normalizar(n) === normalizar(partes.nivel));
  if (nivel === undefined) return { aviso: `la matriz no tiene el nivel «${partes.nivel}»; filtre por dependencia o por ${listaTexto(c.niveles)}.` };
  const coincide = (m: MetaCalculada): boolean =>
    m.meta.niveles.some((n) => n.nivel === nivel && (normalizar(n.nombre) === nombre || (n.codigo !== null && normalizar(n.codigo) === nombre)));
  const metas = c.metas.filter(coincide);
  if (metas.length === 0) return { aviso: `ningún elemento del nivel «${nivel}» se llama o tiene el código «${partes.nombre}».` };
  return { metas, que: `${nivel} ${metas[0]?.meta.niveles.find((n) => n.nivel === nivel)?.nombre ?? partes.nombre}` };
}
