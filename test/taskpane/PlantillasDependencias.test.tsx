/**
 * The pane's "Plantillas por dependencia" (issue 14): one .zip download with a workbook per
 * dependency, or a Spanish reason. exceljs does not load under jsdom: the writer of the .zip is
 * tested in test/io/xlsx/plantilla.test.ts, here a stand-in packs the file names it is given.
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import JSZip from "jszip";
import { ErrorArchivo } from "../../src/core";
import type { PlanPlantilla, ResultadoPlantillas } from "../../src/core/plantillas";
import { PlantillasDependencias } from "../../src/taskpane/components/PlantillasDependencias";
import { descargarArchivo } from "../../src/taskpane/descargas";
import { renderizar } from "./_entorno";

jest.mock("../../src/taskpane/descargas", () => ({ descargarArchivo: jest.fn() }));
const descargar = jest.mocked(descargarArchivo);

function plan(dependencia: string, archivo: string): PlanPlantilla {
  const registro = { archivoMaestro: "plan.xlsx", vigencia: 2025, dependencia, hojaInstrucciones: "Instrucciones plantilla", correcciones: [], filas: [] };
  return {
    dependencia,
    archivo,
    instrucciones: { nombre: "Instrucciones plantilla", lineas: [`Plantilla de ${dependencia}`] },
    hojas: [
      {
        nombre: "PDM",
        valores: [
          ["META", "EJECUTADO 2025"],
          ["Vacunar", null],
        ],
        formatos: [],
        combinadas: [],
        filaEncabezado: 1,
        filasMetas: [2],
        columnasEditables: ["B"],
        validaciones: [],
        anchos: [10, 10],
      },
    ],
    registro,
    hojaRegistro: { nombre: "Registro de la plantilla", valores: [["seguimiento.plantilla", 1]] },
  };
}

beforeEach(() => descargar.mockReset());

describe("Plantillas por dependencia in the pane", () => {
  it("downloads one .zip holding each dependency's workbook under its file name, and lists them", async () => {
    const resultado: ResultadoPlantillas = {
      plantillas: [plan("Secretaría de Salud", "plantilla-secretaria-de-salud.xlsx"), plan("Secretaría de Gobierno", "plantilla-secretaria-de-gobierno.xlsx")],
      avisos: [],
    };
    const empaquetar = async (planes: readonly PlanPlantilla[]): Promise<Uint8Array> => {
      const zip = new JSZip();
      for (const p of planes) zip.file(p.archivo, p.dependencia);
      return zip.generateAsync({ type: "uint8array" });
    };
    renderizar(<PlantillasDependencias generar={() => Promise.resolve(resultado)} empaquetar={empaquetar} />);
    fireEvent.click(screen.getByRole("button", { name: "Plantillas por dependencia" }));
    await waitFor(() => expect(descargar).toHaveBeenCalledTimes(1));
    const [bytes, nombre, tipo] = descargar.mock.calls[0]!;
    expect([nombre, tipo]).toEqual(["plantillas-dependencias-2025.zip", "application/zip"]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["plantilla-secretaria-de-gobierno.xlsx", "plantilla-secretaria-de-salud.xlsx"]);
    expect(await screen.findByText(/2 plantillas descargadas/)).toBeTruthy();
    expect(screen.getByText("Secretaría de Salud: plantilla-secretaria-de-salud.xlsx")).toBeTruthy();
  }, 30_000);

  it("a workbook without a matrix gives the reason, and nothing is downloaded", async () => {
    renderizar(
      <PlantillasDependencias generar={() => Promise.resolve({ plantillas: [], avisos: ["El libro no tiene una matriz de seguimiento reconocida."] })} />,
    );
    fireEvent.click(screen.getByRole("button", { name: "Plantillas por dependencia" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/no tiene una matriz/);
    expect(descargar).not.toHaveBeenCalled();
  });

  it("a failure reading the workbook is a Spanish message, not a crash", async () => {
    renderizar(<PlantillasDependencias generar={() => Promise.reject(new ErrorArchivo("F-ARCHIVO-CORRUPTO", "plan.xlsx"))} />);
    fireEvent.click(screen.getByRole("button", { name: "Plantillas por dependencia" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/plan\.xlsx/);
    expect(descargar).not.toHaveBeenCalled();
  });
});
