/**
 * From a consolidation to the WorkbookPlan (SPEC §6): the owned sheets in tab order, their
 * names resolved against the user's sheets, and the ownership record. Pure and deterministic:
 * the same input gives the same plan.
 */
import type { Consolidacion } from "../calculo/tipos";
import { direccion, parseDireccion } from "../grid/direccion";
import type { ContextoPlan } from "./contexto";
import { hojaAlertas } from "./hojaAlertas";
import { hojaDatos } from "./hojaDatos";
import { hojaDependencias } from "./hojaDependencias";
import { hojaGraficos } from "./hojaGraficos";
import { hojaHallazgos } from "./hojaHallazgos";
import { hojaInforme } from "./hojaInforme";
import { hojaMetasPorGrupo } from "./hojaMetasPorGrupo";
import { hojaNivel, nombreTablaNivel, tituloHojaNivel } from "./hojaNivel";
import { hayPresupuesto, hojaPresupuesto } from "./hojaPresupuesto";
import { hojaResumen } from "./hojaResumen";
import { resolverNombres } from "./nombresHojas";
import { MARCA_HOJA_PROPIA, type ClaveHoja, type HojaPlan, type WorkbookPlan } from "./plan";

export type { ContextoPlan } from "./contexto";

type Constructor = (nombre: string) => HojaPlan;

/**
 * @example planificar(consolidar(libro), { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:00:00Z", duracionMs: 850 })
 */
export function planificar(c: Consolidacion, ctx: ContextoPlan): WorkbookPlan {
  const tablasNivel = nombresUnicos(c.niveles.map(nombreTablaNivel));
  const [superior] = c.niveles;
  const hojas: (readonly [ClaveHoja, string, Constructor])[] = [
    ["resumen", "Resumen", (n) => hojaResumen(c, ctx, n)],
    ["informe", "Informe", (n) => hojaInforme(c, n)],
    // charts on demand (issue 14): only when the settings ask for some
    ...(c.parametros.graficos.length > 0 ? [["graficos", "Gráficos", (n: string) => hojaGraficos(c, n)] as const] : []),
    ["dependencias", "Por dependencia", (n) => hojaDependencias(c, n)],
    ...(c.grupos.some((g) => g.nivel === "dependencia")
      ? [["metas:dependencia", "Metas por dependencia", (n: string) => hojaMetasPorGrupo(c, "dependencia", n, "Seg_Metas_Dependencia")] as const]
      : []),
    ...c.niveles.map((nivel, i) => [`nivel:${nivel}`, tituloHojaNivel(nivel), (n: string) => hojaNivel(c, nivel, n, tablasNivel[i] ?? "")] as const),
    // the top level only: planning offices lay out one table per eje, not per programa
    ...(superior === undefined
      ? []
      : [[`metas:${superior}`, `Metas por ${superior}`, (n: string) => hojaMetasPorGrupo(c, superior, n, `${tablasNivel[0] ?? ""}_Metas`)] as const]),
    ["alertas", "Alertas", (n) => hojaAlertas(c, n)],
    ["hallazgos", "Hallazgos", (n) => hojaHallazgos(c, n)],
    ...(hayPresupuesto(c) ? [["presupuesto", "Presupuesto", (n: string) => hojaPresupuesto(c, n)] as const] : []),
    ["datos", "Datos", (n) => hojaDatos(c, n)],
  ];
  const { nombres, eliminar, propiedad } = resolverNombres(
    hojas.map(([clave, deseado]) => [clave, deseado] as const),
    ctx.hojasExistentes,
    ctx.propiedadPrevia,
  );
  return {
    hojas: hojas.map(([clave, , construir]) => marcada(construir(nombres.get(clave) ?? clave))),
    eliminar,
    propiedad,
  };
}

/** The sheet with MARCA_HOJA_PROPIA in its first row, one empty column right of its widest block (tables never absorb it). */
function marcada(hoja: HojaPlan): HojaPlan {
  const columna = hoja.bloques.reduce((fin, b) => Math.max(fin, parseDireccion(b.inicio).columna + (b.valores[0]?.length ?? 0)), 0) + 1;
  const celda = direccion(0, columna);
  return {
    ...hoja,
    bloques: [...hoja.bloques, { inicio: celda, valores: [[MARCA_HOJA_PROPIA]] }],
    estilos: [...hoja.estilos, { rango: celda, colorFuente: "#808080" }],
  };
}

/** Appends _2, _3… to repeated names (two niveles that normalise alike). */
function nombresUnicos(nombres: readonly string[]): string[] {
  const vistos = new Set<string>();
  return nombres.map((n) => {
    let unico = n;
    for (let i = 2; vistos.has(unico.toUpperCase()); i++) unico = `${n}_${i}`;
    vistos.add(unico.toUpperCase());
    return unico;
  });
}
