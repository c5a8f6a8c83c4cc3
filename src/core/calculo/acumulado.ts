/**
 * Counts and budget of a group (SPEC §5.7, §5.9), accumulated bottom-up: each meta is folded into
 * its lowest node once and parents add their children, instead of re-reading every meta per level.
 */
import type { Nodo } from "./arbol";
import { presupuestoDe } from "./presupuesto";
import type { Conteos, MetaCalculada, PresupuestoCalculado } from "./tipos";

export interface Acumulado {
  metas: number;
  programadas: number;
  conReporte: number;
  sinReporte: number;
  ejecucionSinProgramacion: number;
  sobreejecutadas: number;
  bajo50: number;
  readonly porSemaforo: Map<string, number>;
  conPresupuesto: boolean;
  presupuestado: number;
  ejecutadoPresupuesto: number;
  pagos: number | null;
}

export function nuevoAcumulado(): Acumulado {
  return {
    metas: 0,
    programadas: 0,
    conReporte: 0,
    sinReporte: 0,
    ejecucionSinProgramacion: 0,
    sobreejecutadas: 0,
    bajo50: 0,
    porSemaforo: new Map(),
    conPresupuesto: false,
    presupuestado: 0,
    ejecutadoPresupuesto: 0,
    pagos: null,
  };
}

export function sumarPresupuesto(a: Acumulado, p: PresupuestoCalculado | null): void {
  if (!p) return;
  a.conPresupuesto = true;
  a.presupuestado += p.programado;
  a.ejecutadoPresupuesto += p.ejecutado;
  if (p.pagos !== null) a.pagos = (a.pagos ?? 0) + p.pagos;
}

/** Folds one meta: bajo 50 % and sobreejecutadas count reported metas on their raw % (§5.6). */
export function sumarMeta(a: Acumulado, m: MetaCalculada): void {
  a.metas++;
  a.porSemaforo.set(m.semaforo, (a.porSemaforo.get(m.semaforo) ?? 0) + 1);
  sumarPresupuesto(a, m.presupuesto);
  if (m.estado === "NO_PROGRAMADA") {
    if (m.ejecutado !== null && m.ejecutado > 0) a.ejecucionSinProgramacion++;
    return;
  }
  a.programadas++;
  if (m.estado === "SIN_REPORTE") {
    a.sinReporte++;
    return;
  }
  a.conReporte++;
  const bruto = m.pctVigencia.bruto;
  if (bruto !== null && bruto > 1) a.sobreejecutadas++;
  if (bruto !== null && bruto < 0.5) a.bajo50++;
}

function sumarAcumulado(a: Acumulado, b: Acumulado): void {
  a.metas += b.metas;
  a.programadas += b.programadas;
  a.conReporte += b.conReporte;
  a.sinReporte += b.sinReporte;
  a.ejecucionSinProgramacion += b.ejecucionSinProgramacion;
  a.sobreejecutadas += b.sobreejecutadas;
  a.bajo50 += b.bajo50;
  for (const [nombre, n] of b.porSemaforo) a.porSemaforo.set(nombre, (a.porSemaforo.get(nombre) ?? 0) + n);
  if (!b.conPresupuesto) return;
  a.conPresupuesto = true;
  a.presupuestado += b.presupuestado;
  a.ejecutadoPresupuesto += b.ejecutadoPresupuesto;
  if (b.pagos !== null) a.pagos = (a.pagos ?? 0) + b.pagos;
}

/** Every node's accumulation; `nodos` lists parents before children (see construirArboles). */
export function acumularNodos(raiz: Nodo, nodos: readonly Nodo[]): Map<Nodo, Acumulado> {
  const resultado = new Map<Nodo, Acumulado>();
  const acumular = (nodo: Nodo): void => {
    const a = nuevoAcumulado();
    for (const m of nodo.metas) sumarMeta(a, m);
    for (const h of nodo.hijos) {
      const b = resultado.get(h);
      if (b) sumarAcumulado(a, b);
    }
    resultado.set(nodo, a);
  };
  for (let i = nodos.length - 1; i >= 0; i--) {
    const nodo = nodos[i];
    if (nodo) acumular(nodo);
  }
  acumular(raiz);
  return resultado;
}

export function conteosDe(a: Acumulado): Conteos {
  return {
    metas: a.metas,
    programadas: a.programadas,
    conReporte: a.conReporte,
    sinReporte: a.sinReporte,
    noProgramadas: a.metas - a.programadas,
    ejecucionSinProgramacion: a.ejecucionSinProgramacion,
    sobreejecutadas: a.sobreejecutadas,
    bajo50: a.bajo50,
    porSemaforo: Object.fromEntries(a.porSemaforo),
  };
}

export function presupuestoAcumulado(a: Acumulado): PresupuestoCalculado | null {
  return a.conPresupuesto ? presupuestoDe(a.presupuestado, a.ejecutadoPresupuesto, a.pagos) : null;
}
