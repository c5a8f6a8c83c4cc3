/** Grupo records of SPEC §5.7: counts, weighted %, esperado, cumplimiento, semáforo, budget. */
import { aporteAnio, pesoDelAnio } from "./aporteAnio";
import type { Nodo } from "./arbol";
import { estadoTexto } from "./estadoTexto";
import type { Media, Medida } from "./ponderacion";
import { nivelSemaforo, SIN_DATO, SIN_PROGRAMACION, SIN_REPORTE } from "./semaforo";
import { conteosDe, presupuestoAcumulado, type Acumulado } from "./acumulado";
import type { Conteos, Grupo, Parametros } from "./tipos";
import { segunTope } from "./tope";

/**
 * The measures rolled up, in this order: vigencia, cuatrienio and esperado as the `tope` setting
 * says (SPEC §5.6), then the raw esperado, which only the plausibility bars read (a plan programmed
 * beyond its metas stays visible under tope 100 %), then the quarter alone and the avance against
 * the year's target (issue 13), over the metas that have them.
 */
export function medidas(p: Parametros): Medida[] {
  const vigencia: Medida = (m) => {
    // without an ejecutado column the execution is unknown: no 0 % is made up (SPEC §3.6)
    if (m.estado === "NO_PROGRAMADA" || m.meta.sinColumnaEjecutado) return null;
    // SIN REPORTE counts as 0 % in the year's averages (SPEC §5.2).
    if (m.estado === "SIN_REPORTE") return 0;
    return segunTope(m.pctVigencia, p.tope);
  };
  return [
    vigencia,
    (m) => segunTope(m.pctCuatrienio, p.tope),
    (m) => segunTope(m.esperado, p.tope),
    (m) => m.esperado.bruto,
    (m) => segunTope(m.pctTrimestre, p.tope),
    (m) => segunTope(m.pctAnual, p.tope),
  ];
}

function semaforoGrupo(c: Conteos, pct: number | null, p: Parametros): string {
  if (c.programadas === 0) return SIN_PROGRAMACION;
  if (c.conReporte === 0) return SIN_REPORTE;
  return pct === null ? SIN_DATO : nivelSemaforo(pct, p.semaforo).nombre;
}

function textoGrupo(c: Conteos, pct: number | null): string {
  if (c.programadas === 0) return estadoTexto("NO_PROGRAMADA", null);
  if (c.conReporte === 0) return estadoTexto("SIN_REPORTE", null);
  return estadoTexto("REPORTADA", pct);
}

/** One Grupo from its node, its means (medidas' order), its counts and its share of the plan (aporteAnio). */
export function grupoDe(nodo: Nodo, medias: readonly Media[] | undefined, acumulado: Acumulado, p: Parametros, parte: number | null): Grupo {
  const conteos = conteosDe(acumulado);
  const pctVigencia = medias?.[0]?.valor ?? null;
  const pctCuatrienio = medias?.[1]?.valor ?? null;
  const esperado = medias?.[2]?.valor ?? null;
  return {
    nivel: nodo.nivel,
    nombre: nodo.nombre,
    codigo: nodo.codigo,
    clave: nodo.clave,
    padre: nodo.padre?.clave ?? null,
    peso: nodo.peso,
    conteos,
    pctVigencia,
    pctCuatrienio,
    esperado,
    cumplimiento: pctCuatrienio !== null && esperado !== null && esperado > 0 ? pctCuatrienio / esperado : null,
    pctTrimestre: medias?.[4]?.valor ?? null,
    pctAnual: medias?.[5]?.valor ?? null,
    aporteAnio: aporteAnio(pesoDelAnio(p), parte, pctVigencia),
    semaforo: semaforoGrupo(conteos, pctVigencia, p),
    estadoTexto: textoGrupo(conteos, pctVigencia),
    presupuesto: presupuestoAcumulado(acumulado),
    metas: nodo.ids,
  };
}
