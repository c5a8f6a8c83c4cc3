/** How Excel stores what `range.values` receives, and A1 helpers for the fake. */
import { aA1, cajaDeRango, rectDeCaja } from "../core/grid/rango";
import { falla } from "./errores";
import type { Caja, HojaModelo, ValorModelo } from "./modelo";

const NUMERO = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?$/i;

/**
 * Excel parses a string written through `values` as if typed: "=…" is a formula, "'…" is text
 * (quote prefix), numeric and boolean strings become numbers/booleans, "+x"/"-x"/"@x" become
 * formulas — unless the cell is formatted as text ("@"), where everything stays text.
 */
export function escribirCelda(hoja: HojaModelo, fila: number, columna: number, v: unknown): void {
  if (v === null || v === undefined) return;
  const fs = (hoja.valores[fila] ??= []);
  const clave = `${fila},${columna}`;
  hoja.formulas.delete(clave);
  if (typeof v === "number" || typeof v === "boolean") {
    fs[columna] = v;
    return;
  }
  if (typeof v !== "string") falla("InvalidArgument", "Valor de celda no admitido.");
  if (v === "") {
    fs[columna] = null;
    return;
  }
  if (hoja.formato(fila, columna) === "@") {
    fs[columna] = v;
    return;
  }
  if (v.startsWith("'")) {
    fs[columna] = v.slice(1);
    return;
  }
  const t = v.trim();
  if (NUMERO.test(t)) {
    const n = Number(t.replace("%", ""));
    fs[columna] = t.endsWith("%") ? n / 100 : n;
    return;
  }
  if (/^(TRUE|FALSE)$/i.test(t)) {
    fs[columna] = t.toUpperCase() === "TRUE";
    return;
  }
  if (/^[=+\-@]/.test(v)) {
    hoja.formulas.set(clave, v.startsWith("=") ? v : `=${v}`);
    // No calculation engine: a formula's cached value is unknown.
    fs[columna] = { error: "#CALC!" };
    return;
  }
  fs[columna] = v;
}

export function valorLeido(v: ValorModelo): number | string | boolean {
  if (v === null) return "";
  if (typeof v === "object") return v.error;
  return v;
}

export function tipoValor(v: ValorModelo): string {
  if (v === null || v === "") return "Empty";
  if (typeof v === "object") return "Error";
  if (typeof v === "boolean") return "Boolean";
  if (typeof v === "string") return "String";
  return Number.isInteger(v) ? "Integer" : "Double";
}

/** "B2:D10", "B2" or "'Hoja'!B2" → box; InvalidArgument otherwise, as Excel answers a bad address. */
export function cajaDe(a1: string): Caja {
  try {
    return cajaDeRango(a1);
  } catch {
    return falla("InvalidArgument", `Dirección no válida: ${a1}`);
  }
}

export function a1De(c: Caja): string {
  return aA1(rectDeCaja(c));
}

/** Excel's sheet name rules. */
export function validarNombreHoja(nombre: string): void {
  if (nombre === "" || nombre.length > 31 || /[[\]:*?/\\]/.test(nombre) || /^'|'$/.test(nombre))
    falla("InvalidArgument", `Nombre de hoja no válido: ${nombre}`);
}

export function comprobarForma(m: unknown, caja: Caja, que: string): readonly (readonly unknown[])[] {
  if (!Array.isArray(m) || m.length !== caja.filas || m.some((f) => !Array.isArray(f) || f.length !== caja.columnas))
    falla("InvalidArgument", `El número de filas o columnas de la matriz de ${que} no coincide con el tamaño del rango (${caja.filas}×${caja.columnas}).`);
  return m as readonly (readonly unknown[])[];
}
