/** The computation over a recognised workbook: parámetros, metas, roll-ups, findings (SPEC §5, §7, §8). */
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { HojaReconocida, Lectura, MetaLeida } from "../matriz/tipos";
import { acumularNodos, nuevoAcumulado } from "./acumulado";
import { participaciones } from "./aporteAnio";
import { construirArboles, type Nodo } from "./arbol";
import { trimestresAlCorte } from "./corte";
import { grupoDe, medidas } from "./grupos";
import type { ContextoHallazgos } from "./contextoHallazgos";
import { hallazgosMeta } from "./hallazgosMeta";
import { calcularMeta } from "./metaCalculada";
import { elegirVistas } from "../matriz/vistas";
import { revisarPlausibilidad } from "./plausibilidad";
import { mediasPorNodo, revisarPonderaciones } from "./ponderacion";
import { resolverParametros } from "./parametros";
import type { Ajustes, Consolidacion, Grupo, MetaCalculada, OrigenVigencia } from "./tipos";

function claveHoja(archivo: string | null, hoja: string): string {
  return `${archivo ?? ""}|${hoja}`;
}

/** Column letters by sheet: observaciones, and ponderación per nivel ("" = meta level). */
function columnasPorHoja(hojas: readonly HojaReconocida[]) {
  const observaciones = new Map<string, string>();
  const pesos = new Map<string, string>();
  for (const h of hojas) {
    const clave = claveHoja(h.archivo, h.hoja);
    for (const c of h.columnas) {
      if (c.campo === "observaciones" && !observaciones.has(clave)) observaciones.set(clave, c.letra);
      const idPeso = `${clave}\u0000${c.nivel ?? ""}`;
      if (c.campo === "ponderacion" && !pesos.has(idPeso)) pesos.set(idPeso, c.letra);
    }
  }
  return { observaciones, pesos };
}

/**
 * Computes everything from a Lectura (recognition's output). `consolidar` wraps it for a Libro.
 * @throws ErrorParametros when the settings do not fit the matrix (see resolverParametros).
 */
export function consolidarLectura(
  leida: Lectura,
  ajustes: Ajustes = {},
  archivos: readonly string[] = [],
  vigenciaDe: OrigenVigencia = "ajustes",
): Consolidacion {
  const parametros = resolverParametros(leida, ajustes, vigenciaDe);
  const lectura = elegirVistas(leida, parametros.vigencia);
  const columnas = columnasPorHoja(lectura.hojas);
  const cuatrienioCompleto = parametros.cuatrienio.every((a) => lectura.anios.includes(a));
  const metas: MetaCalculada[] = [];
  const propios: Hallazgo[] = [];
  const trimestres = trimestresAlCorte(parametros.corte, parametros.vigencia);
  // metas come sheet by sheet: the sheet's context is looked up when the sheet changes, not per meta
  let hojaAnterior: { archivo: string | null; hoja: string } | null = null;
  let contexto: ContextoHallazgos = { parametros, columnaObservaciones: null, cuatrienioCompleto };
  for (const meta of lectura.metas) {
    const ev = calcularMeta(meta, parametros, trimestres);
    metas.push(ev.calculada);
    if (hojaAnterior === null || hojaAnterior.hoja !== meta.hoja || hojaAnterior.archivo !== meta.archivo) {
      hojaAnterior = meta;
      contexto = { parametros, columnaObservaciones: columnas.observaciones.get(claveHoja(meta.archivo, meta.hoja)) ?? null, cuatrienioCompleto };
    }
    for (const h of hallazgosMeta(ev, contexto)) propios.push(h);
  }
  const arboles = construirArboles(metas);
  const celdaPeso = (meta: MetaLeida, nivel: string | null): string => {
    const letra = columnas.pesos.get(`${claveHoja(meta.archivo, meta.hoja)}\u0000${nivel ?? ""}`);
    return letra ? `${letra}${meta.fila}` : meta.celdaNombre;
  };
  for (const h of revisarPonderaciones(arboles.plan, arboles.nodos, celdaPeso)) propios.push(h);
  const lista = medidas(parametros);
  const mediasJerarquia = mediasPorNodo(arboles.plan, arboles.nodos, lista, parametros.ponderacion);
  const acumulados = acumularNodos(arboles.plan, arboles.nodos);
  const partes = participaciones(arboles.plan, arboles.nodos, mediasJerarquia, parametros.ponderacion);
  // A dependency is no node of the plan's tree: its share is its metas over the plan's.
  const metasPlan = mediasJerarquia.get(arboles.plan)?.[0]?.n ?? 0;
  const grupos: Grupo[] = [];
  for (const dep of arboles.dependencias) {
    const medias = mediasPorNodo(dep, [], lista, parametros.ponderacion).get(dep);
    const parte = metasPlan > 0 ? (medias?.[0]?.n ?? 0) / metasPlan : null;
    grupos.push(grupoDe(dep, medias, acumularNodos(dep, []).get(dep) ?? nuevoAcumulado(), parametros, parte));
  }
  const grupoNodo = (nodo: Nodo) => grupoDe(nodo, mediasJerarquia.get(nodo), acumulados.get(nodo) ?? nuevoAcumulado(), parametros, partes.get(nodo) ?? null);
  for (const nivel of arboles.niveles) {
    for (const nodo of arboles.nodos) if (nodo.nivel === nivel) grupos.push(grupoNodo(nodo));
  }
  const plan = grupoNodo(arboles.plan);
  return {
    parametros,
    hojas: lectura.hojas,
    metas,
    plan,
    grupos,
    niveles: arboles.niveles,
    hallazgos: [
      ...lectura.hallazgos,
      ...propios,
      ...revisarPlausibilidad(metas, plan, grupos, parametros, mediasJerarquia.get(arboles.plan)?.[3]?.valor ?? null),
    ],
    archivos,
  };
}
