/**
 * "Por <nivel>" (SPEC §6): one row per node of a level of the plan (eje, programa…), weighted,
 * in plan order, with its code and weight. The top level also gets an esperado-vs-real chart.
 */
import type { Consolidacion, Grupo } from "../calculo/tipos";
import { direccion } from "../grid/direccion";
import { normalizar } from "../texto/normalizar";
import type { HojaPlan } from "./plan";
import { COLUMNAS_INDICADORES, ENCABEZADOS_GRUPO as E, TOTAL_PLAN } from "./_lib/columnasGrupo";
import { COLOR_ESPERADO, COLOR_REAL, graficoPorcentaje } from "./_lib/graficos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";
import { mayusculaInicial } from "./_lib/textos";

const FILA_ENCABEZADO = 3;

/** "meta de resultado" → "Seg_Nivel_META_DE_RESULTADO" (letters, digits, underscore). */
export function nombreTablaNivel(nivel: string): string {
  return `Seg_Nivel_${normalizar(nivel).replace(/[^A-Z0-9]+/g, "_")}`;
}

export function tituloHojaNivel(nivel: string): string {
  return `Por ${nivel}`;
}

export function hojaNivel(c: Consolidacion, nivel: string, nombre: string, nombreTabla: string): HojaPlan {
  const h = new HojaEnConstruccion(`nivel:${nivel}`, nombre);
  const etiqueta = mayusculaInicial(nivel);
  const grupos = c.grupos.filter((g) => g.nivel === nivel);
  const columnas: readonly ColumnaTabla<Grupo>[] = [
    { encabezado: "Código", valor: (g) => g.codigo },
    { encabezado: etiqueta, valor: (g) => g.nombre, ancho: 48 },
    { encabezado: "Ponderación", valor: (g) => g.peso, formato: "0.0%" },
    ...COLUMNAS_INDICADORES,
  ];
  h.titulo(0, `Ejecución por ${nivel}`);
  subtitulo(h, 1, c);
  const t = escribirTabla(h, { fila: FILA_ENCABEZADO, columna: 0, nombre: nombreTabla, columnas, filas: grupos, semaforo: c.parametros.semaforo, totales: { ...c.plan, codigo: null, peso: null, nombre: TOTAL_PLAN } });
  h.congelar(FILA_ENCABEZADO + 1, 2);
  if (grupos.length > 0 && nivel === c.niveles[0]) {
    h.grafico(graficoPorcentaje({
      id: `nivel-${normalizar(nivel).toLowerCase().replace(/[^a-z0-9]+/g, "-")}-esperado-real`, tipo: "columnas",
      titulo: `Avance esperado frente a avance real por ${nivel}`, categorias: t.rangoDe(etiqueta), tituloCategorias: etiqueta,
      ancla: direccion(FILA_ENCABEZADO, columnas.length + 1),
      series: [
        { nombre: "Esperado", valores: t.rangoDe(E.esperado), color: COLOR_ESPERADO },
        { nombre: "Real", valores: t.rangoDe(E.pctCuatrienio), color: COLOR_REAL },
      ],
    }, c.parametros.tope, "% de avance"));
  }
  return h.construir();
}
