import type { Conteos, Consolidacion, Grupo, MetaCalculada, Parametros, Tope } from "../../src/core/calculo/tipos";
import { crearHallazgo } from "../../src/core/hallazgos/crear";
import type { Dato, HojaReconocida, MetaLeida } from "../../src/core/matriz/tipos";
import { resumenJson } from "../../src/core/resumenJson";

// A hand-built consolidation: two dependencies, one eje level, one sheet. Every expected value
// below is written from SPEC §9's example by hand, not read from resumenJson's output.
const dato = (valor: number | null): Dato => ({ valor, estado: valor === null ? "vacio" : "numero", celda: "" });

function metaLeida(id: string, fila: number, codigo: string | null, nombre: string, dependencia: string, eje: string): MetaLeida {
  return {
    id,
    archivo: null,
    hoja: "PDT 2020",
    fila,
    codigo,
    nombre,
    unidad: "Número",
    dependencia,
    niveles: [{ nivel: "eje", codigo: null, nombre: eje, peso: null }],
    tipo: "SUMA",
    tipoTexto: null,
    lineaBase: null,
    metaCuatrienio: dato(10),
    ponderacion: null,
    anios: [],
    acumuladoAnterior: null,
    reportados: [],
    presupuesto: [],
    observacion: null,
    celdaNombre: `E${fila}`,
    trimestresALaFecha: false,
    sinColumnaEjecutado: false,
  };
}

function meta(m: MetaLeida, bruto: number | null, acotado: number | null, cBruto: number | null, cTope: number | null, estadoTexto: string): MetaCalculada {
  return {
    meta: m,
    tipo: m.tipo,
    estado: bruto === null ? "SIN_REPORTE" : "REPORTADA",
    programado: 4,
    ejecutado: null,
    pctVigencia: { bruto, acotado },
    pctCuatrienio: { bruto: cBruto, acotado: cTope },
    esperado: { bruto: 0.25, acotado: 0.25 },
    cumplimiento: null,
    pctTrimestre: { bruto: null, acotado: null },
    pctAnual: { bruto: null, acotado: null },
    semaforo: "Sobresaliente",
    estadoTexto,
    presupuesto: null,
  };
}

const conteos = (n: number): Conteos => ({
  metas: n,
  programadas: n - 1,
  conReporte: n - 2,
  sinReporte: 1,
  noProgramadas: 1,
  ejecucionSinProgramacion: 0,
  sobreejecutadas: 1,
  bajo50: 0,
  porSemaforo: {},
});

function grupo(nivel: string, nombre: string, metas: string[], pv: number | null, pc: number | null): Grupo {
  return {
    nivel,
    nombre,
    codigo: null,
    clave: nombre.toUpperCase(),
    padre: null,
    peso: null,
    conteos: conteos(metas.length + 2),
    pctVigencia: pv,
    pctCuatrienio: pc,
    esperado: 0.25,
    cumplimiento: pc === null ? null : pc / 0.25,
    pctTrimestre: null,
    pctAnual: null,
    aporteAnio: null,
    semaforo: "Aceptable",
    estadoTexto: "",
    presupuesto: null,
    metas,
  };
}

const hoja: HojaReconocida = {
  hoja: "PDT 2020",
  archivo: null,
  reconocida: true,
  filaEncabezado: 3,
  metas: 2,
  columnas: [
    { columna: 2, letra: "C", campo: "programado", anio: 2020, trimestre: null, variante: "anual", nivel: null, encabezado: "PROGRAMADO VIGENCIA 2020" },
    { columna: 3, letra: "D", campo: "ejecutado", anio: 2020, trimestre: 3, variante: "trimestre", nivel: null, encabezado: "T3 EJECUTADO 2020" },
  ],
  noReconocidas: [],
  fuenteDependencia: "columna",
  vigenciaTitulo: 2020,
  corteTitulo: null,
  duplicadaDe: null,
};
const sinMatriz: HojaReconocida = { ...hoja, hoja: "Notas", reconocida: false, filaEncabezado: null, metas: 0, columnas: [], fuenteDependencia: "ninguna" };

function consolidacion(tope: Tope): Consolidacion {
  const m1 = metaLeida("|PDT 2020|5", 5, null, "Vacunar niños", "Secretaria de salud", "Eje social");
  const m2 = metaLeida("|PDT 2020|6", 6, "4501001", "Instalar cámaras", "Secretaría de Gobierno", "Eje gobierno");
  const parametros = { vigencia: 2020, corte: { fecha: "2020-12-31", trimestre: null }, tope } as unknown as Parametros;
  return {
    parametros,
    hojas: [hoja, sinMatriz],
    metas: [meta(m1, 1.3, 1, 0.5, 0.5, "Sobre ejecución del 30 %"), meta(m2, null, null, Number.NaN, null, "Sin reporte")],
    plan: grupo("plan", "Plan", [m1.id, m2.id], 0.93, 0.36),
    grupos: [
      grupo("dependencia", "SECRETARÍA DE SALUD", [m1.id], 1, 0.5),
      grupo("dependencia", "Secretaría de Gobierno", [m2.id], 0, null),
      grupo("eje", "Eje social", [m1.id], 1, 0.5),
      grupo("eje", "Eje gobierno", [m2.id], null, null),
    ],
    niveles: ["eje"],
    hallazgos: [crearHallazgo("E-NO-NUMERICO", "PDT 2020", "D17", "Meta cumplida", { campo: "ejecutado 2020" }, "plan.xlsx")],
    archivos: ["plan.xlsx"],
  };
}

describe("resumenJson: the --json summary of SPEC §9", () => {
  const r = resumenJson(consolidacion("100"));

  it("has exactly the top-level keys of the SPEC §9 example", () => {
    expect(Object.keys(r).sort()).toEqual(["corte", "grupos", "hallazgos", "hojas", "metas", "motivo_vigencia", "plan", "tope", "vigencia"]);
  });

  it("gives vigencia, corte (ISO) and tope as used", () => {
    expect([r.vigencia, r.corte, r.tope]).toEqual([2020, "2020-12-31", "100"]);
  });

  it("plan: counts and percentages as fractions (SPEC §9)", () => {
    expect(r.plan).toEqual({ metas: 4, programadas: 3, sin_reporte: 1, pct_vigencia: 0.93, pct_cuatrienio: 0.36, esperado: 0.25, cumplimiento: 1.44 });
  });

  it("grupos: every group of every level in plan order, with its nivel, without the plan node", () => {
    expect(r.grupos.map((g) => [g.nivel, g.nombre])).toEqual([
      ["dependencia", "SECRETARÍA DE SALUD"],
      ["dependencia", "Secretaría de Gobierno"],
      ["eje", "Eje social"],
      ["eje", "Eje gobierno"],
    ]);
  });

  it("grupos: every counter of SPEC §9 with snake_case keys, absent % as null", () => {
    expect(r.grupos[1]).toEqual({
      nivel: "dependencia",
      codigo: null,
      nombre: "Secretaría de Gobierno",
      metas: 3,
      programadas: 2,
      con_reporte: 1,
      sin_reporte: 1,
      no_programadas: 1,
      sobreejecutadas: 1,
      ejecucion_sin_programacion: 0,
      bajo_50: 0,
      pct_vigencia: 0,
      pct_cuatrienio: null,
      semaforo: "Aceptable",
    });
    expect(r.grupos[3]?.pct_vigencia).toBeNull();
  });

  it("metas: origin, code, name, its group per level (names as the grupos give them), tipo, % and estado", () => {
    expect(r.metas[0]).toEqual({
      hoja: "PDT 2020",
      fila: 5,
      codigo: null,
      nombre: "Vacunar niños",
      grupo: { dependencia: "SECRETARÍA DE SALUD", eje: "Eje social" },
      tipo: "SUMA",
      pct_vigencia: 1,
      pct_vigencia_sin_tope: 1.3,
      pct_cuatrienio: 0.5,
      estado: "Sobre ejecución del 30 %",
    });
  });

  it("metas: absent and non-finite percentages are null, never NaN (SPEC §9: absent values are null)", () => {
    expect(r.metas[1]).toMatchObject({ codigo: "4501001", pct_vigencia: null, pct_vigencia_sin_tope: null, pct_cuatrienio: null, estado: "Sin reporte" });
  });

  it("metas: with tope «ninguno» pct_vigencia is the raw value (SPEC §5.6)", () => {
    const s = resumenJson(consolidacion("ninguno"));
    expect([s.tope, s.metas[0]?.pct_vigencia, s.metas[0]?.pct_vigencia_sin_tope]).toEqual(["ninguno", 1.3, 1.3]);
  });

  it("hallazgos: código, severidad, archivo (null with one input file: issue 12, probe 7), hoja, celda, mensaje and valor", () => {
    expect(r.hallazgos).toEqual([
      {
        codigo: "E-NO-NUMERICO",
        severidad: "error",
        archivo: null,
        hoja: "PDT 2020",
        celda: "D17",
        mensaje: "El campo ejecutado 2020 debe ser numérico y contiene «Meta cumplida».",
        valor: "Meta cumplida",
      },
    ]);
  });

  it("hojas: recognised or not, header row, metas and columns {columna, campo, anio, trimestre}", () => {
    expect(r.hojas).toEqual([
      {
        hoja: "PDT 2020",
        reconocida: true,
        fila_encabezado: 3,
        metas: 2,
        columnas: [
          { columna: "C", campo: "programado", anio: 2020, trimestre: null },
          { columna: "D", campo: "ejecutado", anio: 2020, trimestre: 3 },
        ],
      },
      { hoja: "Notas", reconocida: false, fila_encabezado: null, metas: 0, columnas: [] },
    ]);
  });

  it("survives a JSON round trip unchanged (no undefined, no NaN)", () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
