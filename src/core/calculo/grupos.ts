/** Grupo records of SPEC §5.7: counts, weighted %, esperado, cumplimiento, semáforo, budget. */
import type { Nodo } from "./arbol";
import { estadoTexto } from "./estadoTexto";
import type { Media, Medida } from "./ponderacion";
import { sumarPresupuestos } from "./presupuesto";
import { nivelSemaforo, SIN_DATO, SIN_PROGRAMACION, SIN_REPORTE } from "./semaforo";
import type { Conteos, Grupo, MetaCalculada, Parametros } from "./tipos";
import { segunTope } from "./tope";

/** The three measures rolled up, in this order. */
export function medidas(p: Parametros): Medida[] {
  const vigencia: Medida = (m) => {
    if (m.estado === "NO_PROGRAMADA") return null;
    // SIN REPORTE counts as 0 % in the year's averages (SPEC §5.2).
    if (m.estado === "SIN_REPORTE") return 0;
    return segunTope(m.pctVigencia, p.tope);
  };
  return [vigencia, (m) => segunTope(m.pctCuatrienio, p.tope), (m) => m.esperado];
}

export function contar(metas: readonly MetaCalculada[]): Conteos {
  let programadas = 0;
  let conReporte = 0;
  let sinReporte = 0;
  let ejecucionSinProgramacion = 0;
  let sobreejecutadas = 0;
  let bajo50 = 0;
  const porSemaforo: Record<string, number> = {};
  for (const m of metas) {
    porSemaforo[m.semaforo] = (porSemaforo[m.semaforo] ?? 0) + 1;
    if (m.estado === "NO_PROGRAMADA") {
      if (m.ejecutado !== null && m.ejecutado > 0) ejecucionSinProgramacion++;
      continue;
    }
    programadas++;
    if (m.estado === "SIN_REPORTE") {
      sinReporte++;
      continue;
    }
    conReporte++;
    const bruto = m.pctVigencia.bruto;
    if (bruto !== null && bruto > 1) sobreejecutadas++;
    if (bruto !== null && bruto < 0.5) bajo50++;
  }
  return {
    metas: metas.length,
    programadas,
    conReporte,
    sinReporte,
    noProgramadas: metas.length - programadas,
    ejecucionSinProgramacion,
    sobreejecutadas,
    bajo50,
    porSemaforo,
  };
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

/** One Grupo from its node and its means [vigencia, cuatrienio, esperado]. */
export function grupoDe(nodo: Nodo, medias: readonly Media[] | undefined, p: Parametros): Grupo {
  const conteos = contar(nodo.todas);
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
    semaforo: semaforoGrupo(conteos, pctVigencia, p),
    estadoTexto: textoGrupo(conteos, pctVigencia),
    presupuesto: sumarPresupuestos(nodo.todas),
    metas: nodo.todas.map((m) => m.meta.id),
  };
}
