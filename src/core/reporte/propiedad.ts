/**
 * What a valid ownership record is (SPEC §6), for every reader: the .xlsx custom property, the
 * Excel setting (text, or the object another add-in version stored) and the Office writer.
 * A damaged record is a coded problem, never a throw: nothing is owned then (we never replace or
 * delete what we cannot prove is ours) and the marker of each owned sheet (MARCA_HOJA_PROPIA)
 * still keeps the product's own sheets out of the input.
 */
import type { Hoja } from "../grid/libro";
import { MARCA_HOJA_PROPIA, type ClaveHoja, type Propiedad } from "./plan";

export type LecturaPropiedad =
  { readonly ok: true; readonly valor: Propiedad } | { readonly ok: false; readonly codigo: "F-PROPIEDAD-JSON" | "F-PROPIEDAD-FORMA" };

const CLAVES: ReadonlySet<string> = new Set<ClaveHoja>(["resumen", "informe", "dependencias", "alertas", "hallazgos", "presupuesto", "datos", "graficos"]);

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

/** The product wrote this sheet: its first row carries MARCA_HOJA_PROPIA. */
export function llevaMarca(hoja: Hoja): boolean {
  return hoja.valores[0]?.includes(MARCA_HOJA_PROPIA) ?? false;
}

/**
 * The record as far as the workbook confirms it (issue 12, probe 2): a sheet the record names but
 * whose cells were read without the product's marker is the user's (they deleted ours and made
 * their own with that name), so it is neither replaced, deleted nor skipped as input. Sheets whose
 * cells were not read (the Office reader skips owned sheets by id) keep the record's word.
 * @example confirmarPropiedad({ hojas: { Alertas: "alertas" } }, [hojaSinMarca("Alertas")]) // { hojas: {} }
 */
export function confirmarPropiedad(propiedad: Propiedad | null, hojas: readonly Hoja[]): Propiedad | null {
  if (!propiedad) return null;
  const leidas = new Map(hojas.map((h) => [h.nombre.toLocaleUpperCase("es"), h]));
  const confirmadas = Object.entries(propiedad.hojas).filter(([nombre]) => {
    const h = leidas.get(nombre.toLocaleUpperCase("es"));
    return h === undefined || llevaMarca(h);
  });
  return { ...propiedad, hojas: Object.fromEntries(confirmadas) };
}
