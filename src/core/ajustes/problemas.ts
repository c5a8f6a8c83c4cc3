/**
 * Problems of the user's settings as data (STYLE: zod's issues): a stable code, the JSON path
 * of the value and its params. The Spanish texts live in one catalogue keyed by code; a test
 * fails when a code has no message.
 */
import { formatearNumero } from "../calculo/_lib/numero";
import { listaTexto } from "./opciones";

export const CODIGOS_AJUSTE = [
  "AJ-JSON",
  "AJ-TIPO",
  "AJ-FALTA",
  "AJ-PROPIEDAD",
  "AJ-OPCION",
  "AJ-ENTERO",
  "AJ-RANGO",
  "AJ-TEXTO-VACIO",
  "AJ-NUMERO",
  "AJ-VIGENCIA",
  "AJ-CORTE",
  "AJ-PESOS-CANTIDAD",
  "AJ-PESOS-SUMA",
  "AJ-PESOS-FALTAN",
  "AJ-BANDA-SINTAXIS",
  "AJ-COLUMNA-LETRA",
  "AJ-HOJA-REPETIDA",
  "AJ-CORRECCIONES-FALTAN",
  "AJ-NIVELES-VACIO",
  "AJ-NIVEL-SIN-NOMBRE",
  "AJ-NIVEL-REPETIDO",
  "AJ-NIVEL-COLOR",
  "AJ-NIVEL-NEGATIVO",
  "AJ-NIVEL-INVERTIDO",
  "AJ-NIVEL-PRIMERO",
  "AJ-NIVELES-SUPERPUESTOS",
  "AJ-NIVELES-HUECO",
  "AJ-NIVEL-ULTIMO",
  "AJ-UMBRALES",
  "AJ-GRAFICO-SINTAXIS",
  "AJ-GRAFICO-FILTRO",
  "AJ-GRAFICO-CIRCULAR",
  "AJ-GRAFICO-LINEAS",
  "AJ-GRAFICO-CLAVE-REPETIDA",
] as const;

export type CodigoAjuste = (typeof CODIGOS_AJUSTE)[number];

export type ParamsAjuste = Readonly<Record<string, string | number | boolean | null | readonly string[]>>;

export interface ProblemaAjuste {
  readonly codigo: CodigoAjuste;
  /** JSON path of the value: ["correcciones", 0, "hoja"]; empty for a lone value (a CLI option). */
  readonly ruta: readonly (string | number)[];
  readonly params: ParamsAjuste;
}

export type Resultado<T> = { readonly ok: true; readonly valor: T } | { readonly ok: false; readonly problemas: readonly ProblemaAjuste[] };

function txt(p: ParamsAjuste, k: string): string {
  const v = p[k];
  if (typeof v === "number") return formatearNumero(v, 2);
  if (Array.isArray(v)) return listaTexto(v as readonly string[]);
  return String(v ?? "");
}

/** A user's value quoted as they wrote it: «2025» for text, 2025 for a number. */
function citado(p: ParamsAjuste, k = "valor"): string {
  const v = p[k];
  return typeof v === "string" ? `«${v}»` : (JSON.stringify(v) ?? String(v));
}

const TIPOS: Readonly<Record<string, string>> = {
  number: "un número",
  int: "un número entero",
  string: "un texto",
  boolean: "true o false",
  array: "una lista",
  object: "un objeto",
  record: 'un objeto por letra de columna, como {"F": {"campo": null}}',
  valor: "un valor válido",
};

/** The Spanish text of each code (es-CO), from its params. */
export const MENSAJES_AJUSTE: Readonly<Record<CodigoAjuste, (p: ParamsAjuste) => string>> = {
  "AJ-JSON": () => "no es JSON válido.",
  "AJ-TIPO": (p) => `debe ser ${TIPOS[txt(p, "esperado")] ?? txt(p, "esperado")}, no ${citado(p)}.`,
  "AJ-FALTA": (p) => `falta «${txt(p, "clave")}».`,
  "AJ-PROPIEDAD": (p) => `«${txt(p, "clave")}» no es una propiedad de ${txt(p, "que")}${txt(p, "permitidas") ? `; use ${txt(p, "permitidas")}` : ""}.`,
  "AJ-OPCION": (p) => `${citado(p)} no es válido; use ${txt(p, "opciones")}.`,
  "AJ-ENTERO": (p) => `${citado(p)} no es un número entero.`,
  "AJ-RANGO": (p) => `${citado(p)} debe ser ${p.minimo !== undefined ? `${txt(p, "minimo")} o más` : `${txt(p, "maximo")} o menos`}.`,
  "AJ-TEXTO-VACIO": () => "no puede quedar vacío.",
  "AJ-NUMERO": (p) => `${citado(p)} no es un número.`,
  "AJ-VIGENCIA": (p) => `${citado(p)} no es un año; escriba un año de cuatro cifras, p. ej. 2025.`,
  "AJ-CORTE": (p) => `${citado(p)} no es un corte válido; escriba una fecha AAAA-MM-DD (p. ej. 2025-09-30) o un trimestre T1 a T4.`,
  "AJ-PESOS-CANTIDAD": (p) => `se necesitan ${txt(p, "requeridos")} pesos, uno por año del cuatrienio, y hay ${txt(p, "cantidad")} (p. ej. 15,35,35,15).`,
  "AJ-PESOS-SUMA": (p) => `los pesos por año deben sumar 100 % y suman ${txt(p, "suma")} %.`,
  "AJ-PESOS-FALTAN": (p) => `el esperado por pesos necesita ${txt(p, "requeridos")} pesos por año, no negativos (p. ej. 15 / 35 / 35 / 15).`,
  "AJ-BANDA-SINTAXIS": (p) => `${citado(p)} no es un nivel; escriba Nombre:desde (p. ej. Aceptable:56), separados por comas.`,
  "AJ-COLUMNA-LETRA": (p) => `«${txt(p, "clave")}» no es una letra de columna (A, B, …, AA, en mayúsculas).`,
  "AJ-HOJA-REPETIDA": (p) => `la hoja «${txt(p, "hoja")}» ya tiene una corrección; deje una sola por hoja.`,
  "AJ-CORRECCIONES-FALTAN": () => "falta «correcciones»: escriba una lista de correcciones por hoja, o un objeto con esa lista en «correcciones».",
  "AJ-NIVELES-VACIO": () => "defina al menos un nivel en el semáforo.",
  "AJ-NIVEL-SIN-NOMBRE": () => "todos los niveles necesitan un nombre.",
  "AJ-NIVEL-REPETIDO": (p) => `el nombre «${txt(p, "nombre")}» está repetido.`,
  "AJ-NIVEL-COLOR": (p) => `el color de «${txt(p, "nombre")}» debe tener la forma #RRGGBB.`,
  "AJ-NIVEL-NEGATIVO": (p) => `el nivel «${txt(p, "nombre")}» debe empezar en un valor de 0 o más.`,
  "AJ-NIVEL-INVERTIDO": (p) => `el nivel «${txt(p, "nombre")}» termina (${txt(p, "hasta")}) antes de empezar (${txt(p, "desde")}).`,
  "AJ-NIVEL-PRIMERO": (p) => `el primer nivel («${txt(p, "nombre")}») debe empezar en 0.`,
  "AJ-NIVELES-SUPERPUESTOS": (p) => `los niveles «${txt(p, "a")}» y «${txt(p, "b")}» se superponen en ${txt(p, "en")}.`,
  "AJ-NIVELES-HUECO": (p) => `entre «${txt(p, "a")}» y «${txt(p, "b")}» queda un hueco (de ${txt(p, "de")} a ${txt(p, "hasta")}).`,
  "AJ-UMBRALES": (p) => `los umbrales de alerta deben ir de menor a mayor, entre 0 y 100 %, sin repetirse: ${txt(p, "valor")}.`,
  "AJ-GRAFICO-SINTAXIS": (p) =>
    `${citado(p)} no es una parte de un gráfico; escriba clave=valor separados por «;» con las claves ${txt(p, "claves")} (p. ej. medida=pct_cuatrienio;por=programa).`,
  "AJ-GRAFICO-FILTRO": (p) => `${citado(p)} no es un filtro; escriba dependencia:<nombre> o <nivel>:<nombre> (p. ej. dependencia:Secretaría de Salud).`,
  "AJ-GRAFICO-CIRCULAR": (p) =>
    `un gráfico circular muestra las partes de un total: solo sirve con medida=presupuesto, no con «${txt(p, "medida")}»; use barras o columnas.`,
  "AJ-GRAFICO-LINEAS": (p) => `las líneas muestran una evolución: sirven con por=anio o por=trimestre, no con por=«${txt(p, "por")}»; use barras o columnas.`,
  "AJ-GRAFICO-CLAVE-REPETIDA": (p) => `«${txt(p, "clave")}» aparece más de una vez en ${citado(p)}; escriba cada clave una sola vez.`,
  "AJ-NIVEL-ULTIMO": (p) => `el último nivel («${txt(p, "nombre")}») debe llegar hasta 100 % o no tener límite.`,
};

/** A JSON path as people read it: ["correcciones", 0, "columnas", "F"] → "correcciones[0].columnas.F". */
export function rutaTexto(ruta: readonly (string | number)[]): string {
  return ruta.map((r, i) => (typeof r === "number" ? `[${r}]` : i === 0 ? r : `.${r}`)).join("");
}

function mayuscula(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * The Spanish text of a problem, prefixed by its path when it has one.
 * @example mensajeAjuste({ codigo: "AJ-FALTA", ruta: [0], params: { clave: "hoja" } }) → "[0]: falta «hoja»."
 */
export function mensajeAjuste(p: ProblemaAjuste): string {
  const texto = MENSAJES_AJUSTE[p.codigo](p.params);
  return p.ruta.length > 0 ? `${rutaTexto(p.ruta)}: ${texto}` : mayuscula(texto);
}
