/**
 * The header row (SPEC §3.1): the row of the first 30 whose cells best match the synonyms, read
 * alone or combined with the row above (a merged "2024" over "Programado | Ejecutado", "T1" over
 * "Planeado | Ejecutado"). Each header text is analysed once (cached by text).
 */
import type { Hoja } from "../grid/libro";
import { memo } from "../_lib/memo";
import { letraColumna } from "../grid/direccion";
import { textoCelda } from "./codigoNombre";
import { valorArea, type IndiceCombinadas } from "./combinadas";
import { analizarEncabezado, type EncabezadoAnalizado } from "./encabezadoTexto";
import { corregir } from "./correcciones";
import { candidatos, clasificar, type Candidato, type Clasificacion } from "./sinonimos";
import type { CorreccionHoja } from "./tipos";

export const FILAS_BUSQUEDA = 30;

export interface ColumnaCandidata {
  readonly columna: number;
  readonly letra: string;
  /** As written; both rows joined with " / " for two-row headers. */
  readonly encabezado: string;
  readonly analisis: EncabezadoAnalizado;
  /** The best reading after the words alone (the header row is chosen on these). */
  readonly clas: Clasificacion | null;
  /** Every reading the words allow, best first; the cells decide among them (columnas.ts). */
  readonly candidatos: readonly Candidato[];
  /** Set when the user corrected this column (SPEC §3.7): taken as is. */
  readonly corregida: boolean;
  /** Its text joins a band of the row above and a text of its own row. */
  readonly unida: boolean;
}

export interface Cabecera {
  /** 0-based lower header row; `filaSuperior` is the band row above it in a two-row header. */
  readonly fila: number;
  readonly filaSuperior: number | null;
  readonly columnas: readonly ColumnaCandidata[];
  readonly esMatriz: boolean;
  readonly campos: number;
}

interface Analisis {
  readonly analisis: EncabezadoAnalizado;
  readonly clas: Clasificacion | null;
  readonly candidatos: readonly Candidato[];
}

const analizar = memo(20_000, (texto: string): Analisis => {
  const analisis = analizarEncabezado(texto);
  return { analisis, clas: clasificar(analisis), candidatos: candidatos(analisis) };
});

/** A cell of the row above that qualifies a column: a year, a quarter or a short field word. */
function esBanda(texto: string): boolean {
  if (texto.length > 60) return false;
  const a = analizar(texto).analisis;
  if (a.base === "" || /^(VIGENCIA|ANO|AÑO)$/.test(a.base)) return a.anio !== null || a.trimestre !== null;
  return a.base.length <= 25 && /^(PROGRAMAD[OA]|EJECUTAD[OA]|PLANEAD[OA]|PROGRAMACION|EJECUCION|META|AVANCE|VALOR ESPERADO)S?$/.test(a.base);
}

function ancho(hoja: Hoja, desde: number, hasta: number): number {
  let n = 0;
  for (let f = desde; f <= hasta; f++) n = Math.max(n, hoja.valores[f]?.length ?? 0);
  return n;
}

function leerFila(hoja: Hoja, idx: IndiceCombinadas, fila: number, combinar: boolean, corr: CorreccionHoja | undefined): ColumnaCandidata[] {
  const out: ColumnaCandidata[] = [];
  const n = ancho(hoja, Math.max(0, fila - 1), fila);
  for (let c = 0; c < n; c++) {
    const abajo = textoCelda(valorArea(hoja, idx, fila, c)).trim();
    let texto = abajo;
    let unida = false;
    if (combinar && fila > 0) {
      const mismaArea = idx.area(fila, c) !== undefined && idx.area(fila, c) === idx.area(fila - 1, c);
      const arriba = mismaArea ? "" : textoCelda(valorArea(hoja, idx, fila - 1, c)).trim();
      if (arriba !== "" && esBanda(arriba)) {
        unida = abajo !== "";
        texto = unida ? `${arriba} / ${abajo}` : arriba;
      }
    }
    const letra = letraColumna(c);
    if (texto === "" && !corr?.columnas?.[letra]) continue;
    const { analisis, clas, candidatos: lista } = analizar(texto.replace(" / ", " "));
    const corregida = corregir(clas, letra, corr);
    out.push({
      columna: c,
      letra,
      encabezado: texto,
      analisis,
      clas: corregida === undefined ? clas : corregida,
      candidatos: lista,
      corregida: corregida !== undefined,
      unida,
    });
  }
  return out;
}

function evaluar(columnas: readonly ColumnaCandidata[]): { campos: number; tieneMeta: boolean; tienePE: boolean } {
  const claves = new Set<string>();
  let tieneMeta = false;
  let tienePE = false;
  for (const c of columnas) {
    const k = c.clas;
    if (!k?.campo) continue;
    claves.add(`${k.campo}|${c.analisis.anio}|${c.analisis.trimestre}|${k.variante}|${k.nivel}|${k.rol}|${k.alcance}`);
    if (k.campo === "meta") tieneMeta = true;
    if (k.campo === "programado" || k.campo === "ejecutado") tienePE = true;
  }
  return { campos: claves.size, tieneMeta, tienePE };
}

/** A row of texts only, two of them field words: part of a header, never data. */
function filaDePalabras(hoja: Hoja, fila: number): boolean {
  let campos = 0;
  for (const v of hoja.valores[fila] ?? []) {
    if (v === null || v === "") continue;
    if (typeof v !== "string") return false;
    if (analizar(v).clas?.campo) campos++;
  }
  return campos >= 2;
}

/**
 * The best header of the sheet (or the forced one, 0-based), null when no row matches anything.
 * `esMatriz` when it has a meta name and a programado or ejecutado column (SPEC §3.1).
 */
export function buscarCabecera(hoja: Hoja, idx: IndiceCombinadas, filaForzada?: number, corr?: CorreccionHoja): Cabecera | null {
  let mejor: Cabecera | null = null;
  let mejorPuntaje = 0;
  const filas = filaForzada !== undefined ? [filaForzada] : Array.from({ length: Math.min(FILAS_BUSQUEDA, hoja.valores.length) }, (_, i) => i);
  for (const f of filas) {
    for (const combinar of [false, true]) {
      if (combinar && f === 0) continue;
      const columnas = leerFila(hoja, idx, f, combinar, corr);
      const e = evaluar(columnas);
      if (e.campos === 0) continue;
      const esMatriz = e.tieneMeta && e.tienePE;
      const superior = combinar && columnas.some((c) => c.encabezado.includes(" / ") || c.encabezado !== textoCelda(valorArea(hoja, idx, f, c.columna)).trim());
      // a row of field words under a band ("Trimestre I - 2025" over "Resultado") completes the header
      const completa = columnas.some((c) => c.unida) && filaDePalabras(hoja, f) ? 0.5 : 0;
      const puntaje = e.campos + (e.tieneMeta ? 3 : 0) + (e.tienePE ? 3 : 0) + (esMatriz ? 100 : 0) + completa;
      if (puntaje > mejorPuntaje) {
        mejorPuntaje = puntaje;
        mejor = { fila: f, filaSuperior: superior ? f - 1 : null, columnas, esMatriz, campos: e.campos };
      }
    }
  }
  return mejor;
}
