/**
 * The Informe's one Spanish catalogue: every sentence is a template here, in the register the
 * planning offices write in ("Esta dependencia cuenta con 92 metas … alcanzó un 93,4 % …").
 * `{clave}` takes a value (a figure, a name); `[clave:singular|plural]` agrees with the figure
 * `clave`. No template holds a figure of its own: every number comes in through a slot.
 */
import type { Cifra, Fragmento, Parrafo } from "./tipos";

export const PLANTILLAS = {
  tituloInforme: "Informe de seguimiento al plan de desarrollo",
  seccionPlan: "Resultados generales del plan",
  seccionDependencias: "Resultados por dependencia",
  seccionNivel: "Resultados por {nivel}",
  seccionAlertas: "Metas en rezago y con sobreejecución",
  listaRezago: "Metas en rezago",
  listaSobreejecucion: "Metas con sobreejecución",
  tablaMetasDe: "Metas de {nombre}",

  planIntro: "El presente informe de seguimiento presenta el avance de las metas del plan de desarrollo para la vigencia {vigencia}, con corte al {corte}.",
  planConteos:
    "El plan cuenta con {metas} [metas:meta|metas], de las cuales {programadas} [programadas:está programada|están programadas] para la vigencia y {noProgramadas} no [noProgramadas:fue programada|fueron programadas]{parteNoProgramadas}; [conReporte:reportó|reportaron] ejecución {conReporte} [conReporte:meta|metas] y {sinReporte} [sinReporte:meta programada no tiene|metas programadas no tienen] ningún reporte.",
  dependenciaConteos:
    "Esta dependencia cuenta con {metas} [metas:meta|metas]{participacion}, de las cuales {programadas} [programadas:está programada|están programadas] para la vigencia {vigencia}; [conReporte:reportó|reportaron] ejecución {conReporte} [conReporte:meta|metas] y {sinReporte} [sinReporte:meta programada no tiene|metas programadas no tienen] ningún reporte.",
  nodoConteos:
    "Agrupa {metas} [metas:meta|metas]{participacion}, de las cuales {programadas} [programadas:está programada|están programadas] para la vigencia {vigencia}; [conReporte:reportó|reportaron] ejecución {conReporte} [conReporte:meta|metas] y {sinReporte} [sinReporte:meta programada no tiene|metas programadas no tienen] ningún reporte.",
  participacion: ", [metas:que corresponde|que corresponden] al {parte} del total de las metas del plan",
  parteDeSusMetas: " ({parte} de sus metas)",
  parteDelTotal: " ({parte} del total)",
  peso: "Su peso dentro del plan es del {peso}.",
  vigencia: "En la vigencia {vigencia} alcanzó un {pctVigencia} de ejecución de lo programado, que corresponde al nivel «{semaforo}» del semáforo.",
  vigenciaSinDato: "En la vigencia {vigencia} su ejecución no puede calcularse: {estado}.",
  cuatrienioCumplimiento:
    "El avance acumulado del cuatrienio es del {pctCuatrienio} frente a un avance esperado del {esperado} a la fecha, lo que representa un cumplimiento del {cumplimiento}.",
  cuatrienioEsperado: "El avance acumulado del cuatrienio es del {pctCuatrienio} frente a un avance esperado del {esperado} a la fecha.",
  cuatrienio: "El avance acumulado del cuatrienio es del {pctCuatrienio}.",
  semaforo: "Según el semáforo, las metas se distribuyen así: {distribucion}.",
  semaforoNivel: "{n} en «{nivel}»",
  alertas:
    "En rezago, con menos de la mitad de lo programado ejecutado, [bajo50:se encuentra|se encuentran] {bajo50} [bajo50:meta|metas]{parteRezago}; con sobreejecución, por encima de lo programado, {sobreejecutadas} [sobreejecutadas:meta|metas].",
  sinAlertas: "Ninguna meta está en rezago ni presenta sobreejecución en la vigencia.",
  elementoLista: "{codigo}{nombre}: {pct} de lo programado.",
  presupuestoPlan: "El presupuesto definitivo de la vigencia fue de {programado}, con compromisos por {ejecutado}{ejecucion}.",
  presupuestoGrupo: "Su presupuesto definitivo de la vigencia fue de {programado}, con compromisos por {ejecutado}{ejecucion}.",
  presupuestoEjecucion: ": una ejecución presupuestal del {pct}{fisico}",
  presupuestoFisico: ", frente a un avance físico del {pctFisico}",
  seccionPresupuesto: "Ejecución presupuestal por {por} (hoja «{hoja}»)",
  listaPresupuesto: "Ejecución presupuestal {clase}",
  elementoPresupuesto: "{nombre}: {pct} de ejecución presupuestal.",
  separadorCodigo: " – ",
  separadorEnumeracion: ", ",
  ultimoEnumeracion: " y ",
  sinMetas: "No hay metas consolidadas.",
} as const;

export type ClavePlantilla = keyof typeof PLANTILLAS;

/** What fills a slot: literal text, a figure, or several fragments (an enumeration). */
export type ValorSlot = string | Cifra | readonly Fragmento[];

const SLOT = /\{(\w+)\}|\[(\w+):([^|\]]*)\|([^\]]*)\]/g;

/**
 * The template's fragments with its slots filled; adjacent texts are merged.
 * @example rellenar("planConteos", { metas: cifra(1, …), … }) → [{ texto: "El plan cuenta con " }, cifra, { texto: " meta, …" }]
 * @throws RangeError when a slot has no value, or a plural agrees with something not a figure (a
 *   broken catalogue entry: a bug, caught by the Informe tests).
 */
export function rellenar(clave: ClavePlantilla, valores: Readonly<Record<string, ValorSlot>> = {}): Fragmento[] {
  const plantilla: string = PLANTILLAS[clave];
  const out: Fragmento[] = [];
  const texto = (t: string) => {
    if (t === "") return;
    const ultimo = out[out.length - 1];
    if (ultimo !== undefined && "texto" in ultimo) out[out.length - 1] = { texto: ultimo.texto + t };
    else out.push({ texto: t });
  };
  let desde = 0;
  for (const m of plantilla.matchAll(SLOT)) {
    texto(plantilla.slice(desde, m.index));
    desde = m.index + m[0].length;
    const nombre = m[1] ?? m[2] ?? "";
    const valor = valores[nombre];
    if (valor === undefined) throw new RangeError(`La plantilla «${clave}» no recibió «${nombre}»`);
    if (m[1] !== undefined) {
      if (typeof valor === "string") texto(valor);
      else if ("cifra" in valor) out.push(valor);
      else
        for (const f of valor)
          if ("texto" in f) texto(f.texto);
          else out.push(f);
    } else {
      if (typeof valor === "string" || !("cifra" in valor)) throw new RangeError(`La plantilla «${clave}» concuerda con «${nombre}», que no es una cifra`);
      texto(valor.cifra === 1 ? (m[3] ?? "") : (m[4] ?? ""));
    }
  }
  texto(plantilla.slice(desde));
  return out;
}

export function parrafo(clave: ClavePlantilla, valores: Readonly<Record<string, ValorSlot>> = {}): Parrafo {
  return { fragmentos: rellenar(clave, valores) };
}

/** "a, b y c" with the catalogue's connectors. */
export function enumerar(partes: readonly (readonly Fragmento[])[]): Fragmento[] {
  return partes.flatMap((p, i) => {
    if (i === 0) return [...p];
    const conector = i === partes.length - 1 ? PLANTILLAS.ultimoEnumeracion : PLANTILLAS.separadorEnumeracion;
    return [{ texto: conector }, ...p];
  });
}

/** A catalogue text without slots (titles). */
export function texto(clave: ClavePlantilla, valores: Readonly<Record<string, string>> = {}): string {
  return rellenar(clave, valores)
    .map((f) => ("texto" in f ? f.texto : ""))
    .join("");
}
