/**
 * The settings contract (SPEC §8, §3.7) as zod schemas: what the pane saves, what its form and the
 * CLI build, and the corrections of a `--mapa` file all pass here before the engine sees them.
 */
import { z } from "zod";
import { esFechaValida } from "../calculo/corte";
import type { Ajustes, NivelSemaforo, PresetSemaforoId } from "../calculo/tipos";
import type { Campo, CorreccionHoja, LecturaTrimestral, Variante } from "../matriz/tipos";
import { conObjeto, objeto, problemaZod } from "./_lib/zod";
import { esquemaSolicitudesGrafico } from "./graficos";
import { validarNiveles } from "./niveles";
import { OPCIONES_ESPERADO, OPCIONES_PLAN, OPCIONES_PONDERACION, OPCIONES_SEMAFORO, OPCIONES_TOPE, type Opcion } from "./opciones";

// `satisfies Record<…, true>` makes the compiler fail when the core adds a value these lists lack.
const CAMPOS = Object.keys({
  meta: true,
  codigo: true,
  unidad: true,
  tipo: true,
  lineaBase: true,
  metaCuatrienio: true,
  programado: true,
  ejecutado: true,
  reportado: true,
  dependencia: true,
  nivel: true,
  ponderacion: true,
  presupuestoProgramado: true,
  presupuestoEjecutado: true,
  presupuestoPagos: true,
  observaciones: true,
  acumuladoAnterior: true,
  vigencia: true,
  periodo: true,
  clase: true,
} satisfies Record<Campo, true>) as [Campo, ...Campo[]];
const VARIANTES = Object.keys({ total: true, trimestre: true, anual: true, corte: true } satisfies Record<Variante, true>) as [Variante, ...Variante[]];
const LECTURAS = Object.keys({ periodo: true, acumuladoAnio: true } satisfies Record<LecturaTrimestral, true>) as [LecturaTrimestral, ...LecturaTrimestral[]];
/** Column letters A … XFD, as the pane saves them. */
const LETRA_RE = /^[A-Z]{1,3}$/;
/** "T3", "t.3", "T 3": a quarter of the vigencia (SPEC §8). */
const TRIMESTRE_RE = /^T\.?\s*([1-4])$/i;
/** The cuatrienio always has four years (Ley 152/1994), so year weights come in fours. */
export const ANIOS_CUATRIENIO = 4;

function valores<T extends string>(opciones: readonly Opcion<T>[]): [T, ...T[]] {
  return opciones.map((o) => o.valor) as [T, ...T[]];
}

const textoNoVacio = z.string().refine((s) => s.trim() !== "", { params: { codigo: "AJ-TEXTO-VACIO" } });

const esquemaColumna = objeto(
  {
    campo: z.enum(CAMPOS).nullable(),
    anio: z.number().int().nullable().exactOptional(),
    trimestre: z.literal([1, 2, 3, 4]).nullable().exactOptional(),
    variante: z.enum(VARIANTES).nullable().exactOptional(),
    nivel: z.string().nullable().exactOptional(),
  },
  "una columna",
);

const esquemaColumnas = z.record(z.string(), esquemaColumna).superRefine(
  (v, ctx) => {
    for (const clave of Object.keys(v)) if (!LETRA_RE.test(clave)) ctx.addIssue(problemaZod("AJ-COLUMNA-LETRA", { clave }));
  },
  { when: conObjeto },
);

const esquemaCorreccionHoja = objeto(
  {
    hoja: textoNoVacio,
    filaEncabezado: z.number().int().min(1).exactOptional(),
    columnas: esquemaColumnas.exactOptional(),
    ignorar: z.boolean().exactOptional(),
    lecturaTrimestral: z.enum(LECTURAS).exactOptional(),
  },
  "una corrección de hoja",
);

/** A list of corrections per sheet (SPEC §3.7), one per sheet. */
export const esquemaCorrecciones = z.array(esquemaCorreccionHoja).superRefine(
  (lista, ctx) => {
    const vistas = new Set<string>();
    lista.forEach((c: unknown, i) => {
      const hoja = typeof c === "object" && c !== null && "hoja" in c ? c.hoja : undefined;
      if (typeof hoja !== "string") return;
      if (vistas.has(hoja)) ctx.addIssue(problemaZod("AJ-HOJA-REPETIDA", { hoja }, [i, "hoja"]));
      vistas.add(hoja);
    });
  },
  { when: (p) => Array.isArray(p.value) },
) satisfies z.ZodType<CorreccionHoja[]>;

/** A year as a number: four digits (SPEC §8 vigencias are years of a plan). */
export const esquemaVigencia = z.number().refine((n) => Number.isInteger(n) && n >= 1000 && n <= 9999, { params: { codigo: "AJ-VIGENCIA" } });

/** "2025-09-30" or a quarter, normalised to "T3". Whether it falls in the vigencia is the matrix's question (resolverParametros). */
export const esquemaCorte = z.string().transform((texto, ctx) => {
  const limpio = texto.trim();
  const t = TRIMESTRE_RE.exec(limpio);
  if (t) return `T${t[1]}`;
  if (esFechaValida(limpio)) return limpio;
  ctx.addIssue(problemaZod("AJ-CORTE", { valor: texto }));
  return z.NEVER;
});

/** Four non-negative year weights adding up to 100 % (as points, 15/35/35/15, or fractions), kept as fractions. */
export const esquemaPesos = z.array(z.number().min(0)).transform((pesos, ctx) => {
  if (pesos.length !== ANIOS_CUATRIENIO) {
    ctx.addIssue(problemaZod("AJ-PESOS-CANTIDAD", { cantidad: pesos.length, requeridos: ANIOS_CUATRIENIO }));
    return z.NEVER;
  }
  const suma = pesos.reduce((s, p) => s + p, 0);
  if (Math.abs(suma - 100) <= 0.5) return pesos.map((p) => p / 100);
  if (Math.abs(suma - 1) <= 0.005) return pesos;
  // A sum between the two readings is shown in points as the user most likely typed them.
  ctx.addIssue(problemaZod("AJ-PESOS-SUMA", { suma: suma > 1.5 ? suma : suma * 100 }));
  return z.NEVER;
});

/**
 * Alert band bounds in points (50, 75, 100 → < 50, 50–74, 75–99, ≥ 100): ascending, distinct,
 * within 0–100 (above 100 % is always its own band, sobreejecución).
 */
export const esquemaUmbrales = z
  .array(z.number())
  .min(1)
  .superRefine((u, ctx) => {
    const enOrden = u.every((x, i) => x > 0 && x <= 100 && (i === 0 || x > (u[i - 1] ?? 0)));
    if (!enOrden) ctx.addIssue(problemaZod("AJ-UMBRALES", { valor: u.join(", ") }));
  });

const esquemaNivel = objeto({ nombre: z.string(), desde: z.number(), color: z.string() }, "un nivel del semáforo") satisfies z.ZodType<NivelSemaforo>;

/** A custom semáforo (the pane's band editor, `--bandas`): its bands obey SPEC §5.8. */
const esquemaSemaforoPersonalizado = objeto(
  {
    preset: z.enum([...valores(OPCIONES_SEMAFORO), "personalizado"] as [PresetSemaforoId | "personalizado", ...(PresetSemaforoId | "personalizado")[]]),
    niveles: z.array(esquemaNivel),
    decimales: z.number().int().min(0).max(6),
    cienEnElSuperior: z.boolean().exactOptional(),
    // the name this flag had when workbooks saved it: still read, written as cienEnElSuperior
    tope: z.boolean().exactOptional(),
  },
  "un semáforo",
).transform(({ tope, cienEnElSuperior, ...s }, ctx) => {
  for (const p of validarNiveles(s.niveles, s.decimales)) ctx.addIssue(problemaZod(p.codigo, p.params, ["niveles"]));
  return { ...s, cienEnElSuperior: cienEnElSuperior ?? tope ?? true, niveles: [...s.niveles].sort((a, b) => a.desde - b.desde) };
});

/** Every setting of SPEC §8, each optional (the defaults are resolverParametros's). */
export const esquemaAjustes = objeto(
  {
    vigencia: esquemaVigencia.exactOptional(),
    corte: esquemaCorte.exactOptional(),
    tope: z.enum(valores(OPCIONES_TOPE)).exactOptional(),
    semaforo: z.union([z.enum(valores(OPCIONES_SEMAFORO)), esquemaSemaforoPersonalizado]).exactOptional(),
    esperado: z.enum(valores(OPCIONES_ESPERADO)).exactOptional(),
    pesosAnio: esquemaPesos.exactOptional(),
    ponderacion: z.enum(valores(OPCIONES_PONDERACION)).exactOptional(),
    umbralesAlerta: esquemaUmbrales.exactOptional(),
    modoPlan: z.enum(valores(OPCIONES_PLAN)).exactOptional(),
    correcciones: esquemaCorrecciones.exactOptional(),
    graficos: esquemaSolicitudesGrafico.exactOptional(),
  },
  "los ajustes",
) satisfies z.ZodType<Ajustes>;
