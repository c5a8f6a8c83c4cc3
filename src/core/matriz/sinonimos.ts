/**
 * The synonym registry of SPEC §3.2 and domain-notes §4.7: header words → canonical field.
 * Entries run in order, first match wins, so specific entries sit above general ones
 * ("% TOTAL EJECUTADO … VS CUATRIENIO" is a reported %, not an ejecutado). `prioridad` settles
 * several columns for one field: the highest wins silently over lower ones (APROPIACION
 * DEFINITIVA over APROPIACION INICIAL); equal priority is a duplicated column (A-COLUMNA-DUPLICADA).
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

interface ReglaEscrita extends Partial<Clasificacion> {
  readonly re: RegExp;
  readonly clasificar?: (base: string) => Partial<Clasificacion> | null;
}

interface Regla {
  readonly re: RegExp;
  readonly fijo: Partial<Clasificacion>;
  readonly clasificar: ((base: string) => Partial<Clasificacion> | null) | undefined;
}

/** Levels of the plan hierarchy (SPEC §2), specific before general. */
const NIVELES: readonly (readonly [RegExp, string])[] = [
  [/METAS? DE RESULTADO|INDICADOR(ES)? DE RESULTADO|METAS? DE BIENESTAR|\bMR\b/, "meta de resultado"],
  [/SUB ?PROGRAMAS?\b/, "subprograma"],
  [/\bPROGRAMAS?\b/, "programa"],
  [/\bEJE\b/, "eje"],
  [/LINEA ESTRATEGICA|^LINEA$/, "línea"],
  [/\bPILAR\b/, "pilar"],
  [/\bDIMENSION\b/, "dimensión"],
  [/ESCENARIO DE CAMBIO/, "escenario de cambio"],
  [/ESCENARIO DE APUESTA/, "escenario de apuesta"],
  [/\bPROSPECTIVA\b/, "prospectiva"],
  [/\bPROPOSITO\b/, "propósito"],
  [/\bOBJETIVO\b/, "objetivo"],
  [/\bESTRATEGIA\b/, "estrategia"],
  [/\bSECTOR\b/, "sector"],
  [/\bCOMPONENTE\b/, "componente"],
];

export function nivelEn(base: string): string | null {
  for (const [re, nivel] of NIVELES) if (re.test(base)) return nivel;
  return null;
}

const ES_CODIGO = /^(COD\b|COD\.|CODIGO|NUMERO|NO\.? |N°|ID\b)/;

function alcanceReportado(base: string): "vigencia" | "cuatrienio" {
  return /CUATRIENIO|CUATRENIO|\bP\.? ?D\b|ACUMULAD|PDM|A LA FECHA/.test(base) ? "cuatrienio" : "vigencia";
}

const ESCRITAS: readonly ReglaEscrita[] = [
  // known columns that must not be read as a field (the entity's own helper columns)
  { re: /^% ?(TOTAL )?(PLANEADO|PROGRAMADO)|ESTADO PROGRAMADO|ESTADO DEL INDICADOR|POR PROGRAMA|% EJECUCION (FINANCIERA|PRESUPUESTAL)|EJECUCION FINANCIERA|TIPO Y NUMERO DE CONTRATO|^CATEGORIA|^(EJECUCION|EJECUTADO) ACUMULAD/, campo: null },
  // weights: of a level ("PONDERADOR EJE") or of the meta ("PONDERACIÓN", "PESO")
  { re: /^(PONDERADOR|POND\b|POND\.|PONDERACION|PESO)/, campo: "ponderacion", clasificar: (b) => ({ nivel: nivelEn(b.replace(/PONDERACION RELATIVA DEL PRODUCTO.*/, "")) }) },
  // budget before programado/ejecutado: "EJECUCIÓN PRESUPUESTAL", "PROGRAMACIÓN PRESUPUESTAL"
  { re: /COMPROMISO/, campo: "presupuestoEjecutado", prioridad: 3 },
  { re: /EJECUCION PRESUPUESTAL|EJECUTADO PRESUPUEST|OBLIGACION|\bRP\b|PPTO EJECUTADO|EJEC TOTAL/, campo: "presupuestoEjecutado", prioridad: 2 },
  { re: /VALOR DEL CONTRATO/, campo: "presupuestoEjecutado", prioridad: 1 },
  { re: /^PAGOS?\b/, campo: "presupuestoPagos", prioridad: 2 },
  { re: /APROPIACION DEFINITIVA|PTO\.? DEFINITIVO|PRESUPUESTO DEFINITIVO/, campo: "presupuestoProgramado", prioridad: 4 },
  { re: /APROPIACION INICIAL|PTO\.? INICIAL|PLAN FINANCIERO|PLAN PLURIANUAL|TOTAL ASIGNADO/, campo: "presupuestoProgramado", prioridad: 1 },
  { re: /APROPIACION|PRESUPUESTADO|PRESUPUESTAL|VALOR APROBADO|PRESUPUESTO|PROG TOTAL/, campo: "presupuestoProgramado", prioridad: 2 },
  { re: /OBSERVACION/, campo: "observaciones", prioridad: 3 },
  { re: /^ESTADO$/, campo: "observaciones", prioridad: 2 },
  { re: /SOPORTE|EVIDENCIA/, campo: "observaciones", prioridad: 1 },
  // percentages the matrix computes itself: read only to compare
  { re: /^%|PORCENTAJE|^AVANCE$|^AVANCE ACUMULADO|CUMPLIMIENTO/, campo: "reportado", clasificar: (b) => ({ alcance: alcanceReportado(b) }) },
  // programado / ejecutado al corte
  { re: /AL CORTE/, clasificar: (b) => (/EJECUT|MAGNITUD|AVANCE|LOGRO|RESULTADO/.test(b) ? { campo: "ejecutado", variante: "corte" } : { campo: "programado", variante: "corte" }) },
  { re: /^(L\.? ?B\.?)( .*)?$|LINEA (DE )?BASE|LINEA BASE/, campo: "lineaBase" },
  { re: /^UNIDAD/, campo: "unidad" },
  { re: /TENDENCIA|TIPO DE INDICADOR|TIPO DE ACUMULACION|TIPO DE ANUALIZACION|ORIENTACION DE LA META|TIPOLOGIA|^TIPO( DE META)?$/, campo: "tipo" },
  { re: /VIGENCIAS ANTERIORES/, campo: "acumuladoAnterior" },
  { re: /DEPENDENCIA|RESPONSABLE|SECRETARIA|SECTOR LIDER|^ENTIDAD\b/, campo: "dependencia" },
  { re: /CUATRIENIO|CUATRENIO|META FINAL/, campo: "metaCuatrienio" },
  // code of the meta (not of a level)
  { re: /^(COD\.?|CODIGO) ?(DE )?(LA )?(META|INDICADOR|PRODUCTO)|^COD(IGO)? META|^ID$|^CODIGO$/, campo: "codigo", prioridad: 2 },
  { re: /^ID PRODUCTO/, campo: "codigo", prioridad: 1 },
  // levels of the hierarchy ("PROGRAMA PDT", "COD,.INT. PROGRAMA", "COMPONENTE")
  {
    re: /./,
    clasificar: (b) => {
      if (/ACTIVIDAD|META DE PRODUCTO|INDICADOR DE PRODUCTO/.test(b)) return null;
      const nivel = nivelEn(b);
      if (!nivel) return null;
      const secundario = /\bMGA\b/.test(b) || (nivel === "meta de resultado" && /INDICADOR/.test(b));
      return { campo: "nivel", nivel, rol: ES_CODIGO.test(b) ? "codigo" : "nombre", prioridad: secundario ? 1 : 2 };
    },
  },
  // the meta's name: the goal itself above the name of its indicator
  { re: /META DE PRODUCTO|METAS DE PRODUCTO|DESCRIPCION META|PRODUCTO ESPERADO|ACTIVIDADES PROGRAMADAS|^ACTIVIDAD(ES)?$|META SECTORIAL|^NOMBRE DE LA META/, campo: "meta", prioridad: 3 },
  // "Programación Indicador Sectorial 2024" is a programming, not the indicator's name
  { re: /INDICADOR|PERSONALIZACION/, campo: "meta", prioridad: 1, clasificar: (b) => (/PROGRAMA(CION|D)|EJECUT|MAGNITUD|AVANCE|LOGRO/.test(b) ? null : {}) },
  // programado / ejecutado of a year or quarter; the variant comes from the words
  { re: /EJECUTAD|EJECUCION|AVANCE|LOGRO|MAGNITUD|^RESULTADOS?\b|RESULTADO (ANO|DEL ANO|VIGENTE|OBTENIDO)/, campo: "ejecutado", clasificar: (b) => ({ variante: /^TOTAL\b|\bTOTAL$/.test(b) ? "total" : null }) },
  { re: /PROGRAMAD|PLANEAD|PROGRAMACION|VALOR ESPERADO|ESPERADA|^META\b/, campo: "programado", clasificar: (b) => ({ variante: /TOTAL/.test(b) ? "total" : null }) },
];

/** Each rule split once into its pattern, its fixed answer and its refinement. */
const REGLAS: readonly Regla[] = ESCRITAS.map(({ re, clasificar, ...fijo }) => ({ re, fijo, clasificar }));

const VACIA: Clasificacion = { campo: null, variante: null, nivel: null, rol: null, alcance: null, prioridad: 2 };

function porRegistro(base: string): Clasificacion | null {
  for (const r of REGLAS) {
    if (!r.re.test(base)) continue;
    const extra = r.clasificar ? r.clasificar(base) : {};
    if (extra === null) continue;
    return { ...VACIA, ...r.fijo, ...extra };
  }
  return null;
}

/**
 * Canonical field of an analysed header, or null when nothing matches. "META" alone names
 * the meta, "META 2024" is the year's target; a bare quarter ("1er Trimestre 2019") is a report.
 * @example clasificar(analizarEncabezado("TOTAL PLANEADO 2024")) // { campo: "programado", variante: "total", … }
 */
export function clasificar(a: EncabezadoAnalizado): Clasificacion | null {
  const conTiempo = a.anio !== null || a.trimestre !== null;
  let c: Clasificacion | null;
  if (a.base === "") c = a.trimestre !== null ? { ...VACIA, campo: "ejecutado" } : null;
  else if (/^META$/.test(a.base)) c = { ...VACIA, campo: conTiempo ? "programado" : "meta", prioridad: conTiempo ? 2 : 3 };
  else c = porRegistro(a.base);
  if (!c || (c.campo !== "programado" && c.campo !== "ejecutado")) return c;
  if (c.variante === "corte" || c.variante === "total") return c;
  return { ...c, variante: a.trimestre !== null ? "trimestre" : "anual" };
}
