/**
 * Header words and cell contents weighed together (SPEC §3.2, §3.6): each reading of a header gets
 * a score from its words (sinonimos.ts) adjusted by what the column holds (perfilColumna.ts), with
 * the reasons in Spanish. A numeric field whose cells are sentences, a name whose cells are codes,
 * a tipo whose values are not tipos lose to the reading the cells agree with.
 */
import { CAMPOS_NUMERICOS, describirCampo } from "./descripcionCampo";
import type { PerfilColumna } from "./perfilColumna";
import type { Candidato } from "./sinonimos";
import type { Campo, EvidenciaColumna } from "./tipos";

export interface Lectura {
  readonly candidato: Candidato;
  readonly puntaje: number;
  /** Reasons from the cells, for and against ("96 % números", "celdas con oraciones"). */
  readonly aFavor: readonly string[];
  readonly enContra: readonly string[];
}

/** The numeric fields and the reported %, all judged by how many of their cells are numbers. */
const NUMERICOS: ReadonlySet<Campo> = new Set<Campo>([...CAMPOS_NUMERICOS, "reportado"]);

/** Words weighing less than this are generic: they need the cells' support. */
const GENERICAS = 0.5;
const APOYO = 0.3;

/** Fewer cells than this say nothing about a column. */
const MINIMO = 2;

function pct(x: number): string {
  return `${Math.round(x * 100)} %`;
}

/** The cells' verdict on one reading: a score change and its reasons. */
class Ajuste {
  delta = 0;
  readonly aFavor: string[] = [];
  readonly enContra: string[] = [];
  a(x: number, razon: string): void {
    this.delta += x;
    this.aFavor.push(razon);
  }
  b(x: number, razon: string): void {
    this.delta -= x;
    this.enContra.push(razon);
  }
}

function ajustar(campo: Campo | null, p: PerfilColumna): Ajuste {
  const r = new Ajuste();
  if (campo === null || p.llenas < MINIMO) return r;
  const textos = 1 - p.numeros - p.errores;
  if (NUMERICOS.has(campo)) {
    if (p.numeros >= 0.6) r.a(0.1, `${pct(p.numeros)} números`);
    else if (p.numeros < 0.3 && textos > 0.5) r.b(0.8, `${pct(textos)} de sus celdas son textos`);
    if (p.anios >= 0.8) r.b(0.6, "sus celdas son años");
    if (campo === "reportado" && (p.fracciones >= 0.8 || p.porcentajes >= 0.5)) r.a(0.05, "fracciones o porcentajes");
    return r;
  }
  switch (campo) {
    case "meta":
      if (p.oraciones >= 0.5) r.a(0.2, `${pct(p.oraciones)} oraciones`);
      if (p.numeros >= 0.6 && p.codigos < 0.5) r.b(0.8, `${pct(p.numeros)} de sus celdas son números`);
      if (p.codigos >= 0.5) r.b(0.7, `${pct(p.codigos)} de sus celdas son códigos`);
      if (p.tipos >= 0.5) r.b(0.5, "sus celdas son tipos de acumulación");
      break;
    case "codigo":
      if (p.codigos >= 0.5 || p.numeros >= 0.8) r.a(0.1, "celdas con códigos");
      if (p.oraciones >= 0.5) r.b(0.6, `${pct(p.oraciones)} de sus celdas son oraciones`);
      break;
    case "dependencia":
      if (p.numeros >= 0.6) r.b(0.6, "sus celdas son códigos numéricos, no nombres");
      else r.a(0.2 * (1 - p.distintos), `pocos nombres repetidos (${pct(p.distintos)} distintos)`);
      break;
    case "tipo": {
      const base = Math.max(1e-9, 1 - p.errores);
      const tipos = p.tipos / base;
      if (tipos >= 0.5) r.a(0.2, `${pct(tipos)} tipos de acumulación`);
      else if (p.errores < 0.9 && tipos < 0.2 && p.numeros < 0.5) r.b(0.5, "sus valores no son tipos de acumulación");
      break;
    }
    case "clase":
      if (p.tipos >= 0.5) r.b(0.3, "sus valores son tipos de acumulación");
      else if (p.distintos <= 0.5 && p.oraciones < 0.2 && p.numeros < 0.2) r.a(0.3, "pocas clases cortas repetidas");
      else r.b(0.4, "sus valores no son clases de fila");
      break;
    case "vigencia":
      if (p.anios >= 0.8) r.a(0.3, `${pct(p.anios)} años`);
      else r.b(0.8, "sus celdas no son años");
      break;
    case "periodo":
      if (p.trimestres >= 0.8) r.a(0.3, `${pct(p.trimestres)} trimestres`);
      else r.b(0.8, "sus celdas no son trimestres");
      break;
    case "unidad":
      if (p.numeros >= 0.6) r.b(0.5, "sus celdas son números");
      break;
    case "nivel":
      if (p.oraciones >= 0.5 && p.distintos > 0.9 && p.llenas >= 10) r.b(0.2, "un texto distinto por fila, como una meta");
      break;
    default:
      break;
  }
  return r;
}

/** A code column the header calls an indicator: its cells, not its words, say so (MGA codes). */
function codigoPorContenido(lista: readonly Candidato[], p: PerfilColumna): Candidato | null {
  if (p.llenas < MINIMO || p.codigos < 0.5 || lista.some((c) => c.campo === "codigo")) return null;
  const meta = lista.find((c) => c.campo === "meta");
  return meta ? { ...meta, campo: "codigo", prioridad: 1, peso: 0.3, palabras: meta.palabras } : null;
}

/**
 * Every reading of a column scored, best first.
 * @example leer(candidatos(analizarEncabezado("METAS DE CUATRIENIO")), perfilDeOraciones)[0].candidato.campo // "meta"
 */
export function leer(lista: readonly Candidato[], p: PerfilColumna): Lectura[] {
  const extra = codigoPorContenido(lista, p);
  const todas = extra ? [...lista, extra] : lista;
  return todas
    .map((candidato) => {
      const { delta, aFavor, enContra } = ajustar(candidato.campo, p);
      // generic words ("META") are a reading only when the cells back them
      const sinApoyo = candidato.peso < GENERICAS && aFavor.length === 0 ? APOYO : 0;
      if (sinApoyo) enContra.push("palabras genéricas sin apoyo de las celdas");
      return { candidato, puntaje: candidato.peso + delta - sinApoyo, aFavor, enContra };
    })
    .sort((a, b) => b.puntaje - a.puntaje);
}

function nombre(c: Candidato, anio: number | null, trimestre: number | null): string {
  if (c.campo === null) return "columna propia de la matriz (no se lee)";
  return describirCampo({ campo: c.campo, anio, trimestre: trimestre as 1 | 2 | 3 | 4 | null, variante: c.variante, nivel: c.nivel });
}

/** Close calls and contrary evidence make a choice doubtful (SPEC §3.6). */
const MARGEN_DUDA = 0.05;

/**
 * The evidence of a column's chosen reading, in Spanish, with the runner-up.
 * @example evidenciaDe(lecturas, 0, "META 2024", 2024, null).motivo // "encabezado «META 2024» (meta); 98 % números"
 */
export function evidenciaDe(
  lecturas: readonly Lectura[],
  elegida: number,
  encabezado: string,
  anio: number | null,
  trimestre: number | null,
): EvidenciaColumna {
  const l = lecturas[elegida];
  if (!l) return { motivo: `encabezado «${encabezado}»`, puntaje: 0, alternativa: null, dudosa: false };
  const otra = lecturas.find((x, i) => i !== elegida && x.candidato.campo !== l.candidato.campo);
  const partes = [`encabezado «${encabezado.replace(/\s+/g, " ").trim()}» (${l.candidato.palabras.toLowerCase()})`, ...l.aFavor];
  if (l.enContra.length > 0) partes.push(`pero ${l.enContra.join(", ")}`);
  const dudosa = l.enContra.length > 0 || (otra !== undefined && otra.candidato.campo !== null && l.puntaje - otra.puntaje < MARGEN_DUDA);
  return {
    motivo: partes.join("; "),
    puntaje: Math.round(Math.max(0, Math.min(1, l.puntaje)) * 100) / 100,
    alternativa: otra
      ? { descripcion: nombre(otra.candidato, anio, trimestre), puntaje: Math.round(Math.max(0, Math.min(1, otra.puntaje)) * 100) / 100 }
      : null,
    dudosa,
  };
}
