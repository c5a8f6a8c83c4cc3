/**
 * What a valid ownership record is (SPEC §6), for every reader: the .xlsx custom property, the
 * Excel setting (text, or the object another add-in version stored) and the Office writer.
 * A damaged record is a coded problem, never a throw: nothing is owned then (we never replace or
 * delete what we cannot prove is ours) and the marker of each owned sheet (MARCA_HOJA_PROPIA)
 * still keeps the product's own sheets out of the input.
 */
import type { ClaveHoja, Propiedad } from "./plan";

export type LecturaPropiedad =
  { readonly ok: true; readonly valor: Propiedad } | { readonly ok: false; readonly codigo: "F-PROPIEDAD-JSON" | "F-PROPIEDAD-FORMA" };

const CLAVES: ReadonlySet<string> = new Set<ClaveHoja>(["resumen", "informe", "dependencias", "alertas", "hallazgos", "presupuesto", "datos"]);

function esClave(v: unknown): v is ClaveHoja {
  return typeof v === "string" && (CLAVES.has(v) || /^(nivel|metas):./.test(v));
}

const FORMA = { ok: false, codigo: "F-PROPIEDAD-FORMA" } as const;

/**
 * The record from its stored JSON text or the value already parsed.
 * @example leerPropiedad('{"hojas":{"Resumen":"resumen"}}') // { ok: true, valor: { hojas: { Resumen: "resumen" } } }
 * @example leerPropiedad("{roto") // { ok: false, codigo: "F-PROPIEDAD-JSON" }
 */
export function leerPropiedad(guardado: unknown): LecturaPropiedad {
  let valor = guardado;
  if (typeof guardado === "string") {
    try {
      valor = JSON.parse(guardado);
    } catch (e) {
      if (e instanceof SyntaxError) return { ok: false, codigo: "F-PROPIEDAD-JSON" };
      throw e;
    }
  }
  if (typeof valor !== "object" || valor === null || Array.isArray(valor) || !("hojas" in valor)) return FORMA;
  const hojas: unknown = valor.hojas;
  if (typeof hojas !== "object" || hojas === null || Array.isArray(hojas)) return FORMA;
  const copia: Record<string, ClaveHoja> = {};
  for (const [nombre, clave] of Object.entries(hojas as Record<string, unknown>)) {
    if (nombre === "" || !esClave(clave)) return FORMA;
    copia[nombre] = clave;
  }
  return { ok: true, valor: { hojas: copia } };
}
