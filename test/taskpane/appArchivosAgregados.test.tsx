/**
 * The pane with dependencies' files added (issue 14) on the fake Excel and the real service:
 * Validación counts every file and names a finding's file (a click on an added file's finding
 * selects nothing), Matriz lists the open workbook's sheets (its corrections are saved there), and
 * Consolidar writes only into the open workbook, saying which file it left out.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ArchivoAgregado, LibroLeido } from "../../src/app";
import { ErrorArchivo } from "../../src/core/fallos";
import type { Valor } from "../../src/core/grid/libro";
import { ExcelFalso } from "../../src/simulador";
import { App } from "../../src/taskpane/App";
import { crearServicioOffice } from "../../src/taskpane/services/office";
import { hoja, libro } from "../helpers/grid";
import { leidoConHoja } from "../helpers/libroLeido";
import { renderizar } from "./_entorno";

// the whole pane on the fake Excel, with three readings of the workbooks: seconds under a loaded CI machine
jest.setTimeout(30_000);
const mockLeidos = new Map<string, LibroLeido | Error>();
jest.mock("../../src/taskpane/archivoNavegador", () => ({
  archivoDelNavegador: (f: File): ArchivoAgregado => {
    const l = mockLeidos.get(f.name);
    return { nombre: f.name, leer: () => (l === undefined || l instanceof Error ? Promise.reject(l ?? new Error("sin datos")) : Promise.resolve(l)) };
  },
}));

const ENCABEZADO: Valor[] = ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"];

/** The open workbook: 2 metas in "PDM" (exceljs does not load under jsdom, so grids are built by hand). */
const PLAN = {
  ...libro([
    hoja("PDM", [ENCABEZADO, ["Secretaría de Salud", "1001", "Vacunar niños y niñas", 40, 10, 5], ["Secretaría de Salud", "1002", "Dotar puestos", 4, 1, 1]]),
  ]),
  archivos: ["plan.xlsx"],
};

beforeEach(() => {
  mockLeidos.clear();
  // the dependency's copy: the same sheet name, 3 metas of another dependency, text in F4 (E-NO-NUMERICO)
  mockLeidos.set(
    "gobierno.xlsx",
    leidoConHoja("gobierno.xlsx", [
      ENCABEZADO,
      ["Secretaría de Gobierno", "2001", "Capacitar líderes", 100, 20, 10],
      ["Secretaría de Gobierno", "2002", "Dotar salones comunales", 8, 2, 2],
      ["Secretaría de Gobierno", "2003", "Formar veedurías", 12, 3, "cumplida"],
    ]),
  );
  mockLeidos.set("roto.xlsx", new ErrorArchivo("F-ARCHIVO-CORRUPTO", "roto.xlsx"));
});

describe("the pane with added files (issue 14)", () => {
  it("Validación counts both files; Matriz lists the open workbook's sheet once; Consolidar writes only there and names the file left out", async () => {
    const falso = new ExcelFalso().cargarLibro(PLAN);
    const servicio = crearServicioOffice(falso.entorno);
    const seleccionar = jest.spyOn(servicio, "seleccionarCelda");
    renderizar(<App servicio={servicio} />);
    await screen.findByText("2 metas en 1 hojas · 0 errores", {}, { timeout: 10000 });
    fireEvent.change(await screen.findByTestId("entrada-archivos"), { target: { files: [new File(["x"], "gobierno.xlsx"), new File(["x"], "roto.xlsx")] } });
    // 2 + 3 metas, one recognised sheet in each file
    await screen.findByText("5 metas en 2 hojas · 1 errores", {}, { timeout: 10000 });

    // the added file's F4 is not a cell of this workbook: a click on its finding selects nothing here
    fireEvent.click(screen.getByRole("tab", { name: "Validación" }));
    // the copies share sheet names: a finding's sheet is named with its file
    const region = await screen.findByRole("region", { name: "Errores en gobierno.xlsx › PDM" });
    fireEvent.click(within(region).getByRole("button", { name: /^F4 / }));
    expect(seleccionar).not.toHaveBeenCalled();

    fireEvent.click(screen.getByRole("tab", { name: "Matriz" }));
    expect(screen.getAllByText("PDM")).toHaveLength(1);
    expect(screen.getByText("2 metas")).toBeTruthy();

    fireEvent.click(screen.getByRole("tab", { name: "Consolidar" }));
    fireEvent.click(await screen.findByRole("button", { name: "Consolidar" }));
    await screen.findByRole("region", { name: "Resumen de la consolidación" }, { timeout: 10000 });
    expect(screen.getByText(/«roto\.xlsx» no se pudo leer: .* Se omitió; los demás archivos se consolidaron\./)).toBeTruthy();
    const hojas = falso.modelo.hojas.filter((h) => !h.eliminada);
    // the user's one sheet, then the report; no sheet of the added file was copied in
    expect(hojas.filter((h) => h.nombre === "PDM")).toHaveLength(1);
    const resumen = hojas.find((h) => h.nombre === "Resumen");
    const textos = (resumen?.valores ?? []).flat();
    expect(textos).toEqual(expect.arrayContaining(["plan.xlsx", "gobierno.xlsx"]));
    expect(textos).not.toContain("roto.xlsx");
    // Resumen's «Metas»: both files' metas
    expect(textos).toContain(5);
  });
});
