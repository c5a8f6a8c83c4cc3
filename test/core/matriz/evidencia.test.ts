/**
 * Column classification by evidence (SPEC §3.2 "specific beats generic", §3.6): the words of a
 * header weighed with what its cells hold; each decision keeps its reasons and its runner-up.
 */
import { CULTURA_ES_CO, type Valor } from "../../../src/core/grid/libro";
import { analizarEncabezado, deIdentificador } from "../../../src/core/matriz/encabezadoTexto";
import { evidenciaDe, leer } from "../../../src/core/matriz/evidencia";
import { perfilar } from "../../../src/core/matriz/perfilColumna";
import { candidatos } from "../../../src/core/matriz/sinonimos";
import { hoja } from "../../helpers/grid";

/** The field chosen for a header over the given cells. */
function decidir(encabezado: string, celdas: readonly Valor[]) {
  const h = hoja("H", [[encabezado], ...celdas.map((v) => [v])]);
  const lecturas = leer(candidatos(analizarEncabezado(encabezado)), perfilar(h, 0, 1, CULTURA_ES_CO));
  return { campo: lecturas[0]?.candidato.campo ?? null, evidencia: evidenciaDe(lecturas, 0, encabezado, null, null) };
}

const ORACIONES = [
  "Financiar la operación anual del programa",
  "Dotar las sedes educativas rurales del municipio",
  "Formar líderes comunitarios en participación",
];

describe("The cells decide between the readings the header's words allow (SPEC §3.2)", () => {
  test.each<[string, readonly Valor[], string | null]>([
    // "METAS DE CUATRIENIO" holding sentences is the meta's name, not its target
    ["METAS DE CUATRIENIO", ORACIONES, "meta"],
    ["META DEL CUATRIENIO", [12, 4, 1000], "metaCuatrienio"],
    // an INDICADOR column of 9-digit MGA codes is a code, not the meta's name
    ["INDICADOR", [120200300, 459903101, 170600400], "codigo"],
    ["INDICADOR", ORACIONES, "meta"],
    // a dependency's name beats its code
    ["Código Dependencia Responsable", [711, 711, 720], "dependencia"],
    // a tipo de acumulación beats a level of the results chain
    ["Tipo de Indicador", ["Indicador de Producto", "Indicador de Producto", "Indicador de Producto"], "tipo"],
    ["CANTIDAD CUMPLIDA DE LA META PROGRAMADA VIGENTE 2025", [3, 5, 0.5], "ejecutado"],
    ["AÑO", [2024, 2025, 2024], "vigencia"],
    ["PERIODO", [2024, 2025, 2026], "vigencia"],
    ["PERIODO", ["T1", "T2", "T3"], "periodo"],
    ["NIVEL", ["E", "P", "M", "M", "P", "M", "M", "M"], "clase"],
    ["% DE PESO EN RELACIÓN A LA META DEL CUATRIENIO", [0.25, 1, 0.25], null],
  ])("%j over %j → %s", (encabezado, celdas, campo) => {
    expect(decidir(encabezado, celdas).campo).toBe(campo);
  });

  it("the evidence says why in Spanish, with the runner-up, and marks a choice against contrary cells as doubtful (SPEC §3.6)", () => {
    const e = decidir("METAS DE CUATRIENIO", ORACIONES).evidencia;
    expect(e.motivo).toMatch(/encabezado «METAS DE CUATRIENIO»/);
    expect(e.motivo).toMatch(/oraciones/);
    expect(e.alternativa?.descripcion).toBe("meta cuatrienio");
    const contra = decidir("Avance meta 2025", ["Meta cumplida", "pendiente", "Meta cumplida"]).evidencia;
    expect(contra.dudosa).toBe(true);
    expect(contra.motivo).toMatch(/pero .*textos/);
  });

  it("a strong header with no cells yet keeps its reading (a blank column is not evidence against it)", () => {
    expect(decidir("AVANCE META 2026", [null, null, null]).campo).toBe("ejecutado");
  });
});

describe("Headers written as identifiers (SPEC §3.2)", () => {
  test.each([
    ["meta_programada_2024", "meta programada 2024"],
    ["MetaCuatrienio", "Meta Cuatrienio"],
    ["Prog24", "PROGRAMADO 2024"],
    ["Ejec_24", "EJECUTADO 2024"],
    ["CodMeta", "CODIGO Meta"],
    // prose is left alone: "PROG TOTAL" is a budget header
    ["PROG TOTAL", "PROG TOTAL"],
    ["EjeEstrategico", "Eje Estrategico"],
  ])("%j → %j", (entrada, salida) => expect(deIdentificador(entrada)).toBe(salida));

  it("a date inside a header is a cut, not the field's year", () => {
    expect(analizarEncabezado("% CUMPLIMIENTO 04-02-2025 DEFINITIVO 2024").anio).toBe(2024);
  });
});
