/**
 * The lists of metas in rezago (under half of what was programmed) and with sobreejecución,
 * grouped by dependency as the seeds do ("Dependencias que reportaron por encima del 100 %…").
 * Which metas they hold is the Alertas sheet's rule (reporte/alertas.ts), not a second one.
 */
import type { Consolidacion, MetaCalculada } from "../calculo/tipos";
import { alertas, TIPOS_ALERTA } from "../reporte/alertas";
import { cifra, origenMeta } from "./_lib/origen";
import { parrafo, PLANTILLAS } from "./plantillas";
import type { ListaInforme, Parrafo } from "./tipos";

function elemento(m: MetaCalculada): Parrafo {
  const pct = m.pctVigencia.bruto ?? 0;
  return parrafo("elementoLista", {
    codigo: m.meta.codigo ? `${m.meta.codigo}${PLANTILLAS.separadorCodigo}` : "",
    nombre: m.meta.nombre,
    pct: cifra(pct, "pct", origenMeta(m, "pctVigencia.bruto")),
  });
}

/** One list per dependency that has metas of this kind, in the dependencies' order. */
function listasDe(c: Consolidacion, metas: readonly MetaCalculada[]): ListaInforme[] {
  const ids = new Set(metas.map((m) => m.meta.id));
  return c.grupos
    .filter((g) => g.nivel === "dependencia")
    .flatMap((g) => {
      const suyas = metas.filter((m) => g.metas.includes(m.meta.id) && ids.has(m.meta.id));
      return suyas.length === 0 ? [] : [{ titulo: g.nombre, elementos: suyas.map(elemento) }];
    });
}

export interface ListasAlertas {
  readonly rezago: readonly ListaInforme[];
  readonly sobreejecucion: readonly ListaInforme[];
}

export function listasAlertas(c: Consolidacion): ListasAlertas {
  const todas = alertas(c);
  const de = (tipo: string) => todas.filter((a) => a.tipo === tipo && a.meta !== null).map((a) => a.meta as MetaCalculada);
  return { rezago: listasDe(c, de(TIPOS_ALERTA.bajo50)), sobreejecucion: listasDe(c, de(TIPOS_ALERTA.sobreejecutada)) };
}
