/**
 * Title rows above the header (SPEC §3.1): "VIGENCIA 2020", "SEGUIMIENTO … PRIMER TRIMESTRE 2026
 * (ENERO - FEBRERO - MARZO)", "Dependencia: Secretaría de Salud", "INFORME … 2020-2023".
 */
import { normalizar } from "../texto/normalizar";
import { trimestreEn } from "./encabezadoTexto";
import type { Corte, Trimestre } from "./tipos";

export interface Titulos {
  readonly vigencia: number | null;
  readonly corte: Corte | null;
  readonly dependencia: string | null;
}

const FIN_TRIMESTRE: Readonly<Record<Trimestre, string>> = { 1: "03-31", 2: "06-30", 3: "09-30", 4: "12-31" };
const TRIMESTRES: readonly Trimestre[] = [1, 2, 3, 4];
const MESES: Readonly<Record<string, number>> = {
  ENERO: 1,
  FEBRERO: 2,
  MARZO: 3,
  ABRIL: 4,
  MAYO: 5,
  JUNIO: 6,
  JULIO: 7,
  AGOSTO: 8,
  SEPTIEMBRE: 9,
  SETIEMBRE: 9,
  OCTUBRE: 10,
  NOVIEMBRE: 11,
  DICIEMBRE: 12,
};

const RANGO = /\b(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d\b/g;
const ANIO = /\b((?:19|20)\d\d)\b/;
const VIGENCIA = /\bVIGENCIA\s*:?\s*((?:19|20)\d\d)\b/;
const ETIQUETA = /^\s*(?:dependencia|responsable|secretar[ií]a responsable|oficina responsable)\s*:\s*(.+)$/is;
const NOMBRE_DEPENDENCIA = /^(SECRETARIA|SUBSECRETARIA|OFICINA|DIRECCION|DESPACHO|GERENCIA|INSTITUTO)\b/;

function dos(n: number): string {
  return String(n).padStart(2, "0");
}

/** The corte a title names: a quarter and its year, or a date "30/09/2021", "30 de septiembre de 2021". */
export function corteDeTexto(norm: string): Corte | null {
  const fecha = /\b(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)\b/.exec(norm);
  if (fecha?.[1] && fecha[2] && fecha[3] && /CORTE|\bAL\b|\bA\b/.test(norm)) return conFecha(Number(fecha[3]), Number(fecha[2]), Number(fecha[1]));
  const larga = /\b(\d{1,2}) DE ([A-Z]+) (?:DE |DEL )?((?:19|20)\d\d)\b/.exec(norm);
  const mes = larga?.[2] ? MESES[larga[2]] : undefined;
  if (larga?.[1] && larga[3] && mes) return conFecha(Number(larga[3]), mes, Number(larga[1]));
  const t = trimestreEn(norm);
  if (!t) return null;
  const anio = ANIO.exec(norm.replace(RANGO, " "));
  if (!anio?.[1]) return null;
  return { fecha: `${anio[1]}-${FIN_TRIMESTRE[t.trimestre]}`, trimestre: t.trimestre };
}

function conFecha(anio: number, mes: number, dia: number): Corte | null {
  if (mes < 1 || mes > 12 || dia < 1 || dia > 31) return null;
  const iso = `${anio}-${dos(mes)}-${dos(dia)}`;
  const tri = TRIMESTRES.find((t) => FIN_TRIMESTRE[t] === iso.slice(5));
  return { fecha: iso, trimestre: tri ?? null };
}

/**
 * Reads the texts of the title rows (top-left cells of merged titles), in reading order.
 * @example leerTitulos(["VIGENCIA 2020"]) // { vigencia: 2020, corte: null, dependencia: null }
 */
export function leerTitulos(textos: readonly string[]): Titulos {
  let vigencia: number | null = null;
  let corte: Corte | null = null;
  let dependencia: string | null = null;
  let anioSuelto: number | null = null;
  for (let i = 0; i < textos.length; i++) {
    const original = textos[i] ?? "";
    const norm = normalizar(original);
    if (norm === "") continue;
    const etiqueta = ETIQUETA.exec(original);
    if (etiqueta?.[1] && dependencia === null) dependencia = etiqueta[1].trim();
    else if (/^(DEPENDENCIA|RESPONSABLE)\s*:?$/.test(norm) && dependencia === null) {
      const siguiente = textos[i + 1]?.trim();
      if (siguiente) dependencia = siguiente;
    } else if (NOMBRE_DEPENDENCIA.test(norm) && !/\n/.test(original.trim()) && dependencia === null) dependencia = original.trim();
    const v = VIGENCIA.exec(norm);
    if (v?.[1] && vigencia === null) vigencia = Number(v[1]);
    const c = corteDeTexto(norm);
    if (c && corte === null) corte = c;
    const suelto = ANIO.exec(norm.replace(RANGO, " "));
    if (suelto?.[1] && anioSuelto === null) anioSuelto = Number(suelto[1]);
  }
  if (vigencia === null && corte) vigencia = Number(corte.fecha.slice(0, 4));
  return { vigencia: vigencia ?? anioSuelto, corte, dependencia };
}
