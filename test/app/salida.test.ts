/** The consolidated copy's name (SPEC §9: `<first>.consolidado.xlsx`), shared by the CLI and the web page. */
import path from "node:path";
import { nombreConsolidado } from "../../src/app/salida";

describe("the consolidated copy is named after the first file (SPEC §9)", () => {
  it.each([
    ["plan.xlsx", "plan.consolidado.xlsx"],
    ["Plan Indicativo 2024.XLSX", "Plan Indicativo 2024.consolidado.xlsx"],
    ["v1.2.xlsx", "v1.2.consolidado.xlsx"],
    ["sin-extension", "sin-extension.consolidado.xlsx"],
  ])("%s → %s", (entrada, salida) => {
    expect(nombreConsolidado(entrada)).toBe(salida);
  });

  it("a macro-enabled first file keeps .xlsm: the copy is its package, which Excel refuses under .xlsx", () => {
    expect(nombreConsolidado("macros.xlsm")).toBe("macros.consolidado.xlsm");
    expect(nombreConsolidado("MACROS.XLSM")).toBe("MACROS.consolidado.xlsm");
  });

  it("splits the name where Node's path.parse does, so the browser names the file as the CLI always did", () => {
    for (const n of ["plan.xlsx", ".xlsx", "a.", "a.b.c.xlsm", "informe final.xlsx", "ñandú.XLSX"]) {
      const { name, ext } = path.parse(n);
      expect(nombreConsolidado(n)).toBe(`${name}.consolidado${ext.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx"}`);
    }
  });
});
