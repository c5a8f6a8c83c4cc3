/**
 * Metas de producto of the synthetic plan, as plain records before any layout: values per year
 * follow the tipo de acumulación (SPEC §5.1) the way a planning office programs them.
 */
import type { Valor } from "../../src/core/grid/libro";
import type { TipoAcumulacion } from "../../src/core/matriz/tipos";
import type { Azar } from "./azar";
import { CUATRIENIO, EJES, OBSERVACIONES, SALUD, TIPO_TEXTOS, VIGENCIA, type EjeEjemplo, type PlantillaMeta, type ProgramaEjemplo } from "./catalogo";

export interface TrimestresEjemplo {
  readonly programado: number[];
  readonly ejecutado: Valor[];
}

/** Mutable on purpose: errores.ts plants the real-looking mistakes on these records. */
export interface MetaEjemplo {
  eje: EjeEjemplo;
  programa: ProgramaEjemplo;
  codigo: string;
  nombre: string;
  unidad: string;
  tipo: TipoAcumulacion;
  tipoTexto: string;
  dependencia: string;
  lineaBase: number | null;
  metaCuatrienio: number;
  /** One per year of CUATRIENIO. */
  programado: number[];
  /** One per year; later years are placeholder zeros (real matrices carry them). */
  ejecutado: Valor[];
  /** Formula whose cached result is the ejecutado of VIGENCIA (the #DIV/0! mistake). */
  formulaEjecutado: string | null;
  /** A % typed over the matrix's own formula (the discrepancy mistake). */
  reportadoDigitado: number | null;
  /** Quarters of VIGENCIA, only for the dependency reporting by quarter. */
  trimestres: TrimestresEjemplo | null;
  apropiacion: number;
  compromisos: number;
  observacion: string | null;
}

const MILES = new Intl.NumberFormat("es-CO");
const CALIFICADORES = [
  "en la zona rural",
  "en la zona urbana",
  "en el corregimiento El Salitre",
  "en el corregimiento La Esperanza",
  "con enfoque diferencial étnico",
  "para población víctima del conflicto",
  "para personas con discapacidad",
  "para mujeres cabeza de hogar",
];

const redondear = (x: number, decimales: number): number => {
  const f = 10 ** decimales;
  return Math.round(x * f) / f;
};

/** Execution as a fraction of what was programmed: most metas on track, some lagging, a few far behind. */
function factorEjecucion(azar: Azar): number {
  const r = azar.siguiente();
  if (r < 0.65) return 0.9 + 0.12 * azar.siguiente();
  if (r < 0.88) return 0.5 + 0.4 * azar.siguiente();
  return 0.1 + 0.4 * azar.siguiente();
}

function valoresSuma(pl: PlantillaMeta, azar: Azar): Pick<MetaEjemplo, "lineaBase" | "metaCuatrienio" | "programado" | "ejecutado"> {
  const m = azar.entero(pl.rango[0], pl.rango[1]);
  const pesos = azar.si(0.15) ? [0, 1, 1, 1] : [1, 1, 1, 1];
  const total = pesos.reduce((a, b) => a + b, 0);
  const programado = pesos.map((w) => Math.floor((m * w) / total));
  programado[3] = m - programado.slice(0, 3).reduce((a, b) => a + b, 0);
  const ejecutado = programado.map((pt, i): Valor => (CUATRIENIO[i]! <= VIGENCIA ? Math.round(pt * factorEjecucion(azar)) : 0));
  return { lineaBase: azar.si(0.5) ? azar.entero(0, m) : null, metaCuatrienio: m, programado, ejecutado };
}

function valoresConstante(pl: PlantillaMeta, azar: Azar): Pick<MetaEjemplo, "lineaBase" | "metaCuatrienio" | "programado" | "ejecutado"> {
  const m = azar.entero(pl.rango[0], pl.rango[1]);
  const porcentaje = pl.unidad === "Porcentaje";
  const ejecutado = CUATRIENIO.map((anio): Valor => {
    if (anio > VIGENCIA) return 0;
    // Coverage levels (%) do not collapse: a maintained 95 % rarely reports below 70 %.
    const e = porcentaje ? Math.min(m * Math.max(factorEjecucion(azar), 0.7), 100) : m * Math.min(factorEjecucion(azar), 1.02);
    return porcentaje ? redondear(e, 1) : Math.round(e);
  });
  return { lineaBase: m, metaCuatrienio: m, programado: CUATRIENIO.map(() => m), ejecutado };
}

/** CRECIENTE and DECRECIENTE: yearly levels move evenly from the línea base to the meta. */
function valoresNivel(pl: PlantillaMeta, azar: Azar): Pick<MetaEjemplo, "lineaBase" | "metaCuatrienio" | "programado" | "ejecutado"> {
  const [lb, m] = pl.rango;
  const programado = CUATRIENIO.map((_, i) => redondear(lb + ((m - lb) * (i + 1)) / 4, 1));
  const ejecutado = programado.map((pt, i): Valor => (CUATRIENIO[i]! <= VIGENCIA ? redondear(lb + (pt - lb) * factorEjecucion(azar), 1) : 0));
  return { lineaBase: lb, metaCuatrienio: m, programado, ejecutado };
}

/** Quarters of VIGENCIA: SUMA splits the year; level tipos report the level reached each quarter. */
function trimestres(meta: MetaEjemplo, azar: Azar): TrimestresEjemplo {
  const iv = CUATRIENIO.indexOf(VIGENCIA);
  const pAnio = meta.programado[iv]!;
  if (meta.tipo === "SUMA") {
    const programado = [0, 1, 2].map(() => Math.floor(pAnio / 4));
    programado.push(pAnio - programado.reduce((a, b) => a + b, 0));
    return { programado, ejecutado: programado.map((q) => Math.round(q * factorEjecucion(azar))) };
  }
  const desde = iv > 0 ? meta.programado[iv - 1]! : (meta.lineaBase ?? pAnio);
  const programado = [1, 2, 3, 4].map((q) => redondear(desde + ((pAnio - desde) * q) / 4, 1));
  const base = meta.lineaBase ?? 0;
  const f = factorEjecucion(azar);
  return { programado, ejecutado: programado.map((q) => redondear(base + (q - base) * f, 1)) };
}

function anualDeTrimestres(tipo: TipoAcumulacion, t: TrimestresEjemplo): Valor {
  if (tipo !== "SUMA") return t.ejecutado[3] ?? null;
  return t.ejecutado.reduce<number>((a, b) => a + (typeof b === "number" ? b : 0), 0);
}

/** `n` metas spread evenly over the programas in plan order (plan order is the row order). */
export function generarMetas(n: number, azar: Azar): MetaEjemplo[] {
  const programas = EJES.flatMap((eje) => eje.programas.map((programa) => ({ eje, programa })));
  const metas: MetaEjemplo[] = [];
  programas.forEach(({ eje, programa }, ip) => {
    const cuantas = Math.floor(n / programas.length) + (ip < n % programas.length ? 1 : 0);
    for (let k = 1; k <= cuantas; k++) {
      // Templates in turn, then a territorial qualifier, so that names do not repeat within a programa.
      const pl = programa.plantillas[(k - 1) % programa.plantillas.length]!;
      const ronda = Math.floor((k - 1) / programa.plantillas.length);
      const calificador = ronda === 0 ? "" : ` ${CALIFICADORES[(ronda - 1) % CALIFICADORES.length]!}`;
      const valores = pl.tipo === "SUMA" ? valoresSuma(pl, azar) : pl.tipo === "CONSTANTE" ? valoresConstante(pl, azar) : valoresNivel(pl, azar);
      const apropiacion = azar.entero(20, 900) * 1_000_000;
      const meta: MetaEjemplo = {
        eje,
        programa,
        codigo: `${programa.prefijo}${String(k).padStart(n > 9000 ? 5 : 3, "0")}`,
        nombre: pl.texto.replace("{n}", MILES.format(valores.metaCuatrienio)) + calificador,
        unidad: pl.unidad,
        tipo: pl.tipo,
        tipoTexto: azar.elegir(TIPO_TEXTOS[pl.tipo]),
        dependencia: programa.dependencia,
        ...valores,
        formulaEjecutado: null,
        reportadoDigitado: null,
        trimestres: null,
        apropiacion,
        compromisos: Math.round((apropiacion * (0.45 + 0.55 * azar.siguiente())) / 1000) * 1000,
        observacion: azar.si(0.3) ? azar.elegir(OBSERVACIONES) : null,
      };
      metas.push(meta);
    }
  });
  return metas;
}

/** The dependency that reports by quarter gets T1–T4 of VIGENCIA; its annual ejecutado follows from them. */
export function reportarPorTrimestre(metas: MetaEjemplo[], azar: Azar): void {
  const iv = CUATRIENIO.indexOf(VIGENCIA);
  for (const meta of metas) {
    if (meta.programa.dependencia !== SALUD) continue;
    meta.trimestres = trimestres(meta, azar);
    meta.ejecutado[iv] = anualDeTrimestres(meta.tipo, meta.trimestres);
  }
}
