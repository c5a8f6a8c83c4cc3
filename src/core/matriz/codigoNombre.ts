/**
 * Codes written inside names (SPEC §3.4): "010101\nImplementación …", "1.1.1 Fortalecer …",
 * "Eje 1. Ambiente …" → code and name. A leading number that is a quantity ("100 familias",
 * "3.5 km") is not a code.
 */
import { memo } from "../_lib/memo";

const PATRONES: readonly RegExp[] = [
  // a code on its own line: "010101\n…", "0101.\n…", "30101\n …"
  /^([0-9][0-9.]*?)\.?[ \t]*\n\s*([\s\S]+)$/,
  // a dotted code of three or more parts: "1.1.1 …", "2.3.1. …"
  /^(\d+(?:\.\d+){2,})\.?\s+([\s\S]+)$/,
  // a two-part code followed by a capitalised word: "1.2 Fortalecer …"
  /^(\d+\.\d+)\.?\s+(\p{Lu}[\s\S]*)$/u,
  // a level word and its number: "Eje 1. Ambiente", "Línea 2 - Salud", "Programa 3: …"
  /^(?:EJE|L[IÍ]NEA(?: ESTRAT[EÉ]GICA)?|PROGRAMA|SUBPROGRAMA|PILAR|DIMENSI[OÓ]N|COMPONENTE|SECTOR|OBJETIVO|ESTRATEGIA)\s+(\d+(?:\.\d+)*)\s*[.:\-–]\s*([\s\S]+)$/i,
];

export interface CodigoNombre {
  readonly codigo: string | null;
  readonly nombre: string;
}

function limpio(s: string): string {
  return /[\t\n\r\u00a0]| {2}/.test(s) ? s.replace(/[\s\u00a0]+/g, " ").trim() : s.trim();
}

/** Only texts starting with a digit or a level word can carry a code. */
const CANDIDATO = /^\s*(\d|EJE|L[IÍ]NEA|PROGRAMA|SUBPROGRAMA|PILAR|DIMENSI|COMPONENTE|SECTOR|OBJETIVO|ESTRATEGIA)/i;

/** Code texts repeat on every row of their group: each is split once. */
const separar = memo(50_000, (texto: string): CodigoNombre => {
  const t = texto.trim();
  for (const re of PATRONES) {
    const m = re.exec(t);
    if (m?.[1] && m[2] && limpio(m[2]) !== "") return { codigo: m[1].replace(/\.$/, ""), nombre: limpio(m[2]) };
  }
  return { codigo: null, nombre: limpio(t) };
});

/**
 * @example separarCodigo("1.1.1 Fortalecer la red") // { codigo: "1.1.1", nombre: "Fortalecer la red" }
 */
export function separarCodigo(texto: string): CodigoNombre {
  if (!CANDIDATO.test(texto)) return { codigo: null, nombre: limpio(texto) };
  return separar(texto);
}

/** Display text of a cell value in a text field: numbers as written ("1.1"), blanks as "". */
export function textoCelda(v: unknown): string {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return "";
}
