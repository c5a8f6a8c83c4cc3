/**
 * zod's issues turned into our coded problems (issue 11: zod is the anchor, the codes and the
 * Spanish texts are ours so they stay stable when zod changes its wording).
 */
import { z } from "zod";
import { CODIGOS_AJUSTE, type CodigoAjuste, type ParamsAjuste, type ProblemaAjuste, type Resultado } from "../problemas";

type Ruta = readonly (string | number)[];

function esCodigo(c: unknown): c is CodigoAjuste {
  return typeof c === "string" && (CODIGOS_AJUSTE as readonly string[]).includes(c);
}

function valorParam(v: unknown): ParamsAjuste[string] {
  if (v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) return v;
  return JSON.stringify(v) ?? typeof v;
}

function ruta(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "number" ? p : String(p)));
}

/**
 * Run a refinement even when some fields failed (all problems are collected), as long as the
 * value is an object at all: `{ when: conObjeto }`.
 */
export function conObjeto(p: { readonly value: unknown }): boolean {
  return typeof p.value === "object" && p.value !== null && !Array.isArray(p.value);
}

/** A custom issue raised by our own checks: `ctx.addIssue(problemaZod("AJ-CORTE", { valor }))`. */
export function problemaZod(codigo: CodigoAjuste, params: ParamsAjuste = {}, path: (string | number)[] = []) {
  return { code: "custom" as const, params: { ...params, codigo }, path, input: undefined };
}

/**
 * An object that names unknown keys as problems (with the allowed ones), still checking its known
 * fields: all problems are collected, not only the first (z.strictObject would not list the allowed keys).
 */
export function objeto<S extends z.ZodRawShape>(forma: S, que: string) {
  const permitidas = Object.keys(forma);
  return z
    .looseObject(forma)
    .superRefine(
      (v, ctx) => {
        for (const clave of Object.keys(v)) if (!permitidas.includes(clave)) ctx.addIssue(problemaZod("AJ-PROPIEDAD", { clave, que, permitidas }, [clave]));
      },
      { when: conObjeto },
    )
    .transform((v) => Object.fromEntries(permitidas.filter((k) => k in v).map((k) => [k, v[k]])) as z.output<z.ZodObject<S>>);
}

/**
 * The branch of a union that speaks for it: the one that got past the type check (a custom
 * semáforo object with bad bands), else one that lists the accepted values (an unknown preset).
 */
function ramaDeUnion(errores: readonly (readonly z.core.$ZodIssue[])[]): readonly z.core.$ZodIssue[] | null {
  const dePrimerNivel = (i: z.core.$ZodIssue): boolean => i.path.length === 0 && (i.code === "invalid_type" || i.code === "invalid_value");
  return errores.find((rama) => !rama.every(dePrimerNivel)) ?? errores.find((rama) => rama.some((i) => i.code === "invalid_value")) ?? null;
}

/** Our problems for zod's issues, every one kept. */
export function problemasDeZod(issues: readonly z.core.$ZodIssue[], prefijo: Ruta = []): ProblemaAjuste[] {
  return issues.flatMap((i): ProblemaAjuste[] => {
    const r = [...prefijo, ...ruta(i.path)];
    const valor = valorParam(i.input);
    // A key that is absent reaches zod as undefined: "falta «campo»" whatever the field's type.
    if (i.input === undefined && (i.code === "invalid_type" || i.code === "invalid_value")) {
      return [{ codigo: "AJ-FALTA", ruta: r.slice(0, -1), params: { clave: String(r.at(-1) ?? "") } }];
    }
    switch (i.code) {
      case "custom": {
        const { codigo, ...params } = (i.params ?? {}) as Record<string, ParamsAjuste[string]>;
        // A refinement's issue carries the value it refused (reportInput) unless its params say otherwise.
        return [{ codigo: esCodigo(codigo) ? codigo : "AJ-TIPO", ruta: r, params: { ...(i.input !== undefined ? { valor } : {}), ...params } }];
      }
      case "invalid_type":
        if (i.expected === "int" && typeof i.input === "number") return [{ codigo: "AJ-ENTERO", ruta: r, params: { valor } }];
        return [{ codigo: "AJ-TIPO", ruta: r, params: { esperado: i.expected, valor } }];
      case "invalid_value":
        return [{ codigo: "AJ-OPCION", ruta: r, params: { valor, opciones: i.values.map((v) => (v === null ? "null" : String(v))) } }];
      case "too_small":
        return [{ codigo: "AJ-RANGO", ruta: r, params: { valor, minimo: Number(i.minimum) } }];
      case "too_big":
        return [{ codigo: "AJ-RANGO", ruta: r, params: { valor, maximo: Number(i.maximum) } }];
      case "unrecognized_keys":
        return i.keys.map((clave) => ({ codigo: "AJ-PROPIEDAD" as const, ruta: [...r, clave], params: { clave, que: "este objeto", permitidas: [] } }));
      case "invalid_union": {
        const rama = ramaDeUnion(i.errors);
        return rama ? problemasDeZod(rama, r) : [{ codigo: "AJ-TIPO", ruta: r, params: { esperado: "valor", valor } }];
      }
      default:
        return [{ codigo: "AJ-TIPO", ruta: r, params: { esperado: "valor", valor } }];
    }
  });
}

/** A value through a schema as our Resultado, every problem's path under `prefijo`. */
export function resultadoZod<T>(esquema: z.ZodType<T>, valor: unknown, prefijo: Ruta = []): Resultado<T> {
  const r = esquema.safeParse(valor, { reportInput: true });
  return r.success ? { ok: true, valor: r.data } : { ok: false, problemas: problemasDeZod(r.error.issues, prefijo) };
}
