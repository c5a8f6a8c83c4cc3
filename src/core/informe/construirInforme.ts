/**
 * The Informe of a consolidation (issue 13): the plan's paragraphs, one section per dependency
 * and per node of the top level (with its table of metas), the second level's nodes under their
 * parent, the budget (plan, groups, each budget sheet's ≥ 70 % / < 70 % lists), and the lists of
 * metas in rezago and with sobreejecución. Every figure is read from the
 * consolidation; nothing is computed here.
 */
import type { Consolidacion, Grupo, MetaCalculada } from "../calculo/tipos";
import { cifra, origenParametros } from "./_lib/origen";
import { listasAlertas } from "./listas";
import { parrafo, texto } from "./plantillas";
import { parrafosGrupo, type SujetoParrafos } from "./parrafos";
import { presupuestoInforme, type PresupuestoInforme } from "./presupuesto";
import { metasPorId, tablaMetas, tituloGrupo } from "./tablaMetas";
import type { Informe, Parrafo, Seccion } from "./tipos";

const MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

/** "2021-09-30" → "30 de septiembre de 2021"; any other text stays as written. */
export function fechaLarga(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const mes = m ? MESES[Number(m[2]) - 1] : undefined;
  return m && mes ? `${Number(m[3])} de ${mes} de ${m[1]}` : iso;
}

function seccion(titulo: string, nivel: Seccion["nivel"], parrafos: readonly Parrafo[], extra: Partial<Pick<Seccion, "listas" | "tablas">> = {}): Seccion {
  return { titulo, nivel, parrafos, listas: extra.listas ?? [], tablas: extra.tablas ?? [] };
}

/** A group's paragraphs, its budget sentence last. */
function parrafosCon(c: Consolidacion, g: Grupo, sujeto: SujetoParrafos, presupuesto: PresupuestoInforme): Parrafo[] {
  const suyo = presupuesto.deGrupo(g);
  return [...parrafosGrupo(c, g, sujeto), ...(suyo === null ? [] : [suyo])];
}

function seccionesNivel(c: Consolidacion, metas: ReadonlyMap<string, MetaCalculada>, presupuesto: PresupuestoInforme): Seccion[] {
  const [superior, segundo] = c.niveles;
  if (superior === undefined) return [];
  const hijos = (g: Grupo) => c.grupos.filter((h) => h.nivel === segundo && h.padre === g.clave);
  return [
    seccion(texto("seccionNivel", { nivel: superior }), 1, []),
    ...c.grupos
      .filter((g) => g.nivel === superior)
      .flatMap((g) => [
        seccion(tituloGrupo(g), 2, parrafosCon(c, g, "nodo", presupuesto), { tablas: [tablaMetas(g, metas, c.parametros)] }),
        ...hijos(g).map((h) => seccion(tituloGrupo(h), 3, parrafosCon(c, h, "nodo", presupuesto))),
      ]),
  ];
}

/** @example construirInforme(consolidar(libro)).secciones[0].titulo → "Resultados generales del plan" */
export function construirInforme(c: Consolidacion): Informe {
  const metas = metasPorId(c);
  const intro = parrafo("planIntro", {
    vigencia: cifra(c.parametros.vigencia, "anio", origenParametros("vigencia")),
    corte: fechaLarga(c.parametros.corte.fecha),
  });
  const dependencias = c.grupos.filter((g) => g.nivel === "dependencia");
  const { rezago, sobreejecucion } = listasAlertas(c);
  const presupuesto = presupuestoInforme(c);
  const plan =
    c.metas.length === 0
      ? [intro, parrafo("sinMetas")]
      : [intro, ...parrafosGrupo(c, c.plan, "plan"), ...(presupuesto.plan === null ? [] : [presupuesto.plan])];
  const secciones: Seccion[] = [
    seccion(texto("seccionPlan"), 1, plan),
    ...(dependencias.length === 0
      ? []
      : [
          seccion(texto("seccionDependencias"), 1, []),
          ...dependencias.map((g) => seccion(g.nombre, 2, parrafosCon(c, g, "dependencia", presupuesto), { tablas: [tablaMetas(g, metas, c.parametros)] })),
        ]),
    ...seccionesNivel(c, metas, presupuesto),
    ...presupuesto.secciones,
    seccion(texto("seccionAlertas"), 1, rezago.length + sobreejecucion.length === 0 ? [parrafo("sinAlertas")] : []),
    ...(rezago.length === 0 ? [] : [seccion(texto("listaRezago"), 2, [], { listas: rezago })]),
    ...(sobreejecucion.length === 0 ? [] : [seccion(texto("listaSobreejecucion"), 2, [], { listas: sobreejecucion })]),
  ];
  return { titulo: texto("tituloInforme"), secciones };
}
