/**
 * The charts of a roll-up's figures per group, shared by Por dependencia and every Por <nivel>:
 * the % of the vigencia in semáforo colours, and the cuatrienio's esperado frente a real as
 * clustered bars (marked `cuatrienio`: a one-year plan leaves it out).
 */
import type { Consolidacion, Grupo } from "../calculo/tipos";
import { ENCABEZADOS_GRUPO } from "./_lib/columnasGrupo";
import { COLOR_ESPERADO, COLOR_REAL } from "./_lib/graficos";
import { colorNivel } from "./_lib/semaforo";
import type { GraficoGrupos } from "./graficosGrupos";

/** What differs between the sheets: the chart's id and title, the category title, how a group is labelled. */
export interface EjeGrupos {
  readonly id: string;
  readonly titulo: string;
  readonly tituloCategorias: string;
  readonly nombre: GraficoGrupos<Grupo>["nombre"];
}

/** @example graficoVigencia(c, grupos, { id: "dependencias-vigencia", … }).series[0].nombre → "% ejecución vigencia" */
export function graficoVigencia(c: Consolidacion, filas: readonly Grupo[], eje: EjeGrupos): GraficoGrupos<Grupo> {
  const semaforo = c.parametros.semaforo;
  return {
    ...eje,
    filas,
    orden: (g) => g.pctVigencia,
    medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de ejecución" },
    series: [{ nombre: ENCABEZADOS_GRUPO.pctVigencia, valor: (g) => g.pctVigencia, color: COLOR_REAL, colorPunto: (g) => colorNivel(g.semaforo, semaforo) }],
  };
}

/** Esperado and real per group, sorted by the real (issue 13: clustered bars per group). */
export function graficoEsperadoReal(c: Consolidacion, filas: readonly Grupo[], eje: EjeGrupos): GraficoGrupos<Grupo> {
  return {
    ...eje,
    cuatrienio: true,
    filas,
    orden: (g) => g.pctCuatrienio,
    medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de avance" },
    series: [
      { nombre: "Esperado", valor: (g) => g.esperado, color: COLOR_ESPERADO },
      { nombre: "Real", valor: (g) => g.pctCuatrienio, color: COLOR_REAL },
    ],
  };
}
