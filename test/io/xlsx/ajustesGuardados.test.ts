import JSZip from "jszip";
import { leerAjustesGuardados } from "../../../src/io/xlsx/ajustesGuardados";
import { abrirArchivo } from "../../../src/io/xlsx/leerArchivo";
import { conAjustesGuardados, conPartes, FILAS_PDM, libroMatriz, parteWebExtension } from "../../cli/_ajustesGuardados";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const AJUSTES = { tope: "ninguno", correcciones: [{ hoja: "PDM", columnas: { F: { campo: null } } }] };

async function leer(bytes: Uint8Array): Promise<string | null> {
  return leerAjustesGuardados(await JSZip.loadAsync(bytes));
}

describe("the pane's saved settings read from the .xlsx web-extension part (SPEC §3.7, §8)", () => {
  let base: Uint8Array;
  beforeAll(async () => {
    base = await libroMatriz({ PDM: FILAS_PDM });
  });

  it("returns the settings' JSON text the pane saved (a JSON string inside the attribute)", async () => {
    const texto = await leer(await conAjustesGuardados(base, AJUSTES));
    expect(texto).not.toBeNull();
    expect(JSON.parse(texto ?? "")).toEqual(AJUSTES);
  });

  it("accepts a value saved as a JSON object rather than a string", async () => {
    const bytes = await conPartes(base, { "xl/webextensions/webextension1.xml": parteWebExtension({ "seguimiento.ajustes": JSON.stringify(AJUSTES) }) });
    expect(JSON.parse((await leer(bytes)) ?? "")).toEqual(AJUSTES);
  });

  it("finds the property among other add-ins' parts and properties", async () => {
    const bytes = await conPartes(base, {
      "xl/webextensions/webextension1.xml": parteWebExtension({ "Office.AutoShowTaskpaneWithDocument": "true" }),
      "xl/webextensions/webextension2.xml": parteWebExtension({ otro: '"x"', "seguimiento.ajustes": JSON.stringify(JSON.stringify(AJUSTES)) }),
    });
    expect(JSON.parse((await leer(bytes)) ?? "")).toEqual(AJUSTES);
  });

  it("is null for a workbook without saved settings, or with only other add-ins' settings", async () => {
    expect(await leer(base)).toBeNull();
    const otro = await conPartes(base, { "xl/webextensions/webextension1.xml": parteWebExtension({ "Office.AutoShowTaskpaneWithDocument": "true" }) });
    expect(await leer(otro)).toBeNull();
  });

  it("hands on a value that is not JSON as it is, for the caller to report", async () => {
    const bytes = await conPartes(base, { "xl/webextensions/webextension1.xml": parteWebExtension({ "seguimiento.ajustes": "{roto" }) });
    expect(await leer(bytes)).toBe("{roto");
  });

  it("abrirArchivo returns the workbook and its saved settings", async () => {
    const ruta = path.join(mkdtempSync(path.join(tmpdir(), "seguimiento-ajustes-")), "plan.xlsx");
    writeFileSync(ruta, await conAjustesGuardados(base, AJUSTES));
    const { libro, ajustesGuardados } = await abrirArchivo(ruta);
    expect(libro.hojas.map((h) => h.nombre)).toEqual(["PDM"]);
    expect(JSON.parse(ajustesGuardados ?? "")).toEqual(AJUSTES);
  });
});
