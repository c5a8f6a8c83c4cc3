/**
 * The pane seeded with added files (issue 14): the web page hands the files opened after the first
 * to the pane, which lists each with its review and validates them with the workbook, and tells the
 * page when the user removes one, so the page's downloads consolidate the pane's set.
 */
import { fireEvent, screen } from "@testing-library/react";
import type { ArchivoAgregado } from "../../src/app";
import type { Valor } from "../../src/core/grid/libro";
import { ExcelFalso } from "../../src/simulador";
import { App } from "../../src/taskpane/App";
import { crearServicioOffice } from "../../src/taskpane/services/office";
import { hoja, libro } from "../helpers/grid";
import { leidoConHoja } from "../helpers/libroLeido";
import { renderizar } from "./_entorno";

// the real service over the fake Excel: validation and review run in full under a loaded machine
jest.setTimeout(30_000);

const ENCABEZADO: Valor[] = ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"];

/** The shown workbook: 2 metas. */
const PLAN = {
  ...libro([
    hoja("PDM", [ENCABEZADO, ["Secretaría de Salud", "1001", "Vacunar niños y niñas", 40, 10, 5], ["Secretaría de Salud", "1002", "Dotar puestos", 4, 1, 1]]),
  ]),
  archivos: ["plan.xlsx"],
};

/** The second file opened in the page: 3 metas of another dependency. */
const GOBIERNO: ArchivoAgregado = {
  nombre: "gobierno.xlsx",
  leer: () =>
    Promise.resolve(
      leidoConHoja("gobierno.xlsx", [
        ENCABEZADO,
        ["Secretaría de Gobierno", "2001", "Capacitar líderes", 100, 20, 10],
        ["Secretaría de Gobierno", "2002", "Dotar salones comunales", 8, 2, 2],
        ["Secretaría de Gobierno", "2003", "Formar veedurías", 12, 3, 3],
      ]),
    ),
};

describe("the pane seeded with the page's other files (issue 14)", () => {
  it("lists a seeded file with its own metas, counts it in the header, and reports its removal to the page", async () => {
    const servicio = crearServicioOffice(new ExcelFalso().cargarLibro(PLAN).entorno);
    const cambios = jest.fn<void, [readonly ArchivoAgregado[]]>();
    renderizar(<App servicio={servicio} archivosIniciales={[GOBIERNO]} onCambiarArchivos={cambios} />);
    // 2 metas in the workbook + 3 in the seeded file, one recognised sheet in each
    await screen.findByText("5 metas en 2 hojas · 0 errores", {}, { timeout: 20_000 });
    const revision = await screen.findByTestId("revision-archivo", {}, { timeout: 20_000 });
    expect(revision.textContent).toMatch(/^1 hoja con matriz · 3 metas · 0 errores/);
    expect(cambios).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("button", { name: "Quitar «gobierno.xlsx»" }));
    expect(cambios).toHaveBeenLastCalledWith([]);
    await screen.findByText("2 metas en 1 hojas · 0 errores", {}, { timeout: 20_000 });
  });
});
