/**
 * A date in a numeric field (issue 12, probe 14): Excel stores a date as its serial number, so
 * «15/03/2024» typed as an ejecutado reads as 45366 and passes for a figure. A number whose cell
 * format is a date or a time is an A-FECHA-EN-CAMPO-NUMERICO warning at its cell.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import type { Hoja, Valor } from "../../../src/core/grid/libro";
import { esFormatoFecha } from "../../../src/core/matriz/formatoFecha";
import { hoja, libro } from "../../helpers/grid";

const ENCABEZADO: Valor[] = ["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024"];

/** Row 3's ejecutado (F3) is 45366 with the format `formato`; the other cells carry «General». */
function conFormato(formato: string | null): Hoja {
  const valores: Valor[][] = [["Secretaría de Salud"], ENCABEZADO, ["1", "Vacunar", "SUMA", 10, 5, 45366], ["2", "Atender", "SUMA", 10, 5, 4]];
  const formatos: (string | null)[][] = valores.map((f) => f.map(() => "General"));
  const fila = formatos[2];
  if (fila) fila[5] = formato;
  return { ...hoja("PDM", valores), formatos };
}

const hallazgosFecha = (h: Hoja) => consolidar(libro([h]), { vigencia: 2024 }).hallazgos.filter((x) => x.codigo === "A-FECHA-EN-CAMPO-NUMERICO");

describe("A-FECHA-EN-CAMPO-NUMERICO (issue 12, probe 14)", () => {
  it("a serial number formatted as a date in ejecutado 2024 is a warning at its cell, naming the date", () => {
    const [h, ...resto] = hallazgosFecha(conFormato("dd/mm/yyyy"));
    expect(resto).toEqual([]);
    expect(h).toMatchObject({ severidad: "advertencia", hoja: "PDM", celda: "F3", valor: 45366 });
    // 45366 days after 1899-12-30 is 2024-03-15 (Excel's 1900 date system).
    expect(h?.mensaje).toContain("2024-03-15");
    expect(h?.mensaje).toContain("ejecutado 2024");
  });

  it.each([["General"], ["#,##0.00"], ["0%"], [null], ["0.00E+00"], ['"días" 0'], ["[Red]#,##0"]])("no warning with the number format %p", (formato) => {
    expect(hallazgosFecha(conFormato(formato))).toEqual([]);
  });

  it("a grid without formats (inside Excel the reader may have none) raises nothing", () => {
    const { formatos: _, ...sinFormatos } = conFormato("dd/mm/yyyy");
    expect(hallazgosFecha(sinFormatos)).toEqual([]);
  });
});

describe("esFormatoFecha: a date or time code outside quotes, escapes and brackets", () => {
  it.each([
    ["mm-dd-yy", true], // built-in 14 as exceljs names it
    ["d/m/yyyy", true],
    ["yyyy-mm-dd hh:mm", true],
    ["[h]:mm:ss", true],
    ["h:mm AM/PM", true],
    ['[$-240A]d "de" mmmm "de" yyyy', true],
    ["General", false],
    ["0.00", false],
    ['#,##0 "días"', false],
    ["\\d0", false],
    ["[Red]0.0", false],
    ["@", false],
  ])("%p → %p", (formato, esperado) => {
    expect(esFormatoFecha(formato)).toBe(esperado);
  });
});
