/**
 * How the demo paints a sheet of the fake Excel: the recorded styles (fill, font, bold,
 * alignment) and the conditional formats (semáforo fills) evaluated on each cell's value,
 * as Excel would show them.
 */
import type { CondicionalModelo, HojaModelo, ValorModelo } from "../simulador/modelo";
import { cajaDe } from "../simulador/valores";

export interface EstiloCelda {
  relleno?: string;
  colorFuente?: string;
  negrita?: boolean;
  tamano?: number;
  ajustar?: boolean;
  alineacion?: "left" | "center" | "right";
}

const ALINEACION: Readonly<Record<string, EstiloCelda["alineacion"]>> = { Left: "left", Center: "center", Right: "right" };

function aplicar(e: EstiloCelda, propiedad: string, valor: string | number | boolean): void {
  if (propiedad === "fill.color" && typeof valor === "string") e.relleno = valor;
  else if (propiedad === "font.color" && typeof valor === "string") e.colorFuente = valor;
  else if (propiedad === "font.bold" && typeof valor === "boolean") e.negrita = valor;
  else if (propiedad === "font.size" && typeof valor === "number") e.tamano = valor;
  else if (propiedad === "wrapText" && typeof valor === "boolean") e.ajustar = valor;
  else if (propiedad === "horizontalAlignment" && typeof valor === "string") {
    const a = ALINEACION[valor];
    if (a) e.alineacion = a;
  }
}

/** `=0.56` → 0.56, `="Bajo"` → "Bajo". */
function operando(formula: string | null): number | string | null {
  if (formula === null) return null;
  const f = formula.replace(/^=/, "").trim();
  if (/^".*"$/.test(f)) return f.slice(1, -1).replace(/""/g, '"');
  const n = Number(f);
  return Number.isFinite(n) ? n : f;
}

export function cumple(c: CondicionalModelo, v: ValorModelo): boolean {
  if (v === null || typeof v === "object" || typeof v === "boolean") return false;
  const a = operando(c.formula1);
  const b = operando(c.formula2);
  switch (c.operador) {
    case "EqualTo":
      return typeof v === "string" && typeof a === "string" ? v.toLowerCase() === a.toLowerCase() : v === a;
    case "Between":
      return typeof v === "number" && typeof a === "number" && typeof b === "number" && v >= Math.min(a, b) && v <= Math.max(a, b);
    case "GreaterThanOrEqual":
      return typeof v === "number" && typeof a === "number" && v >= a;
    case "LessThanOrEqual":
      return typeof v === "number" && typeof a === "number" && v <= a;
    case "GreaterThan":
      return typeof v === "number" && typeof a === "number" && v > a;
    case "LessThan":
      return typeof v === "number" && typeof a === "number" && v < a;
    default:
      return false;
  }
}

/** Styles by "fila,columna" (0-based); conditional formats win over direct fills, as in Excel. */
export function estilosDeHoja(hoja: HojaModelo): Map<string, EstiloCelda> {
  const estilos = new Map<string, EstiloCelda>();
  const celda = (f: number, c: number): EstiloCelda => {
    const k = `${f},${c}`;
    let e = estilos.get(k);
    if (!e) estilos.set(k, (e = {}));
    return e;
  };
  for (const s of hoja.estilos) {
    const caja = cajaDe(s.rango);
    for (let f = caja.fila; f < caja.fila + caja.filas; f++)
      for (let c = caja.columna; c < caja.columna + caja.columnas; c++) aplicar(celda(f, c), s.propiedad, s.valor);
  }
  for (const cond of hoja.condicionales) {
    const caja = cajaDe(cond.rango);
    for (let f = caja.fila; f < caja.fila + caja.filas; f++)
      for (let c = caja.columna; c < caja.columna + caja.columnas; c++) {
        if (!cumple(cond, hoja.valor(f, c))) continue;
        const e = celda(f, c);
        if (cond.relleno) e.relleno = cond.relleno;
        if (cond.colorFuente) e.colorFuente = cond.colorFuente;
      }
  }
  return estilos;
}
