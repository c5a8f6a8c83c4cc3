/**
 * From the header cells to the columns read (SPEC §3.2–3.4, §3.6): the matrix's own block (a side
 * table after an empty column, or a parallel block repeating the hierarchy, is left out), the
 * user's corrections, each column's field decided by its words and its cells together (with the
 * evidence and the runner-up kept), and one column per field (priority, then evidence; the same
 * header twice is A-COLUMNA-DUPLICADA). A header without a year never borrows one from its
 * neighbours: only the sheet's own vigencia (title or name) dates it.
 */
import type { Cultura, Hoja } from "../grid/libro";
import { direccion } from "../grid/direccion";
import { crearHallazgo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import type { Cabecera } from "./cabecera";
import { describirCampo } from "./descripcionCampo";
import { evidenciaDe, leer } from "./evidencia";
import { perfilar } from "./perfilColumna";
import type { ColumnaReconocida, CorreccionHoja } from "./tipos";

export interface ColumnaLeida extends ColumnaReconocida {
  readonly rol: "codigo" | "nombre" | null;
  readonly alcance: "vigencia" | "cuatrienio" | null;
  readonly prioridad: number;
  /** Score of the chosen reading (words and cells); corrections score above any. */
  readonly puntaje: number;
  /** The header's field words, normalised (two columns with the same ones are a duplicate). */
  readonly base: string;
}

type NoReconocida = { readonly letra: string; readonly encabezado: string; readonly motivo?: string };

export interface Columnas {
  /** One column per field key, in sheet order. */
  readonly usadas: readonly ColumnaLeida[];
  /** Lower-priority columns of a field (the indicator name beside the meta name…). */
  readonly secundarias: readonly ColumnaLeida[];
  readonly noReconocidas: readonly NoReconocida[];
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

const NO_SE_LEE = "la matriz la calcula para sí misma; no se consolida";

/** The reading of one header cell: words and cells weighed together, or the user's correction. */
function decidir(hoja: Hoja, cab: Cabecera, c: Cabecera["columnas"][number], cultura: Cultura) {
  if (c.corregida) {
    return {
      clas: c.clas,
      puntaje: 9,
      evidencia: { motivo: "corregida por el usuario", puntaje: 1, alternativa: null, dudosa: false },
      motivo: "ignorada por el usuario",
    };
  }
  if (c.candidatos.length === 0) return { clas: null, puntaje: 0, evidencia: undefined, motivo: "encabezado no reconocido" };
  const lecturas = leer(c.candidatos, perfilar(hoja, c.columna, cab.fila + 1, cultura));
  const mejor = lecturas[0];
  if (!mejor || mejor.candidato.campo === null) return { clas: null, puntaje: 0, evidencia: undefined, motivo: NO_SE_LEE };
  return {
    clas: mejor.candidato,
    puntaje: mejor.puntaje,
    evidencia: evidenciaDe(lecturas, 0, c.encabezado, c.analisis.anio, c.analisis.trimestre),
    motivo: "",
  };
}

/**
 * @param anioPorDefecto the sheet's own vigencia (title or name), for programado/ejecutado headers without a year
 */
export function resolverColumnas(hoja: Hoja, cab: Cabecera, anioPorDefecto: number | null, cultura: Cultura, corr?: CorreccionHoja): Columnas {
  const { desde, hasta } = bloqueDeLaMatriz(hoja, cab);
  const leidas: ColumnaLeida[] = [];
  const noReconocidas: NoReconocida[] = [];
  const vistos = new Set<string>();
  let vioPE = false;
  let vioPrograma = false;
  let finBloque = hasta;
  let bloqueParalelo: Columnas["bloqueParalelo"] = null;
  const decisiones = cab.columnas.map((c) => (c.columna < desde || c.columna > hasta ? null : decidir(hoja, cab, c, cultura)));
  // rows that carry their own year (long layouts): programado/ejecutado without a year take the row's
  const porFila = decisiones.some((d) => d?.clas?.campo === "vigencia");
  for (let i = 0; i < cab.columnas.length; i++) {
    const c = cab.columnas[i];
    const d = decisiones[i];
    if (!c) continue;
    if (!d) {
      if (c.clas?.campo) noReconocidas.push({ letra: c.letra, encabezado: c.encabezado, motivo: "fuera de la tabla de la matriz (tras una columna vacía)" });
      continue;
    }
    const clas = d.clas;
    const o = corr?.columnas?.[c.letra];
    if (!clas?.campo) {
      noReconocidas.push({ letra: c.letra, encabezado: c.encabezado, motivo: d.motivo });
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
      noReconocidas.push({ letra: c.letra, encabezado: c.encabezado, motivo: "describe el programa de su izquierda; no es un nivel" });
      continue;
    }
    const esPE = clas.campo === "programado" || clas.campo === "ejecutado";
    const anio = o?.anio !== undefined ? o.anio : (c.analisis.anio ?? (esPE && !porFila ? anioPorDefecto : null));
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
      puntaje: d.puntaje,
      base: c.analisis.base,
      ...(d.evidencia ? { evidencia: d.evidencia } : {}),
    });
  }
  const elegidas = elegir(hoja, cab, leidas);
  return { ...elegidas, noReconocidas: [...noReconocidas, ...elegidas.descartadas], desde, hasta: finBloque, bloqueParalelo };
}

/** A column as the result shows it: the field read, without the reading's working data. */
export function columnaReconocida({ columna, letra, campo, anio, trimestre, variante, nivel, encabezado, evidencia }: ColumnaLeida): ColumnaReconocida {
  return { columna, letra, campo, anio, trimestre, variante, nivel, encabezado, ...(evidencia ? { evidencia } : {}) };
}

/** Columns that identify a matrix's rows: a level, the meta's name (not its indicator) or its code. */
function estructuraDe(c: { campo: string | null; nivel: string | null; rol: string | null; prioridad: number }): string | null {
  if (c.campo === "nivel") return `nivel|${c.nivel}|${c.rol}`;
  if ((c.campo === "meta" && c.prioridad >= 3) || (c.campo === "codigo" && c.prioridad >= 2)) return c.campo;
  return null;
}

/** Fields read from secondary columns too: the indicator's name beside the meta, every observaciones column. */
const SECUNDARIAS_LEIDAS = new Set(["meta", "observaciones"]);

/**
 * One column per key: the highest priority, then the strongest evidence, then the first. The same
 * header twice at the same priority is A-COLUMNA-DUPLICADA; another header that lost is set aside
 * with why.
 */
function elegir(hoja: Hoja, cab: Cabecera, leidas: ColumnaLeida[]): Pick<Columnas, "usadas" | "secundarias" | "hallazgos"> & { descartadas: NoReconocida[] } {
  const meta = leidas.find((c) => c.campo === "meta" && c.prioridad >= 3) ?? leidas.find((c) => c.campo === "meta");
  // a línea base / unidad / tipo left of the meta's name belongs to a higher level (meta de resultado)
  const ajustada = (c: ColumnaLeida): number => (meta && CAMPOS_DESCRIPTIVOS.has(c.campo) && c.columna < meta.columna ? c.prioridad - 10 : c.prioridad);
  const mejor = new Map<string, ColumnaLeida>();
  for (const c of leidas) {
    const k = clave(c);
    const actual = mejor.get(k);
    if (!actual || ajustada(c) > ajustada(actual) || (ajustada(c) === ajustada(actual) && c.base !== actual.base && c.puntaje > actual.puntaje + 0.02))
      mejor.set(k, c);
  }
  const usadas: ColumnaLeida[] = [];
  const secundarias: ColumnaLeida[] = [];
  const descartadas: NoReconocida[] = [];
  const hallazgos: Hallazgo[] = [];
  for (const c of leidas) {
    const ganadora = mejor.get(clave(c));
    if (ganadora === c) usadas.push(c);
    else if (ganadora && ajustada(c) === ajustada(ganadora) && c.base === ganadora.base) {
      hallazgos.push(
        crearHallazgo("A-COLUMNA-DUPLICADA", hoja.nombre, direccion(cab.fila, c.columna), c.encabezado, {
          encabezado: c.encabezado,
          campo: describirCampo(c),
          primera: ganadora.letra,
        }),
      );
    } else {
      secundarias.push(c);
      if (ganadora && !SECUNDARIAS_LEIDAS.has(c.campo)) {
        descartadas.push({ letra: c.letra, encabezado: c.encabezado, motivo: `la columna ${ganadora.letra} es mejor ${describirCampo(c)}` });
      }
    }
  }
  return { usadas, secundarias, hallazgos, descartadas };
}
