/**
 * "Informe" (issue 13): the narrative report as sheet rows. Headings sit in column A, where they
 * may overflow; paragraphs and list items sit in column B, wide and wrapped, which is also the
 * "Meta" column of the tables below them, so text and tables share one layout.
 */
import type { Consolidacion } from "../calculo/tipos";
import { aA1 } from "../grid/rango";
import { textoParrafo } from "../informe/cifra";
import { construirInforme } from "../informe/construirInforme";
import type { Seccion } from "../informe/tipos";
import type { HojaPlan } from "./plan";
import { escribirTablaInforme } from "./hojaMetasPorGrupo";
import { COLOR_TITULO, HojaEnConstruccion } from "./_lib/hoja";

export const PREFIJO_TABLAS_INFORME = "Seg_Informe";
/** Column B: the widest any owned sheet gets (70 characters), a comfortable line to read. */
const ANCHO_TEXTO = 70;
const TAMANO_TITULO: Readonly<Record<Seccion["nivel"], number>> = { 1: 14, 2: 12, 3: 11 };
const VINETA = "• ";

const celdaDe = (fila: number, columna: number): string => aA1({ fila1: fila, columna1: columna, fila2: fila, columna2: columna });

export function hojaInforme(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("informe", nombre);
  const informe = construirInforme(c);
  h.titulo(0, informe.titulo);
  let fila = 2;
  let tablas = 0;
  const texto = (t: string, negrita = false) => {
    h.bloque(fila, 1, [[t]], { medirAncho: false });
    h.estilo({ rango: celdaDe(fila, 1), ajustarTexto: true, alineacion: "izquierda", ...(negrita ? { negrita } : {}) });
    fila++;
  };
  for (const s of informe.secciones) {
    h.bloque(fila, 0, [[s.titulo]], { medirAncho: false });
    h.estilo({ rango: celdaDe(fila, 0), negrita: true, tamano: TAMANO_TITULO[s.nivel], colorFuente: COLOR_TITULO });
    fila++;
    for (const p of s.parrafos) texto(textoParrafo(p));
    for (const l of s.listas) {
      texto(l.titulo, true);
      for (const e of l.elementos) texto(VINETA + textoParrafo(e));
    }
    fila++;
    for (const t of s.tablas) fila = escribirTablaInforme(h, fila, t, `${PREFIJO_TABLAS_INFORME}_${++tablas}`, c.parametros.semaforo);
  }
  // after the tables: their own widths would otherwise narrow the text column
  h.ancho(1, ANCHO_TEXTO);
  h.congelar(1);
  return h.construir();
}
