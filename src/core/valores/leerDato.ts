/**
 * Reading one cell of a numeric field (SPEC §4): numbers as they are, blank ≠ 0, ND / NA
 * states, text parsed with the culture; anything else is "invalido" (the caller raises
 * E-NO-NUMERICO with the cell address) and its value is missing — never silently 0.
 */
import { esValorError, type Cultura, type Valor } from "../grid/libro";
import type { Dato } from "../matriz/tipos";
import { numeroDeTexto } from "./numeroTexto";

/** Texts that mean "no data yet" (sin reporte) and "does not apply". "N/A" is not one: SPEC §4 lists it as invalid. */
const ESTADOS: Readonly<Record<string, "ND" | "NA" | "vacio">> = {
  ND: "ND",
  "N.D": "ND",
  "N.D.": "ND",
  SD: "ND",
  "S.D": "ND",
  "S.D.": "ND",
  "SIN DATO": "ND",
  NA: "NA",
  "N.A": "NA",
  "N.A.": "NA",
  "NO APLICA": "NA",
  "-": "vacio",
  "--": "vacio",
  "\u2014": "vacio",
};

function estadoTexto(s: string): "ND" | "NA" | "vacio" | undefined {
  return ESTADOS[s.toUpperCase().replace(/\s+/g, " ")];
}

/**
 * The Dato of a cell in a numeric field.
 * @example leerDato("1.234,5", "D17", CULTURA_ES_CO) // { valor: 1234.5, estado: "numero", celda: "D17" }
 */
export function leerDato(v: Valor, celda: string, cultura: Cultura): Dato {
  if (typeof v === "number") return Number.isFinite(v) ? { valor: v, estado: "numero", celda } : { valor: null, estado: "invalido", celda };
  if (v === null) return { valor: null, estado: "vacio", celda };
  if (typeof v === "string") {
    const s = v.trim();
    if (s === "") return { valor: null, estado: "vacio", celda };
    const estado = estadoTexto(s);
    if (estado) return { valor: null, estado, celda };
    const n = numeroDeTexto(s, cultura);
    return n === null ? { valor: null, estado: "invalido", celda } : { valor: n, estado: "numero", celda };
  }
  return { valor: null, estado: "invalido", celda };
}

/** The value as shown in a finding: the text, the error ("#DIV/0!") or VERDADERO/FALSO. */
export function textoDeValor(v: Valor): string | number | null {
  if (v === null || typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "VERDADERO" : "FALSO";
  return esValorError(v) ? v.error : null;
}
