/**
 * What a column's cells hold (SPEC §3.2 "what its cells hold"): the share of numbers, fractions vs
 * counts, years, code-like values vs sentences, a handful of repeated names vs unique texts, the
 * tipo vocabulary. Read from a sample of the rows below the header, so a 50,000-row matrix costs
 * the same as a 300-row one.
 */
import type { Cultura, Hoja } from "../grid/libro";
import { esValorError } from "../grid/libro";
import { numeroDeTexto } from "../valores/numeroTexto";
import { tipoDeTexto } from "./tipoAcumulacion";

export interface PerfilColumna {
  /** Non-empty cells sampled. */
  readonly llenas: number;
  /** Shares of the non-empty cells (0–1). */
  readonly numeros: number;
  /** Non-zero numbers up to 1.5 (fractions, ratios, shares), of the non-zero numbers: zero says nothing of a scale. */
  readonly fracciones: number;
  /** Zeros (placeholders, "not yet"): scale-free. */
  readonly ceros: number;
  /** Integers between 1990 and 2040. */
  readonly anios: number;
  /** Codes: digits with dots or dashes, no spaces ("120200300", "1.2.3", "0600"), or one letter. */
  readonly codigos: number;
  /** Texts of four words or more. */
  readonly oraciones: number;
  /** Texts of the tipo de acumulación vocabulary (SPEC §5.1). */
  readonly tipos: number;
  /** Texts written as a percentage ("50%"). */
  readonly porcentajes: number;
  /** Distinct values / non-empty cells. */
  readonly distintos: number;
  /** Excel error values (#REF!, #DIV/0!). */
  readonly errores: number;
  /** Quarters: 1–4, "T1", "IV", "Trimestre I", "primer trimestre". */
  readonly trimestres: number;
}

const MUESTRA = 300;
const CODIGO = /^[A-Z]?[0-9][0-9.\-_/]*$/i;
const TRIMESTRE = /^(T\s?\.?\s?[1-4]|I{1,3}|IV|[1-4]|(PRIMER|SEGUNDO|TERCER|CUARTO) TRIMESTRE|TRIMESTRE (I{1,3}|IV|[1-4]))$/i;

export const PERFIL_VACIO: PerfilColumna = {
  llenas: 0,
  numeros: 0,
  fracciones: 0,
  ceros: 0,
  anios: 0,
  codigos: 0,
  oraciones: 0,
  tipos: 0,
  porcentajes: 0,
  distintos: 0,
  errores: 0,
  trimestres: 0,
};

/**
 * Profile of column `col` over the rows after `desde` (0-based, inclusive).
 * @example perfilar(hoja, 3, 2, CULTURA_ES_CO).numeros // 0.98
 */
export function perfilar(hoja: Hoja, col: number, desde: number, cultura: Cultura): PerfilColumna {
  let llenas = 0,
    numeros = 0,
    fracciones = 0,
    anios = 0,
    codigos = 0,
    oraciones = 0,
    tipos = 0,
    porcentajes = 0,
    errores = 0,
    trimestres = 0,
    noCero = 0;
  const vistos = new Set<string>();
  const hasta = Math.min(hoja.valores.length, desde + MUESTRA);
  for (let f = desde; f < hasta; f++) {
    const v = hoja.valores[f]?.[col];
    if (v === null || v === undefined || v === "") continue;
    if (esValorError(v)) {
      llenas++;
      errores++;
      continue;
    }
    let n: number | null = null;
    let texto: string | null = null;
    if (typeof v === "number") n = v;
    else if (typeof v === "string") {
      texto = v.trim();
      if (texto === "") continue;
      if (/%\s*$/.test(texto)) porcentajes++;
      n = numeroDeTexto(texto, cultura);
    } else continue;
    llenas++;
    vistos.add(typeof v === "string" ? v.trim().toUpperCase() : String(v));
    if (n !== null ? Number.isInteger(n) && n >= 1 && n <= 4 : texto !== null && TRIMESTRE.test(texto)) trimestres++;
    if (n !== null) {
      numeros++;
      if (n !== 0) noCero++;
      if (n > 0 && n <= 1.5) fracciones++;
      if (Number.isInteger(n) && n >= 1990 && n <= 2040) anios++;
      // a long integer written as a number is an identifier (MGA codes), not a quantity
      if (Number.isInteger(n) && Math.abs(n) >= 1e6 && texto === null) codigos += 0.5;
    }
    if (texto !== null) {
      if (CODIGO.test(texto) && !/^\d{1,3}$/.test(texto)) codigos++;
      if (texto.split(/\s+/).length >= 4) oraciones++;
      const t = tipoDeTexto(texto);
      if (t !== null && t !== "vacio") tipos++;
    }
  }
  if (llenas === 0) return PERFIL_VACIO;
  return {
    llenas,
    numeros: numeros / llenas,
    fracciones: noCero > 0 ? fracciones / noCero : 0,
    ceros: (numeros - noCero) / llenas,
    anios: anios / llenas,
    codigos: codigos / llenas,
    oraciones: oraciones / llenas,
    tipos: tipos / llenas,
    porcentajes: porcentajes / llenas,
    distintos: vistos.size / llenas,
    errores: errores / llenas,
    trimestres: trimestres / llenas,
  };
}
