/** "Por dependencia" (SPEC §6): one row per dependency, sorted by % vigencia, with three charts
 * (vigencia, cuatrienio, esperado frente a real), each sorted by its own value beside its data; a
 * one-year plan keeps the vigencia's alone. */
import { segunModoPlan } from "../calculo/modoPlan";
import type { Consolidacion, Grupo } from "../calculo/tipos";
import type { HojaPlan } from "./plan";
import { COLUMNAS_INDICADORES, ENCABEZADOS_GRUPO as E, TOTAL_PLAN } from "./_lib/columnasGrupo";
import { COLOR_REAL } from "./_lib/graficos";
import { graficoEsperadoReal, graficoVigencia } from "./graficosAvance";
import { graficoDeGrupos, type GraficoGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { subtitulo } from "./_lib/subtitulo";

export const NOMBRE_TABLA_DEPENDENCIAS = "Seg_Dependencias";
const FILA_ENCABEZADO = 3;
const COLUMNAS: readonly ColumnaTabla<Grupo>[] = [{ encabezado: "Dependencia", valor: (g) => g.nombre }, ...COLUMNAS_INDICADORES];

/** Highest % vigencia first; groups without a value last; ties by name, so the order is stable. */
export function ordenarPorVigencia(grupos: readonly Grupo[]): Grupo[] {
  return [...grupos].sort(
    (a, b) => (b.pctVigencia ?? -Infinity) - (a.pctVigencia ?? -Infinity) || a.nombre.localeCompare(b.nombre, "es") || a.clave.localeCompare(b.clave),
  );
}

export function hojaDependencias(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("dependencias", nombre);
  const grupos = ordenarPorVigencia(c.grupos.filter((g) => g.nivel === "dependencia"));
  const columnas = segunModoPlan(c.parametros, COLUMNAS);
  h.titulo(0, "Ejecución por dependencia");
  subtitulo(h, 1, c);
  escribirTabla(h, {
    fila: FILA_ENCABEZADO,
    columna: 0,
    nombre: NOMBRE_TABLA_DEPENDENCIAS,
    columnas,
    filas: grupos,
    semaforo: c.parametros.semaforo,
    totales: { ...c.plan, nombre: TOTAL_PLAN },
  });
  h.congelar(FILA_ENCABEZADO + 1, 1);
  if (grupos.length === 0) return h.construir();
  const columna = columnas.length + 1;
  let fila = FILA_ENCABEZADO;
  for (const g of segunModoPlan(c.parametros, graficos(c, grupos))) fila = graficoDeGrupos(h, fila, columna, g);
  return h.construir();
}

const sinCodigo = (g: Grupo): { codigo: null; nombre: string } => ({ codigo: null, nombre: g.nombre });

/** The sheet's charts, one below the other: vigencia, cuatrienio, esperado frente a real. */
function graficos(c: Consolidacion, grupos: readonly Grupo[]): GraficoGrupos<Grupo>[] {
  const eje = (id: string, titulo: string) => ({ id, titulo, tituloCategorias: "Dependencia", nombre: sinCodigo });
  return [
    graficoVigencia(c, grupos, eje("dependencias-vigencia", `% de ejecución de la vigencia ${c.parametros.vigencia} por dependencia`)),
    {
      ...eje("dependencias-cuatrienio", "% de avance del cuatrienio por dependencia"),
      cuatrienio: true,
      filas: grupos,
      orden: (g) => g.pctCuatrienio,
      medida: { tipo: "porcentaje", tope: c.parametros.tope, titulo: "% de avance" },
      series: [{ nombre: E.pctCuatrienio, valor: (g) => g.pctCuatrienio, color: COLOR_REAL }],
    },
    graficoEsperadoReal(c, grupos, eje("dependencias-esperado-real", "Avance esperado frente a avance real por dependencia")),
  ];
}
