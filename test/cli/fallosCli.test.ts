/**
 * Issue 11 "must show", on the command line: options the example cannot honour, a damaged or
 * missing ownership record and damaged saved settings each end in a Spanish line and the exit
 * code of SPEC §9, never a stack trace; a damaged record never makes the product read its own
 * report sheets (the same metas as a clean run).
 */
import JSZip from "jszip";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";
import type { ResumenJson } from "../../src/core/resumenJson";
import { conPartes, parteWebExtension } from "./_ajustesGuardados";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-fallos-"));

const sinTraza = (s: string): boolean => !/\n\s+at |SyntaxError|TypeError|error interno/.test(s);

describe("options the example cannot honour: a Spanish line, exit 2", () => {
  test.each([
    [["--vigencia", "2031"], /^error: La vigencia 2031 no está en la matriz \(vigencias encontradas: [\d, ]+\)\.\n\(use «--help» para ver la ayuda\)\n$/],
    // The example's vigencia is 2025 (its title and its reports), so a corte in 2019 falls outside it.
    [["--corte", "2019-01-01"], /^error: El corte 2019-01-01 no cae en la vigencia 2025\.\n/],
    [["--semaforo", "nada"], /^error: el valor «nada» de la opción «--semaforo.*no es válido/],
    [["--pesos-anio", "10,10"], /^error: el valor «10,10» de la opción «--pesos-anio.*no es válido: Se necesitan 4 pesos/],
  ])("%j", async (opciones, mensaje) => {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", ...opciones);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(mensaje);
    expect(sinTraza(r.err)).toBe(true);
    expect(r.out).toBe("");
  });
});

describe("the ownership record damaged or gone: the product's own sheets are still never input", () => {
  const consolidado = path.join(tmp, "consolidado.xlsx");
  let limpio: ResumenJson;

  /** The consolidated workbook with its docProps/custom.xml changed by `cambiar`. */
  async function conRegistro(nombre: string, cambiar: (xml: string) => string): Promise<string> {
    const zip = await JSZip.loadAsync(readFileSync(consolidado));
    const xml = (await zip.file("docProps/custom.xml")?.async("string")) ?? "";
    expect(xml).toContain('name="seguimiento.hojasPropias"');
    zip.file("docProps/custom.xml", cambiar(xml));
    const ruta = path.join(tmp, nombre);
    writeFileSync(ruta, await zip.generateAsync({ type: "uint8array" }));
    return ruta;
  }

  beforeAll(async () => {
    const r = await correr("consolidar", EJEMPLO, "--salida", consolidado, "--json", "-");
    expect(r.codigo).toBe(0);
    limpio = JSON.parse(r.out) as ResumenJson;
    // The count the issue names: the example holds 150 metas.
    expect(limpio.plan.metas).toBe(150);
  });

  test.each([
    [
      "damaged (not JSON)",
      (xml: string) => xml.replace(/<vt:lpwstr>[\s\S]*?<\/vt:lpwstr>/, "<vt:lpwstr>{roto</vt:lpwstr>"),
      /aviso: El registro de las hojas que Seguimiento creó en «registro-.*» está dañado \(no es JSON válido\)/,
    ],
    [
      "of another shape",
      (xml: string) => xml.replace(/<vt:lpwstr>[\s\S]*?<\/vt:lpwstr>/, "<vt:lpwstr>[1,2]</vt:lpwstr>"),
      /aviso: El registro .* está dañado \(no tiene la forma esperada\)/,
    ],
    ["removed", (xml: string) => xml.replace(/<property\b[\s\S]*?<\/property>/, ""), null],
  ])("%s: the same metas and sheets as a clean run, exit 0", async (caso, cambiar, aviso) => {
    const ruta = await conRegistro(`registro-${caso.split(" ")[0] ?? ""}.xlsx`, cambiar);
    const r = await correr("consolidar", ruta, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    expect(sinTraza(r.err)).toBe(true);
    if (aviso) expect(r.err).toMatch(aviso);
    else expect(r.err).not.toMatch(/aviso: El registro/);
    const s = JSON.parse(r.out) as ResumenJson;
    expect(s.plan.metas).toBe(limpio.plan.metas);
    expect(s.hojas.map((h) => [h.hoja, h.metas])).toEqual(limpio.hojas.map((h) => [h.hoja, h.metas]));
  });

  it("a second consolidation over a damaged record writes its report beside the old one, never over it", async () => {
    const ruta = await conRegistro("registro-escribir.xlsx", (xml) => xml.replace(/<vt:lpwstr>[\s\S]*?<\/vt:lpwstr>/, "<vt:lpwstr>{roto</vt:lpwstr>"));
    const salida = path.join(tmp, "de-nuevo.xlsx");
    const r = await correr("consolidar", ruta, "--salida", salida);
    expect(r.codigo).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(salida));
    const libro = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    expect(libro).toContain('name="Resumen"');
    expect(libro).toContain('name="Resumen (2)"');
  });
});

describe("damaged saved settings: a Spanish notice, the run goes on (exit 0)", () => {
  it("settings that are not JSON", async () => {
    const ruta = path.join(tmp, "ajustes-danados.xlsx");
    // The setting holds a string (JSON.stringify of the pane's text) that is not JSON: a damaged save.
    const parte = parteWebExtension({ "seguimiento.ajustes": JSON.stringify("{roto") });
    writeFileSync(ruta, await conPartes(new Uint8Array(readFileSync(EJEMPLO)), { "xl/webextensions/webextension1.xml": parte }));
    const r = await correr("consolidar", ruta, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    expect(r.err).toMatch(/aviso: las correcciones guardadas en «ajustes-danados\.xlsx» no se usan: no es JSON válido/);
    expect(sinTraza(r.err.replace(/\(.*?\)/g, ""))).toBe(true);
    expect((JSON.parse(r.out) as ResumenJson).plan.metas).toBe(150);
  });
});
