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
import { altoAjustado } from "./_lib/altoTexto";

export const PREFIJO_TABLAS_INFORME = "Seg_Informe";
/** Column B: the widest any owned sheet gets (70 characters), a comfortable line to read. */
const ANCHO_TEXTO = 70;
const TAMANO_TITULO: Readonly<Record<Seccion["nivel"], number>> = { 1: 14, 2: 12, 3: 11 };
const VINETA = "• ";

const celdaDe = (fila: number, columna: number): string => aA1({ fila1: fila, columna1: columna, fila2: fila, columna2: columna });

/**
 * Text rows are gathered and written as one block with one wrap style up to the next table: a
 * plan of 50,000 metas lists thousands of metas in rezago, and a block per row would cost the
 * Office writer thousands of operations (issue #12's budget).
 */
export function hojaInforme(c: Consolidacion, nombre: string): HojaPlan {
  const h = new HojaEnConstruccion("informe", nombre);
  const informe = construirInforme(c);
  h.titulo(0, informe.titulo);
  let fila = 2;
  let tablas = 0;
  let filas: [string | null, string | null][] = [];
  const volcar = () => {
    if (filas.length === 0) return;
    h.bloque(fila, 0, filas, { medirAncho: false });
    h.estilo({ rango: aA1({ fila1: fila, columna1: 1, fila2: fila + filas.length - 1, columna2: 1 }), ajustarTexto: true, alineacion: "izquierda" });
    fila += filas.length;
    filas = [];
  };
  const texto = (t: string, negrita = false) => {
    if (negrita) h.estilo({ rango: celdaDe(fila + filas.length, 1), negrita });
    const alto = altoAjustado(t, ANCHO_TEXTO);
    if (alto !== null) h.alto(fila + filas.length, alto);
    filas.push([null, t]);
  };
  for (const s of informe.secciones) {
    h.estilo({ rango: celdaDe(fila + filas.length, 0), negrita: true, tamano: TAMANO_TITULO[s.nivel], colorFuente: COLOR_TITULO });
    filas.push([s.titulo, null]);
    for (const p of s.parrafos) texto(textoParrafo(p));
    for (const l of s.listas) {
      texto(l.titulo, true);
      for (const e of l.elementos) texto(VINETA + textoParrafo(e));
    }
    filas.push([null, null]);
    if (s.tablas.length > 0) volcar();
    for (const t of s.tablas) fila = escribirTablaInforme(h, fila, t, `${PREFIJO_TABLAS_INFORME}_${++tablas}`, c.parametros.semaforo);
  }
  volcar();
  // after the tables: their own widths would otherwise narrow the text column
  h.ancho(1, ANCHO_TEXTO);
  h.congelar(1);
  return h.construir();
}
