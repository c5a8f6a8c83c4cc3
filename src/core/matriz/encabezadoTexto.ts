/**
 * Years and quarters are parameters of a header (SPEC §3.2): "T1. PLANEADO 2024", "T.4 EJECUTADO",
 * "Programación Trimestre I", "1er Trimestre 2019", "primer trimestre". They are taken out of the
 * normalised text so the synonym registry only sees the field words.
 */
import { normalizarEncabezado } from "../texto/normalizar";
import type { Trimestre } from "./tipos";

export interface EncabezadoAnalizado {
  /** Normalised text without year, quarter or NOTA: the words the synonyms match. */
  readonly base: string;
  readonly anio: number | null;
  readonly trimestre: Trimestre | null;
}

const ROMANOS: Readonly<Record<string, Trimestre>> = { I: 1, II: 2, III: 3, IV: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const ORDINALES: Readonly<Record<string, Trimestre>> = { PRIMER: 1, PRIMERO: 1, SEGUNDO: 2, TERCER: 3, TERCERO: 3, CUARTO: 4 };

/** A date inside a header ("% CUMPLIMIENTO 04-02-2025 DEFINITIVO 2024") is a cut, not the field's year. */
const FECHA = /\b\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:19|20)\d\d\b/g;
const RANGO_ANIOS = /\b(19[89]\d|20\d\d)\s*[-–/]\s*(19[89]\d|20\d\d)\b/;
const ANIO = /(?<![\d.,])(19[89]\d|20\d\d)(?![\d.,]\d)/;
const NOTA = /\bNOTA\s*:.*$/;
const TRIMESTRES: readonly { re: RegExp; grupo: number; tabla: Readonly<Record<string, Trimestre>> }[] = [
  { re: /\b(PRIMER|PRIMERO|SEGUNDO|TERCER|TERCERO|CUARTO)\s+TRIMESTRE\b/, grupo: 1, tabla: ORDINALES },
  { re: /\b([1-4])\s*(?:ER|ERO|RO|DO|TO|O|°|º)?\.?\s*TRIMESTRE\b/, grupo: 1, tabla: ROMANOS },
  { re: /\bTRIMESTRE\s*(IV|III|II|I|[1-4])\b/, grupo: 1, tabla: ROMANOS },
  { re: /\b(IV|III|II|I)\s+TRIMESTRE\b/, grupo: 1, tabla: ROMANOS },
  { re: /(?:^|[^A-Z0-9])T\s?\.?\s?([1-4])(?![0-9])\.?/, grupo: 1, tabla: ROMANOS },
];

/** Quarter named in a normalised text, with the text it occupied. */
export function trimestreEn(texto: string): { trimestre: Trimestre; resto: string } | null {
  for (const t of TRIMESTRES) {
    const m = t.re.exec(texto);
    const clave = m?.[t.grupo];
    if (!m || !clave) continue;
    const tri = t.tabla[clave];
    if (tri) return { trimestre: tri, resto: texto.slice(0, m.index) + " " + texto.slice(m.index + m[0].length) };
  }
  return null;
}

/**
 * Headers written as identifiers (SPEC §3.2: `meta_programada`, `MetaCuatrienio`, `Prog24`,
 * `Ejec_24`) spelled out as words, with their abbreviations and two-digit years. Prose headers
 * (with spaces) are left alone: "PROG TOTAL" is a budget column.
 */
const ABREVIATURAS: Readonly<Record<string, string>> = {
  PROG: "PROGRAMADO",
  PROGR: "PROGRAMADO",
  EJEC: "EJECUTADO",
  CUAT: "CUATRIENIO",
  CUATR: "CUATRIENIO",
  COD: "CODIGO",
  DEP: "DEPENDENCIA",
  DEPEN: "DEPENDENCIA",
  UND: "UNIDAD",
  UNID: "UNIDAD",
  OBS: "OBSERVACIONES",
  RESP: "RESPONSABLE",
  DESC: "DESCRIPCION",
  IND: "INDICADOR",
  LB: "L.B",
  PPTO: "PRESUPUESTO",
  AVAN: "AVANCE",
  ANIO: "ANO",
};

export function deIdentificador(texto: string): string {
  const t = texto.trim();
  if (t === "" || /\s/.test(t) || !/[_a-z]/.test(t) || !/^[\p{L}\d_.]+$/u.test(t)) return texto;
  const palabras = t
    .replace(/_/g, " ")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .replace(/(\p{L})(\d)/gu, "$1 $2")
    .replace(/(\d)(\p{L})/gu, "$1 $2")
    .split(" ")
    .filter((p) => p !== "");
  const soloPalabras = palabras.length > 1;
  return palabras
    .map((p) => {
      const m = p.toUpperCase();
      if (/^\d{2}$/.test(p) && soloPalabras) return String(2000 + Number(p));
      return ABREVIATURAS[m] ?? p;
    })
    .join(" ");
}

function limpiar(s: string): string {
  return s
    .replace(/\s+/g, " ")
    .replace(/^[\s.,:;\-–]+|[\s,:;\-–]+$/g, "")
    .trim();
}

/**
 * @example analizarEncabezado("T.4 EJECUTADO 2024") // { base: "EJECUTADO", anio: 2024, trimestre: 4 }
 */
export function analizarEncabezado(texto: string): EncabezadoAnalizado {
  let s = normalizarEncabezado(deIdentificador(texto).replace(/_/g, " ")).replace(NOTA, "").replace(FECHA, " ");
  let anio: number | null = null;
  if (RANGO_ANIOS.test(s)) s = s.replace(RANGO_ANIOS, " ");
  else {
    const m = ANIO.exec(s);
    if (m?.[1]) {
      anio = Number(m[1]);
      s = s.slice(0, m.index) + " " + s.slice(m.index + m[0].length);
    }
  }
  const t = trimestreEn(s);
  return { base: limpiar(t ? t.resto : s), anio, trimestre: t ? t.trimestre : null };
}
