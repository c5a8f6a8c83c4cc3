/**
 * "Metas por dependencia" and "Metas por <nivel>" (issue 13): one titled block per group with its
 * metas, the way planning offices lay out one table per secretaría or eje. The blocks are the
 * Informe's own tables (informe/tablaMetas.ts), so the sheet, the Informe and the Word export
 * show the same rows.
 */
import type { Consolidacion, Semaforo } from "../calculo/tipos";
import { aA1 } from "../grid/rango";
import { esCifra } from "../informe/cifra";
import { metasPorId, tablaMetas } from "../informe/tablaMetas";
import type { FormatoCifra, Fragmento, TablaInforme } from "../informe/tipos";
import type { HojaPlan } from "./plan";
import type { Celda } from "./_lib/celdas";
import { COLOR_TITULO, HojaEnConstruccion } from "./_lib/hoja";
import { subtitulo } from "./_lib/subtitulo";
import { escribirTabla, type ColumnaTabla } from "./_lib/tablaDatos";

const FILA_PRIMER_BLOQUE = 3;

/** en-US number formats of the Informe's figures in cells ("decimal" keeps the matrix's own digits). */
const FORMATOS: Readonly<Record<FormatoCifra, string>> = { pct: "0.0%", entero: "#,##0", decimal: "General", moneda: "$ #,##0", anio: "0" };

type FilaInforme = readonly (Fragmento | null)[];

const celda = (f: Fragmento | null | undefined): Celda => (f === null || f === undefined ? null : esCifra(f) ? f.cifra : f.texto);

/**
 * Writes a TablaInforme at `fila`: its title in bold, then an Excel table named `nombre`.
 * Returns the first free row after it and one blank row.
 */
export function escribirTablaInforme(h: HojaEnConstruccion, fila: number, tabla: TablaInforme, nombre: string, semaforo: Semaforo): number {
  h.bloque(fila, 0, [[tabla.titulo]], { medirAncho: false });
  h.estilo({ rango: aA1({ fila1: fila, columna1: 0, fila2: fila, columna2: 0 }), negrita: true, tamano: 12, colorFuente: COLOR_TITULO });
  const columnas: ColumnaTabla<FilaInforme>[] = tabla.columnas.map((col, j) => {
    const primera = tabla.filas.map((f) => f[j]).find((x) => x !== null && x !== undefined && esCifra(x));
    return {
      encabezado: col.titulo,
      valor: (f: FilaInforme) => celda(f[j]),
      ancho: col.ancho,
      ...(primera && esCifra(primera) ? { formato: FORMATOS[primera.formato] } : {}),
      ...(col.semaforo ? { semaforo: "nivel" as const } : {}),
    };
  });
  const t = escribirTabla(h, { fila: fila + 1, columna: 0, nombre, columnas, filas: tabla.filas, semaforo });
  return t.filaFin + 2;
}

/**
 * @param nivel "dependencia" or a nivel of the plan ("eje").
 * @param prefijoTablas workbook-unique prefix of its tables ("Seg_Metas_Dependencia" → "…_1", "…_2").
 */
export function hojaMetasPorGrupo(c: Consolidacion, nivel: string, nombre: string, prefijoTablas: string): HojaPlan {
  const h = new HojaEnConstruccion(`metas:${nivel}`, nombre);
  h.titulo(0, `Metas por ${nivel}`);
  subtitulo(h, 1, c);
  const metas = metasPorId(c);
  let fila = FILA_PRIMER_BLOQUE;
  c.grupos
    .filter((g) => g.nivel === nivel)
    .forEach((g, i) => {
      fila = escribirTablaInforme(h, fila, tablaMetas(g, metas, c.parametros), `${prefijoTablas}_${i + 1}`, c.parametros.semaforo);
    });
  // the title and the line under it stay in view while scrolling through the groups
  h.congelar(FILA_PRIMER_BLOQUE - 1);
  return h.construir();
}
