import { clasificar } from "../../../src/core/matriz/sinonimos";
import { analizarEncabezado } from "../../../src/core/matriz/encabezadoTexto";
import { tipoDeTexto } from "../../../src/core/matriz/tipoAcumulacion";
import { separarCodigo } from "../../../src/core/matriz/codigoNombre";
import { leerTitulos } from "../../../src/core/matriz/titulos";
import { combinarTrimestres, resolverSerie, totalInconsistente } from "../../../src/core/matriz/precedenciaAnio";
import type { Dato } from "../../../src/core/matriz/tipos";

const campo = (h: string) => {
  const a = analizarEncabezado(h);
  const c = clasificar(a);
  return { campo: c?.campo ?? null, anio: a.anio, trimestre: a.trimestre, variante: c?.variante ?? null };
};

describe("Headers seen in real matrices map to canonical fields (SPEC §3.2)", () => {
  test.each([
    ["Descripción meta producto", "meta", null, null, null],
    ["META DE PRODUCTO", "meta", null, null, null],
    ["Actividades programadas", "meta", null, null, null],
    ["CÓDIGO DE PRODUCTO", "codigo", null, null, null],
    ["COD META PRODUCTO", "codigo", null, null, null],
    ["UNIDAD DE MEDIDA", "unidad", null, null, null],
    ["TENDENCIA  INDICADOR (I/M)", "tipo", null, null, null],
    ["Tipo de acumulación", "tipo", null, null, null],
    ["LÍNEA  DE BASE", "lineaBase", null, null, null],
    ["L.B", "lineaBase", null, null, null],
    ["META CUATRENIO ", "metaCuatrienio", null, null, null],
    ["VALOR ESPERADO CUATRIENIO", "metaCuatrienio", null, null, null],
    ["META 2024", "programado", 2024, null, "anual"],
    ["VALOR ESPERADO 2024", "programado", 2024, null, "anual"],
    ["PROGRAMADO VIGENCIA 2020", "programado", 2020, null, "anual"],
    ["TOTAL PLANEADO 2024", "programado", 2024, null, "total"],
    ["T1. PLANEADO 2024", "programado", 2024, 1, "trimestre"],
    ["Programación Trimestre I", "programado", null, 1, "trimestre"],
    ["Programación al corte", "programado", null, null, "corte"],
    ["AVANCE META 2024", "ejecutado", 2024, null, "anual"],
    ["AVANCE DE META P.A. 2026\n(diligenciar)", "ejecutado", 2026, null, "anual"],
    ["TOTAL EJECUTADO 2024", "ejecutado", 2024, null, "total"],
    ["T.4 EJECUTADO 2024", "ejecutado", 2024, 4, "trimestre"],
    ["Magnitud Ejecutada Trimestre I", "ejecutado", null, 1, "trimestre"],
    ["Magnitud ejecutada al corte", "ejecutado", null, null, "corte"],
    ["% Ejec. 2020", "reportado", 2020, null, null],
    ["AVANCE 2024", "reportado", 2024, null, null],
    ["% CUMPLIMIENTO P.A 2024 \n(NO diligenciar)", "reportado", 2024, null, null],
    ["RESPONSABLE", "dependencia", null, null, null],
    ["Secretaría", "dependencia", null, null, null],
    ["PONDERADOR EJE", "ponderacion", null, null, null],
    ["APROPIACION DEFINITIVA 2025", "presupuestoProgramado", 2025, null, null],
    ["COMPROMISOS 2025", "presupuestoEjecutado", 2025, null, null],
    ["PAGOS 2025", "presupuestoPagos", 2025, null, null],
    ["OBSERVACIONES \n(Por favor muy precisas)", "observaciones", null, null, null],
    ["PROGRAMA PDT", "nivel", null, null, null],
    ["ESTADO PROGRAMADO-NO PROGRAMADO", null, null, null, null],
    ["Programación Indicador Sectorial 2024", "programado", 2024, null, "anual"],
    ["Meta_programada_2024", "programado", 2024, null, "anual"],
    ["Meta Física Esperada 2024", "programado", 2024, null, "anual"],
    ["Programación del producto bien o servicio 2024", "programado", 2024, null, "anual"],
    ["EJECUCIÓN 2024", "ejecutado", 2024, null, "anual"],
    ["PORCENTAJE DE EJECUCIÓN 2024", "reportado", 2024, null, null],
    ["% CUMPLIMIENTO 04-02-2025 DEFINITIVO 2024", "reportado", 2024, null, null],
    ["CANTIDAD CUMPLIDA DE LA META PROGRAMADA VIGENTE 2025", "ejecutado", 2025, null, "anual"],
    ["% DE PESO EN RELACIÓN A LA META DEL CUATRIENIO", null, null, null, null],
    ["peso % de la meta x vigencia", null, null, null, null],
    ["Código Dependencia Responsable", "dependencia", null, null, null],
    ["Prog24", "programado", 2024, null, "anual"],
    ["Ejec_24", "ejecutado", 2024, null, "anual"],
    ["MetaCuatrienio", "metaCuatrienio", null, null, null],
    ["meta_programada", "programado", null, null, "anual"],
    ["AÑO", "vigencia", null, null, null],
    ["CATEGORÍA DE EJECUCIÓN FÍSICA 2024", null, 2024, null, null],
    ["EJECUCIÓN ACUMULADA", null, null, null, null],
    ["Indicador de producto (MGA)", "meta", null, null, null],
    ["Código de indicador de producto (MGA)", "codigo", null, null, null],
    ["Resultado año vigente", "ejecutado", null, null, "anual"],
    ["META DE RESULTADO", "nivel", null, null, null],
  ])("%j → %s", (h, c, anio, tri, variante) => {
    expect(campo(h)).toEqual({ campo: c, anio, trimestre: tri, variante });
  });

  test.each([
    ["T1", 1],
    ["T.4", 4],
    ["Trimestre I", 1],
    ["Trimestre IV", 4],
    ["1er Trimestre", 1],
    ["2o Trimestre", 2],
    ["primer trimestre", 1],
    ["tercer trimestre", 3],
  ])("quarter %j is a parameter of the header (SPEC §3.2)", (h, t) => {
    expect(analizarEncabezado(`${h} ejecutado 2024`)).toEqual({ base: "EJECUTADO", anio: 2024, trimestre: t });
  });

  it("a year range in a header is not a year (META CUATRIENIO 2024-2027)", () => {
    expect(analizarEncabezado("META CUATRIENIO 2024-2027").anio).toBeNull();
  });
});

describe("Tipo de acumulación registry (SPEC §5.1)", () => {
  test.each([
    ["I", "SUMA"],
    ["Incremento ", "SUMA"],
    ["Suma", "SUMA"],
    ["Acumulado", "SUMA"],
    ["Acumulativo", "SUMA"],
    ["M", "CONSTANTE"],
    ["Mantenimiento", "CONSTANTE"],
    ["Constante", "CONSTANTE"],
    ["No acumulativo", "CONSTANTE"],
    ["No acumulado", "CONSTANTE"],
    ["Flujo", "CONSTANTE"],
    ["Creciente", "CRECIENTE"],
    ["Stock", "CRECIENTE"],
    ["Capacidad", "CRECIENTE"],
    ["R", "DECRECIENTE"],
    ["Reducción", "DECRECIENTE"],
    ["Decreciente", "DECRECIENTE"],
    ["Reducción anual", "DECRECIENTE"],
    ["", "vacio"],
    ["Hectareas", null],
  ])("%j → %s", (t, esperado) => expect(tipoDeTexto(t)).toBe(esperado));
});

describe("Codes inside names are split (SPEC §3.4)", () => {
  test.each([
    ["010101\nImplementación de un plan", "010101", "Implementación de un plan"],
    ["0101.\nJunto por la Seguridad", "0101", "Junto por la Seguridad"],
    ["1.1.1 Fortalecer la red", "1.1.1", "Fortalecer la red"],
    ["Eje 1. Ambiente, Conectividad \n\n", "1", "Ambiente, Conectividad"],
    ["100 familias atendidas", null, "100 familias atendidas"],
    ["3.5 km de vías", null, "3.5 km de vías"],
  ])("%j", (t, codigo, nombre) => expect(separarCodigo(t)).toEqual({ codigo, nombre }));
});

describe("Title rows give vigencia, corte and dependency (SPEC §3.1)", () => {
  test.each([
    [["VIGENCIA 2020"], 2020, null, null],
    [["INFORME DE EJECUCION PLAN DE DESARROLLO 2020-2023", "VIGENCIA 2021"], 2021, null, null],
    [["SEGUIMIENTO PLAN DE ACCIÓN \nPRIMER TRIMESTRE 2026 (ENERO - FEBRERO - MARZO)"], 2026, { fecha: "2026-03-31", trimestre: 1 }, null],
    [["Seguimiento con corte a 30/09/2021"], 2021, { fecha: "2021-09-30", trimestre: 3 }, null],
    [["Dependencia: Secretaría de Salud"], null, null, "Secretaría de Salud"],
    [["Dependencia:", "Secretaría de Hacienda"], null, null, "Secretaría de Hacienda"],
  ] as const)("%j", (textos, vigencia, corte, dependencia) => {
    expect(leerTitulos(textos)).toEqual({ vigencia, corte, dependencia });
  });
});

const n = (valor: number, celda = "X1"): Dato => ({ valor, estado: "numero", celda });
const v: Dato = { valor: null, estado: "vacio", celda: "X1" };

describe("Value of the year from several columns (SPEC §3.2 precedence)", () => {
  it("quarters combine per tipo: SUMA sums, others take the last reported (SPEC §5.1)", () => {
    expect(combinarTrimestres([n(1), n(2), v, null], "SUMA")?.valor).toBe(3);
    expect(combinarTrimestres([n(884), n(919), v, null], "CONSTANTE")?.valor).toBe(919);
    expect(combinarTrimestres([null, null, null, null], "SUMA")).toBeNull();
  });
  it("an explicit total wins over quarters and annual target, and disagreeing quarters are reported", () => {
    const s = { total: n(10, "AR2"), anual: n(7), corte: null, trimestres: [n(2), n(2), n(2), n(2)] };
    expect(resolverSerie(s, "SUMA").valor).toBe(10);
    expect(totalInconsistente(s, "SUMA")).toBe(8);
    expect(totalInconsistente(s, "CONSTANTE")).toBe(2);
  });
  it("a total within 0,5 % of its quarters is consistent", () => {
    expect(totalInconsistente({ total: n(100.4), anual: null, corte: null, trimestres: [n(100), null, null, null] }, "SUMA")).toBeNull();
    expect(totalInconsistente({ total: n(100.6), anual: null, corte: null, trimestres: [n(100), null, null, null] }, "SUMA")).toBe(100);
  });
  it("without a total the quarters win over the annual target; without both the annual target", () => {
    expect(resolverSerie({ total: null, anual: n(7), corte: null, trimestres: [n(1), n(2), null, null] }, "SUMA").valor).toBe(3);
    expect(resolverSerie({ total: v, anual: n(7), corte: null, trimestres: [v, v, v, v] }, "SUMA").valor).toBe(7);
  });
});
