/** The paragraphs about one roll-up (the plan, a dependency, a node of a nivel), from its figures only. */
import type { Consolidacion, Grupo, Semaforo } from "../calculo/tipos";
import { cifra, origenGrupo, origenParametros, participacion } from "./_lib/origen";
import { enumerar, parrafo, rellenar, type ClavePlantilla } from "./plantillas";
import type { Parrafo } from "./tipos";

/** Which opening sentence: the plan's, a dependency's ("Esta dependencia cuenta con…") or a node's ("Agrupa…"). */
export type SujetoParrafos = "plan" | "dependencia" | "nodo";

const CONTEOS: Readonly<Record<SujetoParrafos, ClavePlantilla>> = { plan: "planConteos", dependencia: "dependenciaConteos", nodo: "nodoConteos" };

export function parrafosGrupo(c: Consolidacion, g: Grupo, sujeto: SujetoParrafos): Parrafo[] {
  const entero = (campo: Exclude<keyof Grupo["conteos"], "porSemaforo">) => cifra(g.conteos[campo], "entero", origenGrupo(g, `conteos.${campo}`));
  const vigencia = cifra(c.parametros.vigencia, "anio", origenParametros("vigencia"));
  const metas = entero("metas");
  // a group's share of the plan's metas, as the seeds put it («47,7 % del total de las metas del plan»)
  const parte = sujeto === "plan" ? null : participacion(metas, cifra(c.plan.conteos.metas, "entero", origenGrupo(c.plan, "conteos.metas")));
  const noProgramadas = g.conteos.noProgramadas === 0 ? null : participacion(entero("noProgramadas"), metas);
  const out: Parrafo[] = [
    parrafo(CONTEOS[sujeto], {
      metas,
      participacion: parte === null ? "" : rellenar("participacion", { metas, parte }),
      parteNoProgramadas: noProgramadas === null ? "" : rellenar("parteDelTotal", { parte: noProgramadas }),
      programadas: entero("programadas"),
      noProgramadas: entero("noProgramadas"),
      conReporte: entero("conReporte"),
      sinReporte: entero("sinReporte"),
      vigencia,
    }),
  ];
  if (g.peso !== null && sujeto === "nodo") out.push(parrafo("peso", { peso: cifra(g.peso, "pct", origenGrupo(g, "peso")) }));
  out.push(
    g.pctVigencia === null
      ? parrafo("vigenciaSinDato", { vigencia, estado: g.estadoTexto.toLocaleLowerCase("es") })
      : parrafo("vigencia", { vigencia, pctVigencia: cifra(g.pctVigencia, "pct", origenGrupo(g, "pctVigencia")), semaforo: g.semaforo }),
  );
  const cuatrienio = parrafoCuatrienio(g);
  if (cuatrienio) out.push(cuatrienio);
  const semaforo = parrafoSemaforo(g, c.parametros.semaforo);
  if (semaforo) out.push(semaforo);
  const { bajo50, sobreejecutadas } = g.conteos;
  const rezago = bajo50 === 0 ? null : participacion(entero("bajo50"), metas);
  out.push(
    bajo50 + sobreejecutadas === 0
      ? parrafo("sinAlertas")
      : parrafo("alertas", {
          bajo50: entero("bajo50"),
          parteRezago: rezago === null ? "" : rellenar("parteDeSusMetas", { parte: rezago }),
          sobreejecutadas: entero("sobreejecutadas"),
        }),
  );
  return out;
}

function parrafoCuatrienio(g: Grupo): Parrafo | null {
  if (g.pctCuatrienio === null) return null;
  const pctCuatrienio = cifra(g.pctCuatrienio, "pct", origenGrupo(g, "pctCuatrienio"));
  if (g.esperado === null) return parrafo("cuatrienio", { pctCuatrienio });
  const esperado = cifra(g.esperado, "pct", origenGrupo(g, "esperado"));
  if (g.cumplimiento === null) return parrafo("cuatrienioEsperado", { pctCuatrienio, esperado });
  return parrafo("cuatrienioCumplimiento", { pctCuatrienio, esperado, cumplimiento: cifra(g.cumplimiento, "pct", origenGrupo(g, "cumplimiento")) });
}

/** The counts per semáforo level, best level first, the grey states last; levels without metas are left out. */
function parrafoSemaforo(g: Grupo, semaforo: Semaforo): Parrafo | null {
  const porNivel = g.conteos.porSemaforo;
  const escala = semaforo.niveles.map((n) => n.nombre).reverse();
  const orden = [...escala, ...Object.keys(porNivel).filter((n) => !escala.includes(n))];
  const partes = orden
    .filter((nivel) => (porNivel[nivel] ?? 0) > 0)
    .map((nivel) => rellenar("semaforoNivel", { n: cifra(porNivel[nivel] ?? 0, "entero", origenGrupo(g, `conteos.porSemaforo.${nivel}`)), nivel }));
  return partes.length === 0 ? null : parrafo("semaforo", { distribucion: enumerar(partes) });
}
