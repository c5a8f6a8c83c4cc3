/**
 * "Por <nivel>" (SPEC §6): one row per node of a level of the plan (eje, programa…), weighted,
 * in plan order, with its code and weight, and one chart: esperado frente a real per node (up to
 * MAX_BARRAS_NIVEL nodes; % of the vigencia in a one-year plan), else how many nodes each semáforo level holds.
 */
import { segunModoPlan } from "../calculo/modoPlan";
import type { Consolidacion, Grupo } from "../calculo/tipos";
import { normalizar } from "../texto/normalizar";
import type { HojaPlan } from "./plan";
import { COLUMNA_CODIGO, COLUMNAS_INDICADORES, columnasDeGrupos, TOTAL_PLAN, type ColumnaGrupo } from "./_lib/columnasGrupo";
import { COLOR_REAL } from "./_lib/graficos";
import { graficoEsperadoReal, graficoVigencia } from "./graficosAvance";
import { colorNivel, nivelesEnOrden } from "./_lib/semaforo";
import { graficoDeGrupos } from "./graficosGrupos";
import { HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla } from "./_lib/tablaDatos";
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
  const nombreGrupo: ColumnaGrupo = { encabezado: etiqueta, valor: (g) => g.nombre, ancho: 48 };
  const columnas = columnasDeGrupos(c.parametros, grupos, [
    COLUMNA_CODIGO,
    nombreGrupo,
    { encabezado: "Ponderación", valor: (g) => g.peso, formato: "0.0%" },
    ...COLUMNAS_INDICADORES,
  ]);
  h.titulo(0, `Ejecución por ${nivel}`);
  subtitulo(h, 1, c);
  escribirTabla(h, {
    fila: FILA_ENCABEZADO,
    columna: 0,
    nombre: nombreTabla,
    columnas,
    filas: grupos,
    semaforo: c.parametros.semaforo,
    totales: { ...c.plan, codigo: null, peso: null, nombre: TOTAL_PLAN },
  });
  // the names stay in sight, and the codes before them when there are
  h.congelar(FILA_ENCABEZADO + 1, columnas.indexOf(nombreGrupo) + 1);
  graficoNivel(h, c, nivel, grupos, columnas.length + 1);
  return h.construir();
}

/** Beyond this many nodes, bars per node would not fit a page: the chart counts nodes per semáforo level. */
export const MAX_BARRAS_NIVEL = 25;

/**
 * Every level sheet's chart: esperado frente a real per node, sorted by the real (a one-year plan,
 * without a cuatrienio: the % of the vigencia per node, in semáforo colours), or nodes per semáforo level.
 */
function graficoNivel(h: HojaEnConstruccion, c: Consolidacion, nivel: string, grupos: readonly Grupo[], columna: number): void {
  const id = `nivel-${normalizar(nivel)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")}`;
  const etiqueta = mayusculaInicial(nivel);
  const semaforo = c.parametros.semaforo;
  if (grupos.length <= MAX_BARRAS_NIVEL) {
    const eje = (sufijo: string, titulo: string) => ({ id: `${id}-${sufijo}`, titulo, tituloCategorias: etiqueta, nombre: (g: Grupo) => g });
    const porNodo = [
      graficoEsperadoReal(c, grupos, eje("esperado-real", `Avance esperado frente a avance real por ${nivel}`)),
      graficoVigencia(c, grupos, eje("vigencia", `% de ejecución de la vigencia ${c.parametros.vigencia} por ${nivel}`)),
    ];
    // the first chart the plan's mode shows
    const [grafico] = segunModoPlan(c.parametros, porNodo);
    if (grafico) graficoDeGrupos(h, FILA_ENCABEZADO, columna, grafico);
    return;
  }
  const niveles = nivelesEnOrden(semaforo)
    .map((n) => ({ codigo: null, nombre: n, cantidad: grupos.filter((g) => g.semaforo === n).length }))
    .filter((x) => x.cantidad > 0);
  graficoDeGrupos(h, FILA_ENCABEZADO, columna, {
    id: `${id}-semaforo`,
    titulo: `Semáforo de los ${grupos.length} elementos del nivel ${nivel} (vigencia ${c.parametros.vigencia})`,
    tituloCategorias: "Nivel de semáforo",
    filas: niveles,
    nombre: (x) => x,
    medida: { tipo: "cantidad", titulo: "Elementos" },
    series: [{ nombre: "Elementos", valor: (x) => x.cantidad, color: COLOR_REAL, colorPunto: (x) => colorNivel(x.nombre, semaforo) }],
  });
}
