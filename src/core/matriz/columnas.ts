/**
 * From the header cells to the columns read (SPEC §3.2–3.4): the matrix's own block (a side table
 * after an empty column, or a parallel block repeating the hierarchy, is left out), the user's
 * corrections, the year of columns without one, and one column per field (priority, then
 * A-COLUMNA-DUPLICADA on a repeated one).
 */
import type { Hoja } from "../grid/libro";
import { direccion } from "../grid/direccion";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { Cabecera } from "./cabecera";
import { describirCampo } from "./descripcionCampo";
import type { ColumnaReconocida, CorreccionHoja } from "./tipos";

export interface ColumnaLeida extends ColumnaReconocida {
  readonly rol: "codigo" | "nombre" | null;
  readonly alcance: "vigencia" | "cuatrienio" | null;
  readonly prioridad: number;
}

export interface Columnas {
  /** One column per field key, in sheet order. */
  readonly usadas: readonly ColumnaLeida[];
  /** Lower-priority columns of a field (the indicator name beside the meta name…). */
  readonly secundarias: readonly ColumnaLeida[];
  readonly noReconocidas: readonly { readonly letra: string; readonly encabezado: string }[];
  /** First and last column of the matrix block, 0-based inclusive. */
  readonly desde: number;
  readonly hasta: number;
  readonly bloqueParalelo: { readonly desde: string; readonly hasta: string } | null;
  readonly hallazgos: readonly Hallazgo[];
}

const CAMPOS_DESCRIPTIVOS = new Set(["lineaBase", "unidad", "tipo", "metaCuatrienio"]);

function columnaVacia(hoja: Hoja, columna: number, desde: number): boolean {
  for (let f = desde; f < Math.min(hoja.valores.length, desde + 50); f++) {
    const v = hoja.valores[f]?.[columna];
    if (v !== null && v !== undefined && v !== "") return false;
  }
  return true;
}

/** The contiguous block (no empty column inside) that holds the meta name. */
function bloqueDeLaMatriz(hoja: Hoja, cab: Cabecera): { desde: number; hasta: number } {
  const porColumna = new Map(cab.columnas.map((c) => [c.columna, c]));
  const meta = cab.columnas.find((c) => c.clas?.campo === "meta" && c.clas.prioridad >= 3) ?? cab.columnas.find((c) => c.clas?.campo === "meta");
  const ancla = meta?.columna ?? cab.columnas[0]?.columna ?? 0;
  const ultima = Math.max(...cab.columnas.map((c) => c.columna));
  const vacia = (k: number): boolean => !porColumna.has(k) && columnaVacia(hoja, k, cab.fila + 1);
  let desde = ancla;
  while (desde > 0 && !vacia(desde - 1)) desde--;
  let hasta = ancla;
  while (hasta < ultima && !vacia(hasta + 1)) hasta++;
  return { desde, hasta };
}

function clave(c: ColumnaLeida): string {
  return `${c.campo}|${c.anio}|${c.trimestre}|${c.variante}|${c.nivel}|${c.rol}|${c.alcance}`;
}

/**
 * @param anioPorDefecto year of programado/ejecutado columns whose header names none (title vigencia…)
 */
export function resolverColumnas(hoja: Hoja, cab: Cabecera, anioPorDefecto: number | null, corr?: CorreccionHoja): Columnas {
  const { desde, hasta } = bloqueDeLaMatriz(hoja, cab);
  const leidas: ColumnaLeida[] = [];
  const noReconocidas: { letra: string; encabezado: string }[] = [];
  const vistos = new Set<string>();
  let vioPE = false;
  let vioPrograma = false;
  let finBloque = hasta;
  let bloqueParalelo: Columnas["bloqueParalelo"] = null;
  for (const c of cab.columnas) {
    if (c.columna < desde || c.columna > hasta) continue;
    const clas = c.clas;
    const o = corr?.columnas?.[c.letra];
    if (!clas?.campo) {
      noReconocidas.push({ letra: c.letra, encabezado: c.encabezado });
      continue;
    }
    // A second block that repeats the hierarchy or the meta after the values (Guatapé: Plan de
    // Acción beside Plan de Desarrollo) is another matrix of the same rows: read the first one.
    const estructura = estructuraDe(clas);
    if (vioPE && estructura && vistos.has(estructura) && !o) {
      finBloque = c.columna - 1;
      bloqueParalelo = { desde: c.letra, hasta: cab.columnas.filter((k) => k.columna <= hasta).at(-1)?.letra ?? c.letra };
      break;
    }
    if (estructura) vistos.add(estructura);
    if (clas.campo === "programado" || clas.campo === "ejecutado") vioPE = true;
    if (clas.campo === "nivel" && clas.nivel === "programa") vioPrograma = true;
    // "OBJETIVO" right of the programa is the program's description, not a level above it
    if (clas.campo === "nivel" && clas.nivel === "objetivo" && vioPrograma && !o) {
      noReconocidas.push({ letra: c.letra, encabezado: c.encabezado });
      continue;
    }
    const esPE = clas.campo === "programado" || clas.campo === "ejecutado";
    const anio = o?.anio !== undefined ? o.anio : (c.analisis.anio ?? (esPE ? anioPorDefecto : null));
    const trimestre = o?.trimestre !== undefined ? o.trimestre : c.analisis.trimestre;
    leidas.push({
      columna: c.columna,
      letra: c.letra,
      campo: clas.campo,
      anio,
      trimestre,
      variante: clas.variante,
      nivel: clas.nivel,
      encabezado: c.encabezado,
      rol: clas.rol,
      alcance: clas.alcance,
      prioridad: clas.prioridad,
    });
  }
  return { ...elegir(hoja, cab, leidas), noReconocidas, desde, hasta: finBloque, bloqueParalelo };
}

/** Columns that identify a matrix's rows: a level, the meta's name (not its indicator) or its code. */
function estructuraDe(c: { campo: string | null; nivel: string | null; rol: string | null; prioridad: number }): string | null {
  if (c.campo === "nivel") return `nivel|${c.nivel}|${c.rol}`;
  if ((c.campo === "meta" && c.prioridad >= 3) || (c.campo === "codigo" && c.prioridad >= 2)) return c.campo;
  return null;
}

/** One column per key: the highest priority; a repeat with the same priority is A-COLUMNA-DUPLICADA. */
function elegir(hoja: Hoja, cab: Cabecera, leidas: ColumnaLeida[]): Pick<Columnas, "usadas" | "secundarias" | "hallazgos"> {
  const meta = leidas.find((c) => c.campo === "meta" && c.prioridad >= 3) ?? leidas.find((c) => c.campo === "meta");
  // a línea base / unidad / tipo left of the meta's name belongs to a higher level (meta de resultado)
  const ajustada = (c: ColumnaLeida): number => (meta && CAMPOS_DESCRIPTIVOS.has(c.campo) && c.columna < meta.columna ? c.prioridad - 10 : c.prioridad);
  const mejor = new Map<string, ColumnaLeida>();
  for (const c of leidas) {
    const k = clave(c);
    const actual = mejor.get(k);
    if (!actual || ajustada(c) > ajustada(actual)) mejor.set(k, c);
  }
  const usadas: ColumnaLeida[] = [];
  const secundarias: ColumnaLeida[] = [];
  const hallazgos: Hallazgo[] = [];
  for (const c of leidas) {
    const ganadora = mejor.get(clave(c));
    if (ganadora === c) usadas.push(c);
    else if (ganadora && ajustada(c) === ajustada(ganadora)) {
      hallazgos.push(
        crearHallazgo("A-COLUMNA-DUPLICADA", hoja.nombre, direccion(cab.fila, c.columna), c.encabezado, {
          encabezado: c.encabezado,
          campo: describirCampo(c),
          primera: ganadora.letra,
        }),
      );
    } else secundarias.push(c);
  }
  return { usadas, secundarias, hallazgos };
}
