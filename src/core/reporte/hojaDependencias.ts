/** "Por dependencia" (SPEC §6): one row per dependency, sorted by % vigencia, with three charts. */
import type { Consolidacion, Grupo } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import type { HojaPlan } from "./plan";
import { COLUMNAS_INDICADORES, ENCABEZADOS_GRUPO as E, TOTAL_PLAN } from "./_lib/columnasGrupo";
import { COLOR_ESPERADO, COLOR_REAL, FILAS_POR_GRAFICO, graficoPorcentaje } from "./_lib/graficos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { colorNivel } from "./_lib/semaforo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { subtitulo } from "./_lib/subtitulo";

export const NOMBRE_TABLA_DEPENDENCIAS = "Seg_Dependencias";
const FILA_ENCABEZADO = 3;
const COLUMNAS: readonly ColumnaTabla<Grupo>[] = [{ encabezado: "Dependencia", valor: (g) => g.nombre }, ...COLUMNAS_INDICADORES];

/** Highest % vigencia first; groups without a value last; ties by name, so the order is stable. */
export function ordenarPorVigencia(grupos: readonly Grupo[]): Grupo[] {
  return [...grupos].sort((a, b) => (b.pctVigencia ?? -Infinity) - (a.pctVigencia ?? -Infinity) || a.nombre.localeCompare(b.nombre, "es") || a.clave.localeCompare(b.clave));
}

export function hojaDependencias(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("dependencias", nombre);
  const grupos = ordenarPorVigencia(c.grupos.filter((g) => g.nivel === "dependencia"));
  h.titulo(0, "Ejecución por dependencia");
  subtitulo(h, 1, c);
  const t = escribirTabla(h, { fila: FILA_ENCABEZADO, columna: 0, nombre: NOMBRE_TABLA_DEPENDENCIAS, columnas: COLUMNAS, filas: grupos, semaforo: c.parametros.semaforo, totales: { ...c.plan, nombre: TOTAL_PLAN } });
  h.congelar(FILA_ENCABEZADO + 1, 1);
  if (grupos.length === 0) return h.construir();
  const categorias = t.rangoDe("Dependencia");
  const colGraficos = COLUMNAS.length + 1;
  const ancla = (i: number): string => direccion(FILA_ENCABEZADO + i * FILAS_POR_GRAFICO, colGraficos);
  const tope = c.parametros.tope;
  h.grafico(graficoPorcentaje({
    id: "dependencias-vigencia", tipo: "barras", titulo: `% de ejecución de la vigencia ${c.parametros.vigencia} por dependencia`,
    categorias, tituloCategorias: "Dependencia", ancla: ancla(0),
    series: [{ nombre: E.pctVigencia, valores: t.rangoDe(E.pctVigencia), color: COLOR_REAL, coloresPuntos: grupos.map((g) => colorNivel(g.semaforo, c.parametros.semaforo)) }],
  }, tope));
  h.grafico(graficoPorcentaje({
    id: "dependencias-cuatrienio", tipo: "barras", titulo: "% de avance del cuatrienio por dependencia",
    categorias, tituloCategorias: "Dependencia", ancla: ancla(1),
    series: [{ nombre: E.pctCuatrienio, valores: t.rangoDe(E.pctCuatrienio), color: COLOR_REAL }],
  }, tope, "% de avance"));
  h.grafico(graficoPorcentaje({
    id: "dependencias-esperado-real", tipo: "columnas", titulo: "Avance esperado frente a avance real por dependencia",
    categorias, tituloCategorias: "Dependencia", ancla: ancla(2),
    series: [
      { nombre: "Esperado", valores: t.rangoDe(E.esperado), color: COLOR_ESPERADO },
      { nombre: "Real", valores: t.rangoDe(E.pctCuatrienio), color: COLOR_REAL },
    ],
  }, tope, "% de avance"));
  return h.construir();
}
