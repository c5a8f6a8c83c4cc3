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

function limpiar(s: string): string {
  return s.replace(/\s+/g, " ").replace(/^[\s.,:;\-–]+|[\s,:;\-–]+$/g, "").trim();
}

/**
 * @example analizarEncabezado("T.4 EJECUTADO 2024") // { base: "EJECUTADO", anio: 2024, trimestre: 4 }
 */
export function analizarEncabezado(texto: string): EncabezadoAnalizado {
  let s = normalizarEncabezado(texto.replace(/_/g, " ")).replace(NOTA, "");
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
