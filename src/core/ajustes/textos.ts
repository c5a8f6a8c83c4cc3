/**
 * Settings typed as text — a CLI option, a field of the pane's form — read through the contract,
 * so `--pesos-anio 15,35,35,15` and the pane's "15 / 35 / 35 / 15" are one rule.
 */
import { z } from "zod";
import { COLORES_ESCALA, PRESETS_SEMAFORO } from "../calculo/semaforo";
import type { Ajustes, ModoEsperado, ModoPlan, ModoPonderacion, NivelSemaforo, PresetSemaforoId, Semaforo, Tope } from "../calculo/tipos";
import { problemasDeZod } from "./_lib/zod";
import { esquemaCorte, esquemaPesos, esquemaUmbrales } from "./esquema";
import { leerAjustes } from "./leer";
import { buscarOpcion, OPCIONES_ESPERADO, OPCIONES_PLAN, OPCIONES_PONDERACION, OPCIONES_SEMAFORO, OPCIONES_TOPE, POR_OMISION, type Opcion } from "./opciones";
import type { ProblemaAjuste, Resultado } from "./problemas";

/** A band as `--bandas` writes it: the colour is optional (the scale's colours by position). */
export interface BandaTexto {
  readonly nombre: string;
  readonly desde: number;
  readonly color?: string;
}

export interface ValoresTexto {
  readonly vigencia: number;
  readonly corte: string;
  readonly tope: Tope;
  readonly semaforo: PresetSemaforoId;
  readonly esperado: ModoEsperado;
  readonly ponderacion: ModoPonderacion;
  readonly pesosAnio: readonly number[];
  readonly bandas: readonly BandaTexto[];
  readonly umbralesAlerta: readonly number[];
  readonly modoPlan: ModoPlan;
}

export type CampoTexto = keyof ValoresTexto;

const NUMERO_RE = /^-?\d+(?:[.,]\d+)?$/;
const BANDA_RE = /^([^:]+):\s*(\d+(?:\.\d+)?)\s*(?::\s*(#[0-9A-Fa-f]{6}))?$/;

function fallo(codigo: ProblemaAjuste["codigo"], params: ProblemaAjuste["params"]): Resultado<never> {
  return { ok: false, problemas: [{ codigo, ruta: [], params }] };
}

function eleccion<T extends string>(opciones: readonly Opcion<T>[], texto: string): Resultado<T> {
  const o = buscarOpcion(opciones, texto);
  return o ? { ok: true, valor: o.valor } : fallo("AJ-OPCION", { valor: texto, opciones: opciones.map((x) => x.claves[0]) });
}

function conEsquema<T>(esquema: z.ZodType<T>, valor: unknown): Resultado<T> {
  const r = esquema.safeParse(valor, { reportInput: true });
  return r.success ? { ok: true, valor: r.data } : { ok: false, problemas: problemasDeZod(r.error.issues) };
}

/**
 * Year weights typed by a person: "15,35,35,15" (the CLI), "15 / 35 / 35 / 15" or "12,5 / 37,5 / …"
 * (the pane, es-CO decimal comma). With a slash or semicolon present the comma is a decimal mark.
 */
function pesos(texto: string): Resultado<readonly number[]> {
  const partes = texto.split(/[/;]/.test(texto) ? /[/;\s]+/ : /[,\s]+/).filter(Boolean);
  const malo = partes.find((p) => !NUMERO_RE.test(p));
  if (malo !== undefined) return fallo("AJ-NUMERO", { valor: malo });
  return conEsquema(
    esquemaPesos,
    partes.map((p) => Number(p.replace(",", "."))),
  );
}

/** Numbers typed as a list: "50,75,100" (the CLI) or "50 / 75 / 100" (the pane). */
function numeros(texto: string): Resultado<number[]> {
  const partes = texto.split(/[/;,\s]+/).filter(Boolean);
  const malo = partes.find((p) => !NUMERO_RE.test(p));
  return malo === undefined ? { ok: true, valor: partes.map(Number) } : fallo("AJ-NUMERO", { valor: malo });
}

function bandas(texto: string): Resultado<readonly BandaTexto[]> {
  const leidas: BandaTexto[] = [];
  for (const parte of texto.split(",").map((p) => p.trim())) {
    const m = BANDA_RE.exec(parte);
    if (!m?.[1] || m[2] === undefined) return fallo("AJ-BANDA-SINTAXIS", { valor: parte });
    leidas.push({ nombre: m[1].trim(), desde: Number(m[2]), ...(m[3] !== undefined ? { color: m[3].toUpperCase() } : {}) });
  }
  return { ok: true, valor: leidas };
}

const LECTORES: { readonly [K in CampoTexto]: (texto: string) => Resultado<ValoresTexto[K]> } = {
  vigencia: (t) => (/^\d{4}$/.test(t.trim()) ? { ok: true, valor: Number(t.trim()) } : fallo("AJ-VIGENCIA", { valor: t })),
  corte: (t) => conEsquema(esquemaCorte, t),
  tope: (t) => eleccion(OPCIONES_TOPE, t),
  semaforo: (t) => eleccion(OPCIONES_SEMAFORO, t),
  esperado: (t) => eleccion(OPCIONES_ESPERADO, t),
  ponderacion: (t) => eleccion(OPCIONES_PONDERACION, t),
  pesosAnio: pesos,
  bandas,
  umbralesAlerta: (t) => {
    const r = numeros(t);
    return r.ok ? conEsquema(esquemaUmbrales, r.valor) : r;
  },
  modoPlan: (t) => eleccion(OPCIONES_PLAN, t),
};

/**
 * One setting typed as text.
 * @example leerTexto("pesosAnio", "15,35,35,15") → { ok: true, valor: [0.15, 0.35, 0.35, 0.15] }
 */
export function leerTexto<K extends CampoTexto>(campo: K, texto: string): Resultado<ValoresTexto[K]> {
  return LECTORES[campo](texto);
}

/** Bands over a base semáforo (its rounding and cap kept): the pane's editor and `--bandas`. */
export function semaforoPersonalizado(base: Semaforo, niveles: readonly BandaTexto[]): Semaforo {
  const ordenados = [...niveles].sort((a, b) => a.desde - b.desde);
  const ultimo = COLORES_ESCALA.length - 1;
  // Without colours, the scale's red → green spread over the bands (3 bands: municipal-3's colours).
  const color = (i: number): string => COLORES_ESCALA[ordenados.length > 1 ? Math.round((i * ultimo) / (ordenados.length - 1)) : ultimo] ?? "";
  const conColor: NivelSemaforo[] = ordenados.map((n, i) => ({ nombre: n.nombre, desde: n.desde, color: n.color ?? color(i) }));
  return { ...base, preset: "personalizado", niveles: conColor };
}

/**
 * The settings of the CLI's options, read one by one with leerTexto: bands go over the chosen
 * preset, year weights alone mean `esperado: "pesos"`, and the whole passes leerAjustes.
 * @example componerAjustes({ pesosAnio: [0.15, 0.35, 0.35, 0.15] }) → { ok: true, valor: { esperado: "pesos", pesosAnio: […] } }
 */
export function componerAjustes(v: Partial<ValoresTexto>): Resultado<Ajustes> {
  const { bandas: niveles, semaforo, esperado, pesosAnio, ...resto } = v;
  const base = PRESETS_SEMAFORO[semaforo ?? POR_OMISION.semaforo];
  return leerAjustes({
    ...resto,
    ...(niveles !== undefined ? { semaforo: semaforoPersonalizado(base, niveles) } : semaforo !== undefined ? { semaforo } : {}),
    ...(esperado !== undefined ? { esperado } : pesosAnio !== undefined ? { esperado: "pesos" } : {}),
    ...(pesosAnio !== undefined ? { pesosAnio } : {}),
  });
}
