/**
 * Checks recognition corrections (SPEC §3.7) given as JSON — a `--mapa` file or the settings the
 * pane saved — before the engine sees them: every problem is collected with its JSON path and a
 * Spanish reason, never stopping at the first (STYLE: issues as data, like zod's).
 */
import type { Campo, CorreccionHoja, LecturaTrimestral, Trimestre, Variante } from "../core/matriz/tipos";

type Columna = NonNullable<CorreccionHoja["columnas"]>[string];

// `satisfies Record<…, true>` makes the compiler fail when the core adds a field this list lacks.
const CAMPOS = Object.keys({
  meta: true, codigo: true, unidad: true, tipo: true, lineaBase: true, metaCuatrienio: true, programado: true, ejecutado: true,
  reportado: true, dependencia: true, nivel: true, ponderacion: true, presupuestoProgramado: true, presupuestoEjecutado: true,
  presupuestoPagos: true, observaciones: true, acumuladoAnterior: true, vigencia: true, periodo: true, clase: true,
} satisfies Record<Campo, true>) as Campo[];
const VARIANTES = Object.keys({ total: true, trimestre: true, anual: true, corte: true } satisfies Record<Variante, true>) as Variante[];
const LECTURAS = Object.keys({ periodo: true, acumuladoAnio: true } satisfies Record<LecturaTrimestral, true>) as LecturaTrimestral[];
const PROPIEDADES_HOJA = ["hoja", "filaEncabezado", "columnas", "ignorar", "lecturaTrimestral"];
const PROPIEDADES_COLUMNA = ["campo", "anio", "trimestre", "variante", "nivel"];
/** Column letters A … XFD, as the pane saves them. */
const LETRA_RE = /^[A-Z]{1,3}$/;

export type ResultadoCorrecciones = { readonly ok: true; readonly correcciones: CorreccionHoja[] } | { readonly ok: false; readonly problemas: string[] };

type Objeto = Readonly<Record<string, unknown>>;

function esObjeto(v: unknown): v is Objeto {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function texto(v: unknown): string {
  return typeof v === "string" ? `«${v}»` : JSON.stringify(v) ?? String(v);
}

function lista(xs: readonly string[]): string {
  return xs.length > 1 ? `${xs.slice(0, -1).join(", ")} o ${xs.at(-1) ?? ""}` : xs.join("");
}

function desconocidas(o: Objeto, permitidas: readonly string[], ruta: string, que: string, problemas: string[]): void {
  for (const k of Object.keys(o)) {
    if (!permitidas.includes(k)) problemas.push(`${ruta}: «${k}» no es una propiedad de ${que}; use ${lista(permitidas)}.`);
  }
}

function validarColumna(v: unknown, ruta: string, problemas: string[]): Columna | null {
  if (!esObjeto(v)) {
    problemas.push(`${ruta}: debe ser un objeto como {"campo": "ejecutado", "anio": 2025} (o {"campo": null} para no usar la columna).`);
    return null;
  }
  const antes = problemas.length;
  desconocidas(v, PROPIEDADES_COLUMNA, ruta, "una columna", problemas);
  if (!("campo" in v)) problemas.push(`${ruta}: falta «campo» (use null para no usar la columna).`);
  else if (v.campo !== null && !CAMPOS.includes(v.campo as Campo)) problemas.push(`${ruta}.campo: ${texto(v.campo)} no es un campo conocido; use uno de ${CAMPOS.join(", ")}, o null para no usar la columna.`);
  if (v.anio !== undefined && v.anio !== null && !(typeof v.anio === "number" && Number.isInteger(v.anio))) {
    problemas.push(`${ruta}.anio: ${texto(v.anio)} no es un año; escriba un número como 2025 (o null).`);
  }
  if (v.trimestre !== undefined && v.trimestre !== null && ![1, 2, 3, 4].includes(v.trimestre as number)) {
    problemas.push(`${ruta}.trimestre: ${texto(v.trimestre)} no es un trimestre; use 1, 2, 3 o 4 (o null).`);
  }
  if (v.variante !== undefined && v.variante !== null && !VARIANTES.includes(v.variante as Variante)) {
    problemas.push(`${ruta}.variante: ${texto(v.variante)} no es una variante; use ${lista(VARIANTES)} (o null).`);
  }
  if (v.nivel !== undefined && v.nivel !== null && typeof v.nivel !== "string") problemas.push(`${ruta}.nivel: debe ser un texto como "programa" (o null).`);
  if (problemas.length > antes) return null;
  return {
    campo: v.campo as Campo | null,
    ...(v.anio !== undefined ? { anio: v.anio as number | null } : {}),
    ...(v.trimestre !== undefined ? { trimestre: v.trimestre as Trimestre | null } : {}),
    ...(v.variante !== undefined ? { variante: v.variante as Variante | null } : {}),
    ...(v.nivel !== undefined ? { nivel: v.nivel as string | null } : {}),
  };
}

function validarColumnas(v: unknown, ruta: string, problemas: string[]): Record<string, Columna> {
  const columnas: Record<string, Columna> = {};
  if (!esObjeto(v)) {
    problemas.push(`${ruta}: debe ser un objeto por letra de columna, como {"F": {"campo": null}}.`);
    return columnas;
  }
  for (const [letra, c] of Object.entries(v)) {
    if (!LETRA_RE.test(letra)) problemas.push(`${ruta}: «${letra}» no es una letra de columna (A, B, …, AA, en mayúsculas).`);
    const columna = validarColumna(c, `${ruta}.${letra}`, problemas);
    if (columna) columnas[letra] = columna;
  }
  return columnas;
}

function validarHoja(v: unknown, ruta: string, problemas: string[]): CorreccionHoja | null {
  if (!esObjeto(v)) {
    problemas.push(`${ruta}: debe ser un objeto con al menos «hoja», como {"hoja": "PDM 2024-2027", …}.`);
    return null;
  }
  const antes = problemas.length;
  desconocidas(v, PROPIEDADES_HOJA, ruta, "una corrección de hoja", problemas);
  if (typeof v.hoja !== "string" || v.hoja.trim() === "") problemas.push(`${ruta}.hoja: ${v.hoja === undefined ? "falta el nombre de la hoja" : `${texto(v.hoja)} no es un nombre de hoja`}.`);
  if (v.filaEncabezado !== undefined && !(typeof v.filaEncabezado === "number" && Number.isInteger(v.filaEncabezado) && v.filaEncabezado >= 1)) {
    problemas.push(`${ruta}.filaEncabezado: ${texto(v.filaEncabezado)} no es un número de fila (entero desde 1).`);
  }
  if (v.ignorar !== undefined && typeof v.ignorar !== "boolean") problemas.push(`${ruta}.ignorar: debe ser true o false.`);
  if (v.lecturaTrimestral !== undefined && !LECTURAS.includes(v.lecturaTrimestral as LecturaTrimestral)) {
    problemas.push(`${ruta}.lecturaTrimestral: ${texto(v.lecturaTrimestral)} no es una lectura trimestral; use «periodo» o «acumuladoAnio».`);
  }
  const columnas = v.columnas === undefined ? undefined : validarColumnas(v.columnas, `${ruta}.columnas`, problemas);
  if (problemas.length > antes) return null;
  return {
    hoja: v.hoja as string,
    ...(v.filaEncabezado !== undefined ? { filaEncabezado: v.filaEncabezado as number } : {}),
    ...(columnas !== undefined ? { columnas } : {}),
    ...(v.ignorar !== undefined ? { ignorar: v.ignorar as boolean } : {}),
    ...(v.lecturaTrimestral !== undefined ? { lecturaTrimestral: v.lecturaTrimestral as LecturaTrimestral } : {}),
  };
}

/**
 * Corrections from parsed JSON: a list of CorreccionHoja, or the settings object that holds one
 * under `correcciones` (what the pane saves).
 * @example validarCorrecciones([{ hoja: "PDM", columnas: { F: { campo: null } } }]) // { ok: true, correcciones: […] }
 */
export function validarCorrecciones(valor: unknown): ResultadoCorrecciones {
  const problemas: string[] = [];
  let items: unknown = valor;
  let raiz = "";
  if (esObjeto(valor)) {
    if (!("correcciones" in valor)) return { ok: false, problemas: ["falta «correcciones»: escriba una lista de correcciones por hoja, o un objeto con esa lista en «correcciones»."] };
    items = valor.correcciones;
    raiz = "correcciones";
  }
  if (!Array.isArray(items)) {
    return { ok: false, problemas: [`${raiz || "el contenido"}: debe ser una lista de correcciones por hoja, como [{"hoja": "PDM 2024-2027", "columnas": {"F": {"campo": null}}}].`] };
  }
  const correcciones: CorreccionHoja[] = [];
  const vistas = new Set<string>();
  items.forEach((item: unknown, i) => {
    const c = validarHoja(item, `${raiz}[${i}]`, problemas);
    if (!c) return;
    if (vistas.has(c.hoja)) problemas.push(`${raiz}[${i}].hoja: la hoja «${c.hoja}» ya tiene una corrección; deje una sola por hoja.`);
    vistas.add(c.hoja);
    correcciones.push(c);
  });
  return problemas.length > 0 ? { ok: false, problemas } : { ok: true, correcciones };
}

/** The saved corrections with the ones of `--mapa` over them, sheet by sheet (SPEC §3.7). */
export function unirCorrecciones(guardadas: readonly CorreccionHoja[], mapa: readonly CorreccionHoja[]): CorreccionHoja[] {
  const delMapa = new Set(mapa.map((c) => c.hoja));
  return [...mapa, ...guardadas.filter((c) => !delMapa.has(c.hoja))];
}
