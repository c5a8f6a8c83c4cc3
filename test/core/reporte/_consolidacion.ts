/**
 * A small but realistic hand-built Consolidacion (3 dependencias, 2 ejes, 3 programas, 10 metas,
 * findings, budget) standing in for consolidar() in the plan tests. Its derived numbers follow
 * SPEC §5 for SUMA metas and are computed here, from the specs below, independently of the plan.
 */
import type { Conteos, Consolidacion, Grupo, MetaCalculada, Parametros, PresupuestoCalculado, Semaforo, Tope } from "../../../src/core/calculo/tipos";
import { crearHallazgo } from "../../../src/core/hallazgos/crear";
import type { HojaReconocida, MetaLeida, ValoresAnio } from "../../../src/core/matriz/tipos";

export const HOJA = "PDM";
export const ARCHIVO = "plan.xlsx";
export const VIGENCIA = 2025;
export const CUATRIENIO = [2024, 2025, 2026, 2027] as const;

export const SEMAFORO_MUNICIPAL: Semaforo = {
  preset: "municipal-3",
  decimales: 0,
  cienEnElSuperior: true,
  niveles: [
    { nombre: "Bajo", desde: 0, color: "#F8696B" },
    { nombre: "Aceptable", desde: 56, color: "#FFEB84" },
    { nombre: "Sobresaliente", desde: 81, color: "#63BE7B" },
  ],
};

export interface EspecMeta {
  readonly dep: string;
  readonly eje: readonly [string, string];
  readonly programa: readonly [string, string];
  readonly codigo: string;
  readonly nombre: string;
  readonly M: number;
  readonly P: readonly (number | null)[];
  readonly E: readonly (number | null)[];
  readonly reportado2025?: number | undefined;
  readonly ppto?: readonly [number, number];
}

const SALUD = "Secretaría de Salud";
const EDUCACION = "Secretaría de Educación";
const PLANEACION = "Secretaría de Planeación";
const EJE1 = ["1", "Bienestar social"] as const;
const EJE2 = ["2", "Gobierno abierto"] as const;
const P11 = ["1.1", "Salud para todos"] as const;
const P12 = ["1.2", "Educación de calidad"] as const;
const P21 = ["2.1", "Gestión pública efectiva"] as const;

/** Rows 5..14 of sheet PDM, in plan order. */
export const ESPECS: readonly EspecMeta[] = [
  {
    dep: SALUD,
    eje: EJE1,
    programa: P11,
    codigo: "101",
    nombre: "Niños menores de 5 años vacunados",
    M: 1000,
    P: [250, 250, 250, 250],
    E: [250, 200, null, null],
    ppto: [100_000_000, 80_000_000],
  },
  {
    dep: SALUD,
    eje: EJE1,
    programa: P11,
    codigo: "102",
    nombre: "+ Cobertura de afiliación al régimen subsidiado",
    M: 100,
    P: [25, 25, 25, 25],
    E: [25, 10, null, null],
    ppto: [50_000_000, 20_000_000],
  },
  { dep: SALUD, eje: EJE1, programa: P11, codigo: "103", nombre: "Hospitales dotados", M: 4, P: [1, 1, 1, 1], E: [1, null, null, null] },
  {
    dep: EDUCACION,
    eje: EJE1,
    programa: P12,
    codigo: "201",
    nombre: "Sedes educativas mejoradas",
    M: 20,
    P: [5, 5, 5, 5],
    E: [5, 8, null, null],
    ppto: [200_000_000, 150_000_000],
  },
  {
    dep: EDUCACION,
    eje: EJE1,
    programa: P12,
    codigo: "202",
    nombre: "Docentes formados",
    M: 400,
    P: [100, 100, 100, 100],
    E: [100, 99, null, null],
    ppto: [30_000_000, 30_000_000],
  },
  {
    dep: EDUCACION,
    eje: EJE1,
    programa: P12,
    codigo: "203",
    nombre: "Estudiantes con transporte escolar",
    M: 2000,
    P: [500, 500, 500, 500],
    E: [500, 270, null, null],
  },
  { dep: EDUCACION, eje: EJE1, programa: P12, codigo: "204", nombre: "-Bibliotecas escolares dotadas", M: 8, P: [4, 0, 2, 2], E: [4, 1, null, null] },
  {
    dep: PLANEACION,
    eje: EJE2,
    programa: P21,
    codigo: "301",
    nombre: "Sistema de seguimiento implementado",
    M: 4,
    P: [1, 1, 1, 1],
    E: [1, 1, null, null],
    reportado2025: 0.9,
  },
  { dep: PLANEACION, eje: EJE2, programa: P21, codigo: "302", nombre: "@Trámites en línea", M: 40, P: [10, 10, 10, 10], E: [10, 5.6, null, null] },
  {
    dep: PLANEACION,
    eje: EJE2,
    programa: P21,
    codigo: "303",
    nombre: "Rendiciones de cuentas realizadas",
    M: 1000,
    P: [250, 250, 250, 250],
    E: [250, 201.25, null, null],
  },
];

export const filaDe = (i: number): number => 5 + i;
/** Column letters of the matrix: P and E per year, % reportado 2025 in O. */
const COL_P = ["I", "K", "M", "N"] as const;
const COL_E = ["J", "L", "", ""] as const;

const tope = (x: number | null): number | null => (x === null ? null : Math.min(Math.max(x, 0), 1));
const media = (xs: readonly (number | null)[]): number | null => {
  const v = xs.filter((x): x is number => x !== null);
  return v.length === 0 ? null : v.reduce((a, b) => a + b, 0) / v.length;
};

export function nivelSemaforo(pct: number | null, s: Semaforo): string {
  if (pct === null) return "Sin reporte";
  const puntos = Math.round(Math.min(pct, s.cienEnElSuperior ? 1 : Infinity) * 100 * 10 ** s.decimales) / 10 ** s.decimales;
  return [...s.niveles].reverse().find((n) => puntos >= n.desde)?.nombre ?? s.niveles[0]?.nombre ?? "";
}

function dato(valor: number | null, celda: string) {
  return { valor, estado: valor === null ? ("vacio" as const) : ("numero" as const), celda };
}

function metaLeida(e: EspecMeta, i: number): MetaLeida {
  const fila = filaDe(i);
  const anios: ValoresAnio[] = CUATRIENIO.map((anio, k) => {
    const colE = COL_E[k] ?? "";
    return {
      anio,
      programado: dato(e.P[k] ?? null, `${COL_P[k]}${fila}`),
      ejecutado: dato(e.E[k] ?? null, colE === "" ? "" : `${colE}${fila}`),
      metaAnio: null,
      programadoTrimestres: [],
      ejecutadoTrimestres: [],
      programadoCorte: null,
      ejecutadoCorte: null,
    };
  });
  return {
    id: `${ARCHIVO}|${HOJA}|${fila}`,
    archivo: ARCHIVO,
    hoja: HOJA,
    fila,
    codigo: e.codigo,
    nombre: e.nombre,
    unidad: "Número",
    dependencia: e.dep,
    niveles: [
      { nivel: "eje", codigo: e.eje[0], nombre: e.eje[1], peso: null },
      { nivel: "programa", codigo: e.programa[0], nombre: e.programa[1], peso: null },
    ],
    tipo: "SUMA",
    tipoTexto: null,
    lineaBase: dato(0, `G${fila}`),
    metaCuatrienio: dato(e.M, `H${fila}`),
    ponderacion: null,
    anios,
    acumuladoAnterior: null,
    reportados: e.reportado2025 === undefined ? [] : [{ anio: 2025, alcance: "vigencia", valor: e.reportado2025, celda: `O${fila}` }],
    presupuesto: e.ppto ? [{ anio: 2025, programado: dato(e.ppto[0], `P${fila}`), ejecutado: dato(e.ppto[1], `Q${fila}`), pagos: null }] : [],
    observacion: null,
    celdaNombre: `E${fila}`,
    trimestresALaFecha: false,
    sinColumnaEjecutado: false,
  };
}

function metaCalculada(e: EspecMeta, i: number, s: Semaforo): MetaCalculada {
  const k = CUATRIENIO.indexOf(VIGENCIA);
  const P = e.P[k] ?? null;
  const E = e.E[k] ?? null;
  const estado = P === null || P === 0 ? "NO_PROGRAMADA" : E === null ? "SIN_REPORTE" : "REPORTADA";
  const bruto = estado === "REPORTADA" && P !== null && E !== null ? E / P : estado === "SIN_REPORTE" ? 0 : null;
  const sumaE = e.E.slice(0, k + 1).reduce<number>((a, b) => a + (b ?? 0), 0);
  const sumaP = e.P.slice(0, k + 1).reduce<number>((a, b) => a + (b ?? 0), 0);
  const A = sumaE / e.M;
  const X = sumaP / e.M;
  const semaforo = estado === "NO_PROGRAMADA" ? "Sin programación" : estado === "SIN_REPORTE" ? "Sin reporte" : nivelSemaforo(bruto, s);
  return {
    meta: metaLeida(e, i),
    tipo: "SUMA",
    estado,
    programado: P,
    ejecutado: E,
    pctVigencia: { bruto, acotado: tope(bruto) },
    pctCuatrienio: { bruto: A, acotado: tope(A) },
    esperado: { bruto: X, acotado: tope(X) },
    cumplimiento: X === 0 ? null : tope(A)! / tope(X)!,
    pctTrimestre: { bruto: null, acotado: null },
    pctAnual: { bruto: null, acotado: null },
    semaforo,
    estadoTexto: estado === "SIN_REPORTE" ? "Sin reporte" : estado === "NO_PROGRAMADA" ? "No programada" : "En seguimiento",
    presupuesto: e.ppto ? { programado: e.ppto[0], ejecutado: e.ppto[1], pagos: null, pct: e.ppto[1] / e.ppto[0] } : null,
  };
}

function conteos(ms: readonly MetaCalculada[]): Conteos {
  const porSemaforo: Record<string, number> = {};
  ms.forEach((m) => (porSemaforo[m.semaforo] = (porSemaforo[m.semaforo] ?? 0) + 1));
  const rep = ms.filter((m) => m.estado === "REPORTADA");
  return {
    metas: ms.length,
    programadas: ms.filter((m) => m.estado !== "NO_PROGRAMADA").length,
    conReporte: rep.length,
    sinReporte: ms.filter((m) => m.estado === "SIN_REPORTE").length,
    noProgramadas: ms.filter((m) => m.estado === "NO_PROGRAMADA").length,
    ejecucionSinProgramacion: ms.filter((m) => m.estado === "NO_PROGRAMADA" && (m.ejecutado ?? 0) > 0).length,
    sobreejecutadas: rep.filter((m) => (m.pctVigencia.bruto ?? 0) > 1).length,
    bajo50: rep.filter((m) => (m.pctVigencia.bruto ?? 1) < 0.5).length,
    porSemaforo,
  };
}

function presupuesto(ms: readonly MetaCalculada[]): PresupuestoCalculado | null {
  const con = ms.filter((m) => m.presupuesto !== null);
  if (con.length === 0) return null;
  const programado = con.reduce((a, m) => a + (m.presupuesto?.programado ?? 0), 0);
  const ejecutado = con.reduce((a, m) => a + (m.presupuesto?.ejecutado ?? 0), 0);
  return { programado, ejecutado, pagos: null, pct: ejecutado / programado };
}

function grupo(nivel: string, nombre: string, codigo: string | null, clave: string, padre: string | null, ms: readonly MetaCalculada[], s: Semaforo): Grupo {
  const pctVigencia = media(ms.filter((m) => m.estado !== "NO_PROGRAMADA").map((m) => m.pctVigencia.acotado));
  const pctCuatrienio = media(ms.map((m) => m.pctCuatrienio.acotado));
  const esperado = media(ms.map((m) => m.esperado.acotado));
  return {
    nivel,
    nombre,
    codigo,
    clave,
    padre,
    peso: null,
    conteos: conteos(ms),
    pctVigencia,
    pctCuatrienio,
    esperado,
    cumplimiento: pctCuatrienio === null || !esperado ? null : pctCuatrienio / esperado,
    pctTrimestre: null,
    pctAnual: null,
    aporteAnio: null,
    semaforo: nivelSemaforo(pctVigencia, s),
    estadoTexto: "En seguimiento",
    presupuesto: presupuesto(ms),
    metas: ms.map((m) => m.meta.id),
  };
}

export interface OpcionesConsolidacion {
  readonly tope?: Tope;
  readonly sinPresupuesto?: boolean;
  readonly especs?: readonly EspecMeta[];
}

export function construirConsolidacion(o: OpcionesConsolidacion = {}): Consolidacion {
  const s = SEMAFORO_MUNICIPAL;
  const especs = (o.especs ?? ESPECS).map((e) => (o.sinPresupuesto ? { ...e, ppto: undefined } : e)) as EspecMeta[];
  const metas = especs.map((e, i) => metaCalculada(e, i, s));
  const distintos = (f: (e: EspecMeta) => string): string[] => [...new Set(especs.map(f))];
  const de = (f: (e: EspecMeta) => boolean) => metas.filter((_, i) => f(especs[i]!));
  const grupos: Grupo[] = [
    ...distintos((e) => e.dep).map((d) =>
      grupo(
        "dependencia",
        d,
        null,
        d.toUpperCase(),
        null,
        de((e) => e.dep === d),
        s,
      ),
    ),
    ...distintos((e) => e.eje[0]).map((c) => {
      const e0 = especs.find((e) => e.eje[0] === c)!;
      return grupo(
        "eje",
        e0.eje[1],
        c,
        c,
        null,
        de((e) => e.eje[0] === c),
        s,
      );
    }),
    ...distintos((e) => e.programa[0]).map((c) => {
      const e0 = especs.find((e) => e.programa[0] === c)!;
      return grupo(
        "programa",
        e0.programa[1],
        c,
        `${e0.eje[0]}/${c}`,
        e0.eje[0],
        de((e) => e.programa[0] === c),
        s,
      );
    }),
  ];
  const parametros: Parametros = {
    vigencia: VIGENCIA,
    motivoVigencia: "se indicó en los ajustes",
    corte: { fecha: "2025-12-31", trimestre: null },
    tope: o.tope ?? "100",
    semaforo: s,
    esperado: "programacion",
    pesosAnio: null,
    ponderacion: "iguales",
    cuatrienio: [...CUATRIENIO],
    umbralesAlerta: [0.5, 0.75, 1],
    planAnual: false,
    graficos: [],
  };
  const hojas: HojaReconocida[] = [
    hojaRec(HOJA, true, 4, especs.length, null),
    hojaRec("Copia de PDM", true, 4, especs.length, HOJA),
    hojaRec("Instrucciones", false, null, 0, null),
  ];
  return {
    parametros,
    hojas,
    metas,
    plan: grupo("plan", "Plan de desarrollo", null, "plan", null, metas, s),
    grupos,
    niveles: ["eje", "programa"],
    hallazgos: HALLAZGOS,
    archivos: [ARCHIVO],
  };
}

function hojaRec(hoja: string, reconocida: boolean, filaEncabezado: number | null, metas: number, duplicadaDe: string | null): HojaReconocida {
  return {
    hoja,
    archivo: ARCHIVO,
    reconocida,
    filaEncabezado,
    columnas: [],
    noReconocidas: [],
    fuenteDependencia: "columna",
    vigenciaTitulo: null,
    corteTitulo: null,
    metas,
    duplicadaDe,
  };
}

export const HALLAZGOS = [
  crearHallazgo("E-NO-NUMERICO", HOJA, "N14", "=SUMA(N1:N3)", { campo: "programado 2027" }),
  crearHallazgo("A-SIN-REPORTE", HOJA, "L7", null, { anio: 2025 }),
  crearHallazgo("A-SOBREEJECUCION", HOJA, "L8", 8, { anio: 2025, pct: "160 %" }),
  crearHallazgo("A-EJECUCION-SIN-PROGRAMACION", HOJA, "L11", 1, { anio: 2025, ejecutado: 1 }),
  crearHallazgo("A-DISCREPANCIA-REPORTADO", HOJA, "O12", 0.9, { reportado: "90 %", calculado: "100 %" }),
  crearHallazgo("A-HOJA-DUPLICADA", "Copia de PDM", "A1", null, { original: HOJA }),
  crearHallazgo("A-NOMBRE-DEPENDENCIA", "Hoja borrada", "C3", "Sec. Salud", { otra: "Secretaría de Salud" }),
];
