/**
 * The Informe's budget (SPEC §5.9, issue 13): the plan's paragraph, one sentence per group the
 * budget reaches, and each budget sheet's rows at or above 70 % and below it. The figures are the
 * Presupuesto sheet's (consolidarPresupuesto): a budget sheet's where one joins a level, the
 * matrix's budget columns elsewhere, so both reports tell the same numbers.
 */
import { consolidarPresupuesto, nivelPrincipal, type PresupuestoDeHoja } from "../calculo/presupuestoHojas";
import type { Consolidacion, Grupo, PresupuestoCalculado } from "../calculo/tipos";
import { ALTA, BAJA, clasificacion } from "../reporte/_lib/tablaPresupuesto";
import { cifra, origenFilaPresupuesto, origenGrupo, origenPresupuesto } from "./_lib/origen";
import { parrafo, rellenar, texto, type ClavePlantilla } from "./plantillas";
import type { ListaInforme, OrigenCifra, Parrafo, Seccion } from "./tipos";

export interface PresupuestoInforme {
  /** The plan's paragraph; null without budget figures. */
  readonly plan: Parrafo | null;
  /** The group's sentence; null when no budget reaches it. */
  readonly deGrupo: (g: Grupo) => Parrafo | null;
  /** One section per budget sheet with executions of the vigencia: its two lists. */
  readonly secciones: readonly Seccion[];
}

/** «…fue de $ X, con compromisos por $ Y: una ejecución presupuestal del Z %, frente a un avance físico del W %.» */
function parrafoPresupuesto(clave: ClavePlantilla, p: PresupuestoCalculado, origen: (campo: string) => OrigenCifra, fisico: Grupo): Parrafo {
  const pctFisico = fisico.pctVigencia === null ? null : cifra(fisico.pctVigencia, "pct", origenGrupo(fisico, "pctVigencia"));
  return parrafo(clave, {
    programado: cifra(p.programado, "moneda", origen("programado")),
    ejecutado: cifra(p.ejecutado, "moneda", origen("ejecutado")),
    // without a presupuestado there is no execution to set against the physical one
    ejecucion:
      p.pct === null
        ? ""
        : rellenar("presupuestoEjecucion", {
            pct: cifra(p.pct, "pct", origen("pct")),
            fisico: pctFisico === null ? "" : rellenar("presupuestoFisico", { pctFisico }),
          }),
  });
}

function seccionHoja(h: PresupuestoDeHoja, i: number): Seccion | null {
  const filas = h.filas.map((f, j) => ({ f, j }));
  const lista = (clase: string): ListaInforme[] => {
    const elementos = filas
      .filter(({ f }) => clasificacion(f.presupuesto.pct) === clase)
      .map(({ f, j }) =>
        parrafo("elementoPresupuesto", { nombre: f.fila.nombre, pct: cifra(f.presupuesto.pct ?? 0, "pct", origenFilaPresupuesto(i, j, "pct")) }),
      );
    return elementos.length === 0 ? [] : [{ titulo: texto("listaPresupuesto", { clase }), elementos }];
  };
  const listas = [...lista(ALTA), ...lista(BAJA)];
  return listas.length === 0 ? null : { titulo: texto("seccionPresupuesto", { por: h.por, hoja: h.hoja }), nivel: 1, parrafos: [], listas, tablas: [] };
}

/** @example presupuestoInforme(c).plan → «El presupuesto definitivo de la vigencia fue de $ 380.000.000, …» */
export function presupuestoInforme(c: Consolidacion): PresupuestoInforme {
  const p = consolidarPresupuesto(c);
  const principal = nivelPrincipal(p.niveles);
  const porGrupo = new Map(p.niveles.flatMap((n) => n.grupos.map((g) => [g.grupo, g.presupuesto] as const)));
  return {
    plan:
      principal?.total == null
        ? null
        : parrafoPresupuesto("presupuestoPlan", principal.total, (campo) => origenPresupuesto(principal.nivel, null, campo), c.plan),
    deGrupo: (g) => {
      const x = porGrupo.get(g);
      return x === undefined ? null : parrafoPresupuesto("presupuestoGrupo", x, (campo) => origenPresupuesto(g.nivel, g, campo), g);
    },
    secciones: p.hojas.flatMap((h, i) => seccionHoja(h, i) ?? []),
  };
}
