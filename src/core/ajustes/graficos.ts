/**
 * Charts on demand in the settings contract (issue 14): the choices with their labels, the schema
 * of a request, and its text form `medida=pct_cuatrienio;por=programa;filtro=dependencia:Salud`,
 * so the CLI, a JSON file, the pane and the saved settings read one rule.
 */
import { z } from "zod";
import type { MedidaGrafico, SolicitudGrafico, TipoGrafico } from "../calculo/tipos";
import { objeto, problemaZod, resultadoZod } from "./_lib/zod";
import type { Opcion } from "./opciones";
import type { ProblemaAjuste, Resultado } from "./problemas";

export const OPCIONES_MEDIDA_GRAFICO: readonly Opcion<MedidaGrafico>[] = [
  { valor: "pct_vigencia", claves: ["pct_vigencia"], etiqueta: "% de ejecución de la vigencia" },
  { valor: "pct_cuatrienio", claves: ["pct_cuatrienio"], etiqueta: "% de avance del cuatrienio" },
  { valor: "esperado_real", claves: ["esperado_real"], etiqueta: "Avance esperado frente a real" },
  { valor: "semaforo", claves: ["semaforo"], etiqueta: "Metas por nivel del semáforo" },
  { valor: "programado_ejecutado", claves: ["programado_ejecutado"], etiqueta: "Programado frente a ejecutado" },
  { valor: "presupuesto", claves: ["presupuesto"], etiqueta: "Presupuesto programado y ejecutado" },
];

export const OPCIONES_TIPO_GRAFICO: readonly Opcion<TipoGrafico>[] = [
  { valor: "barras", claves: ["barras"], etiqueta: "Barras horizontales" },
  { valor: "columnas", claves: ["columnas"], etiqueta: "Columnas" },
  { valor: "lineas", claves: ["lineas", "líneas"], etiqueta: "Líneas (por año o trimestre)" },
  { valor: "circular", claves: ["circular"], etiqueta: "Circular (solo presupuesto)" },
];

/** Groupings over time; any other `por` names groups (dependencia or a nivel). */
export const POR_TIEMPO = ["anio", "trimestre"] as const;
export const POR_DEPENDENCIA = "dependencia";
/** The keys of the text form, in the order --help shows them. */
const CLAVES_TEXTO = ["medida", "por", "filtro", "tipo"] as const;

function valores<T extends string>(opciones: readonly Opcion<T>[]): [T, ...T[]] {
  return opciones.map((o) => o.valor) as [T, ...T[]];
}

/**
 * A filter's two parts: `partesFiltro("dependencia: Secretaría de Salud")` → { nivel: "dependencia", nombre: "Secretaría de Salud" }.
 * Null without a colon or with an empty side.
 */
export function partesFiltro(filtro: string): { readonly nivel: string; readonly nombre: string } | null {
  const i = filtro.indexOf(":");
  const nivel = filtro.slice(0, Math.max(i, 0)).trim();
  const nombre = filtro.slice(i + 1).trim();
  return i < 0 || nivel === "" || nombre === "" ? null : { nivel, nombre };
}

/**
 * The grouping over time a `por` names, however it is typed: `porTiempo("Año")` → "anio"; null for groups.
 */
export function porTiempo(por: string): (typeof POR_TIEMPO)[number] | null {
  const t = por.trim().toLowerCase();
  return t === "anio" || t === "año" ? "anio" : t === "trimestre" ? "trimestre" : null;
}

/** One request; lines are a drawing over time and a pie shows the parts of a whole (the budget). */
export const esquemaSolicitudGrafico = objeto(
  {
    medida: z.enum(valores(OPCIONES_MEDIDA_GRAFICO)),
    por: z.string().refine((s) => s.trim() !== "", { params: { codigo: "AJ-TEXTO-VACIO" } }),
    filtro: z
      .string()
      .refine((f) => partesFiltro(f) !== null, { params: { codigo: "AJ-GRAFICO-FILTRO" } })
      .exactOptional(),
    tipo: z.enum(valores(OPCIONES_TIPO_GRAFICO)).exactOptional(),
  },
  "un gráfico",
).superRefine((s, ctx) => {
  if (s.tipo === "circular" && s.medida !== "presupuesto") ctx.addIssue(problemaZod("AJ-GRAFICO-CIRCULAR", { medida: s.medida }, ["tipo"]));
  if (s.tipo === "lineas" && porTiempo(s.por) === null) ctx.addIssue(problemaZod("AJ-GRAFICO-LINEAS", { por: s.por }, ["tipo"]));
}) satisfies z.ZodType<SolicitudGrafico>;

export const esquemaSolicitudesGrafico = z.array(esquemaSolicitudGrafico);

/** The words people type for a choice («líneas») become its value before the schema sees them. */
function normalizarOpcion<T extends string>(opciones: readonly Opcion<T>[], texto: string): string {
  const t = texto.trim();
  return opciones.find((o) => o.claves.includes(t))?.valor ?? t;
}

/**
 * A request in its text form: `clave=valor` pairs separated by «;».
 * @example leerSolicitudGrafico("medida=pct_cuatrienio;por=programa;filtro=dependencia:Secretaría de Salud")
 *   → { ok: true, valor: { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Salud" } }
 */
export function leerSolicitudGrafico(texto: string): Resultado<SolicitudGrafico> {
  const campos: Record<string, string> = {};
  for (const parte of texto.split(";").map((p) => p.trim())) {
    if (parte === "") continue;
    const i = parte.indexOf("=");
    if (i <= 0) return { ok: false, problemas: [{ codigo: "AJ-GRAFICO-SINTAXIS", ruta: [], params: { valor: parte, claves: [...CLAVES_TEXTO] } }] };
    const clave = parte.slice(0, i).trim().toLowerCase();
    const valor = parte.slice(i + 1).trim();
    // the last of two values would win unseen
    if (Object.hasOwn(campos, clave)) return { ok: false, problemas: [{ codigo: "AJ-GRAFICO-CLAVE-REPETIDA", ruta: [], params: { clave, valor: texto } }] };
    if (clave === "medida") campos[clave] = normalizarOpcion(OPCIONES_MEDIDA_GRAFICO, valor);
    else if (clave === "tipo") campos[clave] = normalizarOpcion(OPCIONES_TIPO_GRAFICO, valor);
    else campos[clave] = valor;
  }
  return resultadoZod(esquemaSolicitudGrafico, campos);
}

/**
 * Requests from parsed JSON: a list whose items are objects ({"medida": …, "por": …}) or text forms.
 * @example leerSolicitudesGrafico(["medida=semaforo;por=dependencia"]) → { ok: true, valor: [{ medida: "semaforo", por: "dependencia" }] }
 */
export function leerSolicitudesGrafico(valor: unknown): Resultado<SolicitudGrafico[]> {
  if (!Array.isArray(valor))
    return { ok: false, problemas: [{ codigo: "AJ-TIPO", ruta: [], params: { esperado: "array", valor: JSON.stringify(valor) ?? null } }] };
  const leidas: SolicitudGrafico[] = [];
  const problemas: ProblemaAjuste[] = [];
  valor.forEach((item: unknown, i) => {
    const r = typeof item === "string" ? leerSolicitudGrafico(item) : resultadoZod(esquemaSolicitudGrafico, item);
    if (r.ok) leidas.push(r.valor);
    else problemas.push(...r.problemas.map((p) => ({ ...p, ruta: [i, ...p.ruta] })));
  });
  return problemas.length > 0 ? { ok: false, problemas } : { ok: true, valor: leidas };
}

/**
 * The text form of a request, the one the CLI takes (shown on the Gráficos sheet to reproduce it).
 * @example textoSolicitudGrafico({ medida: "semaforo", por: "dependencia" }) → "medida=semaforo;por=dependencia"
 */
export function textoSolicitudGrafico(s: SolicitudGrafico): string {
  return CLAVES_TEXTO.flatMap((k) => (s[k] === undefined ? [] : [`${k}=${s[k]}`])).join(";");
}
