/** Settings of SPEC §8 resolved against what the matrix holds. */
import type { Lectura } from "../matriz/tipos";
import { finVigencia, interpretarCorte } from "./corte";
import { leerAjustes, mensajesAjuste } from "../ajustes/leer";
import { ANIOS_CUATRIENIO } from "../ajustes/esquema";
import { mensajeAjuste } from "../ajustes/problemas";
import { POR_OMISION } from "../ajustes/opciones";
import { ErrorParametros } from "../fallos";
import { PRESETS_SEMAFORO } from "./semaforo";
import type { Ajustes, Parametros, Semaforo } from "./tipos";

/** Plan periods are aligned on 2020-2023, 2024-2027… (Ley 152/1994: four-year terms). */
function cuatrienioDe(vigencia: number, anios: readonly number[]): number[] {
  const inicio = vigencia - ((((vigencia - 2020) % 4) + 4) % 4);
  const alineado = [inicio, inicio + 1, inicio + 2, inicio + 3];
  // A matrix holding exactly four consecutive years around the vigencia names its own period.
  const [primero, , , ultimo] = anios;
  if (anios.length === 4 && primero !== undefined && ultimo === primero + 3 && anios.includes(vigencia)) {
    return [primero, primero + 1, primero + 2, primero + 3];
  }
  return alineado;
}

/** Latest year with a non-zero ejecutado: real matrices carry placeholder zeros in future years. */
function ultimoAnioEjecutado(lectura: Lectura): number | null {
  let mejor: number | null = null;
  for (const m of lectura.metas) {
    // latest year first: once a year is found, only later ones can improve on it
    for (let i = m.anios.length - 1; i >= 0; i--) {
      const v = m.anios[i];
      if (!v || (mejor !== null && v.anio <= mejor)) break;
      const e = v.ejecutado.valor ?? v.ejecutadoCorte?.valor ?? null;
      if (e !== null && e !== 0) {
        mejor = v.anio;
        break;
      }
    }
  }
  return mejor;
}

/**
 * The vigencia the sheets name (title rows or sheet name). Several sheets naming different years
 * (one per year, SPEC §3.5): the latest in which the matrix reports, else the latest.
 */
function vigenciaTitulo(lectura: Lectura): number | null {
  const nombradas = new Set<number>();
  for (const h of lectura.hojas) {
    const v = h.vigenciaHoja ?? h.vigenciaTitulo;
    if (h.reconocida && h.duplicadaDe === null && v !== null && v !== undefined) nombradas.add(v);
  }
  if (nombradas.size <= 1) return [...nombradas][0] ?? null;
  const anios = [...nombradas].sort((a, b) => b - a);
  return anios.find((a) => lectura.metas.some((m) => m.anios.some((v) => v.anio === a && v.ejecutado.valor !== null && v.ejecutado.valor !== 0))) ?? anios[0] ?? null;
}

function resolverVigencia(lectura: Lectura, ajustes: Ajustes): number {
  const titulo = vigenciaTitulo(lectura);
  const validos = new Set<number>(lectura.anios);
  if (titulo !== null) validos.add(titulo);
  if (ajustes.vigencia !== undefined) {
    if (validos.size > 0 && !validos.has(ajustes.vigencia)) {
      throw new ErrorParametros("F-VIGENCIA-AUSENTE", { vigencia: ajustes.vigencia, encontradas: [...validos].sort((a, b) => a - b) });
    }
    return ajustes.vigencia;
  }
  const corteAnio = ajustes.corte !== undefined ? /^(\d{4})-\d{2}-\d{2}$/.exec(ajustes.corte.trim())?.[1] : undefined;
  if (corteAnio !== undefined && validos.has(Number(corteAnio))) return Number(corteAnio);
  const ejecutado = ultimoAnioEjecutado(lectura);
  if (ejecutado !== null) return ejecutado;
  if (titulo !== null) return titulo;
  // With nothing executed yet, the plan's first year is the one being followed.
  const primero = lectura.anios[0];
  if (primero !== undefined) return primero;
  if (corteAnio !== undefined) return Number(corteAnio);
  // No matrix at all (E-SIN-MATRIZ): any year computes the same empty result.
  return 0;
}

function resolverSemaforo(ajuste: Ajustes["semaforo"]): Semaforo {
  if (ajuste === undefined) return PRESETS_SEMAFORO[POR_OMISION.semaforo];
  return typeof ajuste === "string" ? PRESETS_SEMAFORO[ajuste] : ajuste;
}

/** Year weights are checked by the contract (four, adding up to 100 %); here only their need. */
function resolverPesos(ajustes: Ajustes): readonly number[] | null {
  if (ajustes.esperado === "pesos" && ajustes.pesosAnio === undefined) {
    throw new ErrorParametros("F-AJUSTES-INVALIDOS", { detalle: mensajeAjuste({ codigo: "AJ-PESOS-FALTAN", ruta: [], params: { requeridos: ANIOS_CUATRIENIO } }) });
  }
  return ajustes.pesosAnio ?? null;
}

/**
 * Resolves the user's settings (all optional) with the defaults of SPEC §8.
 * @example resolverParametros(lectura, { corte: "T3" }).corte → { fecha: "2024-09-30", trimestre: 3 }
 * @throws ErrorParametros for settings the contract refuses (ajustes/), a vigencia not in the matrix or a corte outside it.
 */
export function resolverParametros(lectura: Lectura, dados: Ajustes = {}): Parametros {
  // Typed callers can still hold bad values (a form field, a cast of saved JSON): the contract checks them all.
  const leidos = leerAjustes(dados);
  if (!leidos.ok) throw new ErrorParametros("F-AJUSTES-INVALIDOS", { detalle: mensajesAjuste(leidos.problemas) });
  const ajustes = leidos.valor;
  const vigencia = resolverVigencia(lectura, ajustes);
  const corteTitulo = lectura.hojas.find((h) => h.corteTitulo?.fecha.startsWith(`${vigencia}-`))?.corteTitulo ?? null;
  const corte = ajustes.corte !== undefined ? interpretarCorte(ajustes.corte, vigencia) : (corteTitulo ?? finVigencia(vigencia));
  const cuatrienio = cuatrienioDe(vigencia, lectura.anios);
  return {
    vigencia,
    corte,
    tope: ajustes.tope ?? POR_OMISION.tope,
    semaforo: resolverSemaforo(ajustes.semaforo),
    esperado: ajustes.esperado ?? POR_OMISION.esperado,
    pesosAnio: resolverPesos(ajustes),
    ponderacion: ajustes.ponderacion ?? POR_OMISION.ponderacion,
    cuatrienio,
  };
}
