/**
 * The synonym registry of SPEC §3.2 and ../shared/reference/domain-notes.md §4.7: header words → the fields they speak
 * for, with a weight (how specific the words are) and negative words that rule a field out. A
 * header gets every field its words allow, not the first one; the column's cells then weigh in
 * (evidencia.ts) and the fields are assigned to columns together (columnas.ts). "Specific beats
 * generic": "CANTIDAD CUMPLIDA DE LA META PROGRAMADA" speaks louder for ejecutado (0.85) than its
 * "PROGRAMADA" does for programado, which "CUMPLIDA" rules out anyway.
 * `prioridad` ranks several columns of one field (APROPIACION DEFINITIVA over INICIAL, the meta's
 * goal over its indicator's name); equal priority with the same header is A-COLUMNA-DUPLICADA.
 */
import type { EncabezadoAnalizado } from "./encabezadoTexto";
import type { Campo, Variante } from "./tipos";

export interface Clasificacion {
  readonly campo: Campo | null;
  readonly variante: Variante | null;
  readonly nivel: string | null;
  /** For nivel columns: the code or the name of the level. */
  readonly rol: "codigo" | "nombre" | null;
  readonly alcance: "vigencia" | "cuatrienio" | null;
  readonly prioridad: number;
}

/** One reading of a header: a field, how strongly the words speak for it, and which words did. */
export interface Candidato extends Clasificacion {
  /** 0–1: how specific the words are for this field. */
  readonly peso: number;
  /** The words of the header that matched. */
  readonly palabras: string;
}

interface Regla {
  readonly re: RegExp;
  /** Words that rule this reading out. */
  readonly excluye?: RegExp;
  readonly peso: number;
  readonly fijo: Partial<Clasificacion>;
  readonly clasificar?: (base: string) => Partial<Clasificacion> | null;
}

/** Levels of the plan hierarchy (SPEC §2), specific before general. */
const NIVELES: readonly (readonly [RegExp, string])[] = [
  [/METAS? DE RESULTADO|INDICADOR(ES)? DE RESULTADO|METAS? DE BIENESTAR|\bMR\b/, "meta de resultado"],
  [/SUB ?PROGRAMAS?\b/, "subprograma"],
  [/\bPROGRAMAS?\b/, "programa"],
  [/\bEJES?\b/, "eje"],
  [/LINEAS? ESTRATEGICAS?|^LINEAS?$/, "línea"],
  [/\bPILAR(ES)?\b/, "pilar"],
  [/\bDIMENSION(ES)?\b/, "dimensión"],
  [/ESCENARIO DE CAMBIO/, "escenario de cambio"],
  [/ESCENARIO DE APUESTA/, "escenario de apuesta"],
  [/\bPROSPECTIVA\b/, "prospectiva"],
  [/\bPROPOSITO\b/, "propósito"],
  [/\bOBJETIVOS?\b/, "objetivo"],
  [/\bESTRATEGIAS?\b/, "estrategia"],
  [/\bSECTOR(ES)?\b/, "sector"],
  [/\bCOMPONENTES?\b/, "componente"],
];

export function nivelEn(base: string): string | null {
  for (const [re, nivel] of NIVELES) if (re.test(base)) return nivel;
  return null;
}

const ES_CODIGO = /^(COD\b|COD\.|CODIGO|NUMERO|NO\.? |N°|ID\b)/;
/** Words of an execution: they rule out a programado reading of the same header. */
const EJECUCION = /EJECUTAD|EJECUCION|CUMPLID|LOGRAD|LOGRO|REALIZAD|ALCANZAD|MAGNITUD EJECUTADA|AVANCE|RESULTADO/;

function alcanceReportado(base: string): "vigencia" | "cuatrienio" {
  return /CUATRIENIO|CUATRENIO|\bP\.? ?D\b|ACUMULAD|PDM|A LA FECHA/.test(base) ? "cuatrienio" : "vigencia";
}

function variantePE(b: string): Partial<Clasificacion> {
  return { variante: /^TOTAL\b|\bTOTAL$|\bTOTAL (PLANEAD|PROGRAMAD|EJECUTAD)/.test(b) ? "total" : null };
}

/**
 * The registry. Weights: 0.95 for words that name one field only ("COMPROMISOS", "TENDENCIA"),
 * down to 0.2 for words several fields share ("META", "INDICADOR").
 */
const REGLAS: readonly Regla[] = [
  // the entity's own helper columns: known, and not a field (an "ignorar" reading)
  {
    re: /^% ?(TOTAL )?(PLANEADO|PROGRAMADO)|ESTADO PROGRAMADO|ESTADO DEL INDICADOR|POR PROGRAMA|% EJECUCION (FINANCIERA|PRESUPUESTAL)|EJECUCION FINANCIERA|TIPO Y NUMERO DE CONTRATO|^CATEGORIA|^(EJECUCION|EJECUTADO) ACUMULAD|PESO EN RELACION|PESO .*\b(X|POR) VIGENCIA|^ES PRINCIPAL|^META (DEL|DE LA|DE) PROYECTO|FUENTE DE VERIFICACION/,
    peso: 1.5,
    fijo: { campo: null },
  },
  {
    re: /^(PONDERADOR|POND\b|POND\.|PONDERACION|PESO)/,
    excluye: /EN RELACION/,
    peso: 0.95,
    fijo: { campo: "ponderacion" },
    clasificar: (b) => ({ nivel: nivelEn(b.replace(/PONDERACION RELATIVA DEL PRODUCTO.*/, "")) }),
  },
  // budget before programado/ejecutado: "EJECUCIÓN PRESUPUESTAL", "PROGRAMACIÓN PRESUPUESTAL"
  { re: /COMPROMISO/, peso: 0.95, fijo: { campo: "presupuestoEjecutado", prioridad: 3 } },
  {
    re: /EJECUCION PRESUPUESTAL|EJECUTADO PRESUPUEST|OBLIGACION|OBLIGAD[OA]|\bRP\b|PPTO EJECUTADO|EJEC TOTAL/,
    peso: 0.95,
    fijo: { campo: "presupuestoEjecutado", prioridad: 2 },
  },
  { re: /VALOR DEL CONTRATO/, peso: 0.9, fijo: { campo: "presupuestoEjecutado", prioridad: 1 } },
  { re: /^PAGOS?\b/, peso: 0.9, fijo: { campo: "presupuestoPagos", prioridad: 2 } },
  { re: /APROPIACION DEFINITIVA|PTO\.? DEFINITIVO|PRESUPUESTO DEFINITIVO/, peso: 0.95, fijo: { campo: "presupuestoProgramado", prioridad: 4 } },
  {
    re: /APROPIACION INICIAL|PTO\.? INICIAL|PLAN FINANCIERO|PLAN PLURIANUAL|TOTAL ASIGNADO/,
    peso: 0.95,
    fijo: { campo: "presupuestoProgramado", prioridad: 1 },
  },
  { re: /APROPIACION|PRESUPUESTADO|PRESUPUESTAL|VALOR APROBADO|PRESUPUESTO|PROG TOTAL/, peso: 0.9, fijo: { campo: "presupuestoProgramado", prioridad: 2 } },
  { re: /OBSERVACION/, peso: 0.9, fijo: { campo: "observaciones", prioridad: 3 } },
  { re: /^ESTADO$/, peso: 0.6, fijo: { campo: "observaciones", prioridad: 2 } },
  { re: /SOPORTE|EVIDENCIA/, peso: 0.8, fijo: { campo: "observaciones", prioridad: 1 } },
  // percentages the matrix computes itself: read only to compare; a final figure over an earlier cut
  {
    re: /^%|PORCENTAJE|^AVANCE$|^AVANCE ACUMULADO|CUMPLIMIENTO/,
    excluye: /\bPESO\b/,
    peso: 0.85,
    fijo: { campo: "reportado" },
    clasificar: (b) => ({ alcance: alcanceReportado(b), prioridad: /DEFINITIV|\bFINAL\b/.test(b) ? 3 : 2 }),
  },
  // programado / ejecutado al corte
  {
    re: /AL CORTE/,
    peso: 0.85,
    fijo: {},
    clasificar: (b) =>
      /EJECUT|MAGNITUD|AVANCE|LOGRO|RESULTADO/.test(b) ? { campo: "ejecutado", variante: "corte" } : { campo: "programado", variante: "corte" },
  },
  { re: /^(L\.? ?B\.?)( .*)?$|LINEA (DE )?BASE|LINEA BASE/, peso: 0.9, fijo: { campo: "lineaBase" } },
  { re: /^UNIDAD/, peso: 0.9, fijo: { campo: "unidad" } },
  // a tipo de acumulación beats a level of the results chain ("Tipo de Indicador": Indicador de Producto)
  { re: /TIPO DE ACUMULACION|TIPO DE ANUALIZACION|TENDENCIA|ORIENTACION DE LA META/, peso: 0.9, fijo: { campo: "tipo", prioridad: 3 } },
  { re: /TIPO DE INDICADOR|TIPOLOGIA|^TIPO( DE META)?$/, peso: 0.7, fijo: { campo: "tipo", prioridad: 2 } },
  // a column telling the row's level (levels written as rows, SPEC §3.4)
  { re: /^(CLASE|NIVEL|TIPO DE (FILA|REGISTRO|ELEMENTO)|TIPO)$/, peso: 0.5, fijo: { campo: "clase" } },
  { re: /VIGENCIAS ANTERIORES/, peso: 0.9, fijo: { campo: "acumuladoAnterior" } },
  // a dependency's name beats its code ("Código Dependencia Responsable")
  { re: /DEPENDENCIA|RESPONSABLE|SECRETARIA|SECTOR LIDER|^ENTIDAD\b|^OFICINA/, excluye: /^(COD\.?|CODIGO|ID)\b/, peso: 0.8, fijo: { campo: "dependencia" } },
  { re: /^(COD\.?|CODIGO|ID)\b.*(DEPENDENCIA|RESPONSABLE|SECRETARIA|ENTIDAD)/, peso: 0.4, fijo: { campo: "dependencia", prioridad: 1 } },
  { re: /CUATRIENIO|CUATRENIO|META FINAL/, peso: 0.75, fijo: { campo: "metaCuatrienio" } },
  // code of the meta (not of a level)
  { re: /^(COD\.?|CODIGO) ?(DE )?(LA )?(META|INDICADOR|PRODUCTO)|^COD(IGO)? META|^ID$|^CODIGO$/, peso: 0.85, fijo: { campo: "codigo", prioridad: 2 } },
  { re: /^ID PRODUCTO/, peso: 0.7, fijo: { campo: "codigo", prioridad: 1 } },
  // the year or the quarter of a row (long layouts, SPEC §3.2)
  { re: /^(ANO|VIGENCIA|PERIODO|ANO (DE LA )?META|ANO DE (REPORTE|SEGUIMIENTO))$/, peso: 0.7, fijo: { campo: "vigencia" } },
  { re: /^(TRIMESTRE|PERIODO|CORTE|PERIODO DE (REPORTE|SEGUIMIENTO))$/, peso: 0.6, fijo: { campo: "periodo" } },
  // levels of the hierarchy ("PROGRAMA PDT", "COD,.INT. PROGRAMA", "COMPONENTE")
  {
    re: /./,
    peso: 0.7,
    fijo: {},
    clasificar: (b) => {
      if (/ACTIVIDAD|META DE PRODUCTO|INDICADOR DE PRODUCTO|PROGRAMACION|PROGRAMAD/.test(b)) return null;
      const nivel = nivelEn(b);
      if (!nivel) return null;
      const secundario = /\bMGA\b/.test(b) || (nivel === "meta de resultado" && /INDICADOR/.test(b));
      return { campo: "nivel", nivel, rol: ES_CODIGO.test(b) ? "codigo" : "nombre", prioridad: secundario ? 1 : 2 };
    },
  },
  // the meta's name: the goal itself above the name of its indicator
  {
    re: /META DE PRODUCTO|METAS DE PRODUCTO|DESCRIPCION (DE LA )?META|PRODUCTO ESPERADO|ACTIVIDADES PROGRAMADAS|^ACTIVIDAD(ES)?$|META SECTORIAL|^NOMBRE DE LA META|^METAS?$/,
    peso: 0.9,
    fijo: { campo: "meta", prioridad: 3 },
  },
  {
    re: /\bMETAS?\b/,
    excluye:
      /^META (DEL|DE LA) (INDICADOR|VIGENCIA|ANO)|\bANO\b|AL CORTE|PROGRAMA(DA|CION)|ESPERAD|FISICA|\bVALOR\b|EJECUTAD|EJECUCION|CUMPLID|LOGR|REALIZAD|ALCANZAD|AVANCE|RESULTADO|MAGNITUD/,
    peso: 0.25,
    fijo: { campo: "meta", prioridad: 2 },
  },
  // "Programación Indicador Sectorial 2024" is a programming, not the indicator's name
  {
    re: /INDICADOR|PERSONALIZACION/,
    excluye: /PROGRAMA(CION|D)|EJECUT|MAGNITUD|AVANCE|LOGRO|CODIGO|^COD\b|TIPO/,
    peso: 0.6,
    fijo: { campo: "meta", prioridad: 1 },
  },
  // programado / ejecutado of a year or quarter; the variant comes from the words
  {
    re: /CANTIDAD CUMPLIDA|CUMPLID[AO]S?\b|LOGRAD[AO]|REALIZAD[AO]|ALCANZAD[AO]/,
    excluye: /^%|PORCENTAJE/,
    peso: 0.85,
    fijo: { campo: "ejecutado" },
    clasificar: variantePE,
  },
  {
    re: /EJECUTAD|EJECUCION|AVANCE|LOGRO|MAGNITUD|^RESULTADOS?\b|RESULTADO (ANO|DEL ANO|VIGENTE|OBTENIDO)/,
    peso: 0.7,
    fijo: { campo: "ejecutado" },
    clasificar: variantePE,
  },
  { re: /PROGRAMAD|PLANEAD|PROGRAMACION|VALOR ESPERADO|ESPERADA/, excluye: EJECUCION, peso: 0.65, fijo: { campo: "programado" }, clasificar: variantePE },
  { re: /^META\b/, excluye: EJECUCION, peso: 0.45, fijo: { campo: "programado" }, clasificar: variantePE },
];

const VACIA: Clasificacion = { campo: null, variante: null, nivel: null, rol: null, alcance: null, prioridad: 2 };

function clave(c: Clasificacion): string {
  return `${c.campo}|${c.nivel}|${c.rol}|${c.variante}`;
}

/** Readings after the words alone, best first; "META" alone names the meta, "META 2024" the year's target. */
function lecturas(a: EncabezadoAnalizado): Candidato[] {
  const conTiempo = a.anio !== null || a.trimestre !== null;
  const b = a.base;
  if (b === "") return a.trimestre !== null ? [{ ...VACIA, campo: "ejecutado", peso: 0.5, palabras: "trimestre" }] : [];
  if (/^METAS?$/.test(b)) return [{ ...VACIA, campo: conTiempo ? "programado" : "meta", prioridad: conTiempo ? 2 : 3, peso: 0.8, palabras: b }];
  const out = new Map<string, Candidato>();
  for (const r of REGLAS) {
    const m = r.re.exec(b);
    if (!m || r.excluye?.test(b)) continue;
    const extra = r.clasificar ? r.clasificar(b) : {};
    if (extra === null) continue;
    const c: Candidato = { ...VACIA, ...r.fijo, ...extra, peso: r.peso, palabras: m[0] || b };
    const k = clave(c);
    const antes = out.get(k);
    if (!antes || antes.peso < c.peso) out.set(k, c);
  }
  return [...out.values()].sort((x, y) => y.peso - x.peso);
}

function conVariante(c: Candidato, a: EncabezadoAnalizado): Candidato {
  if (c.campo !== "programado" && c.campo !== "ejecutado") return c;
  if (c.variante === "corte" || c.variante === "total") return c;
  return { ...c, variante: a.trimestre !== null ? "trimestre" : "anual" };
}

/**
 * Every field the header's words allow, best first (an "ignore" reading has campo null).
 * @example candidatos(analizarEncabezado("CANTIDAD CUMPLIDA DE LA META PROGRAMADA 2025"))[0].campo // "ejecutado"
 */
export function candidatos(a: EncabezadoAnalizado): readonly Candidato[] {
  return lecturas(a).map((c) => conVariante(c, a));
}

/**
 * The best reading after the words alone, or null when nothing matches.
 * @example clasificar(analizarEncabezado("TOTAL PLANEADO 2024")) // { campo: "programado", variante: "total", … }
 */
export function clasificar(a: EncabezadoAnalizado): Clasificacion | null {
  const [mejor] = candidatos(a);
  if (!mejor) return null;
  const { peso: _peso, palabras: _palabras, ...c } = mejor;
  return c;
}
