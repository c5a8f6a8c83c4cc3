import { fireEvent, screen, within } from "@testing-library/react";
import { crearHallazgo } from "../../src/core/hallazgos/crear";
import type { Hallazgo } from "../../src/core/hallazgos/hallazgo";
import { PanelValidacion } from "../../src/taskpane/components/PanelValidacion";
import { App } from "../../src/taskpane/App";
import type { ServicioPanel } from "../../src/taskpane/services/tipos";
import { consolidacion } from "./_datos";
import { renderizar } from "./_entorno";

const hallazgos: Hallazgo[] = [
  crearHallazgo("E-NO-NUMERICO", "Salud", "F17", "Meta cumplida", { campo: "ejecutado 2025" }),
  crearHallazgo("A-SIN-REPORTE", "Salud", "G9", null, { anio: 2025 }),
  crearHallazgo("E-NO-NUMERICO", "Gobierno", "E4", "#REF!", { campo: "programado 2025" }),
  crearHallazgo("A-SIN-REPORTE", "Gobierno", "G12", null, { anio: 2025 }),
  crearHallazgo("A-SOBREEJECUCION", "Gobierno", "H20", null, { anio: 2025, pct: "140 %" }),
];

describe("Validación tab (SPEC §1: see which rows are wrong, click a finding and land on the cell)", () => {
  it("counts findings by severity: 2 errors and 3 warnings", () => {
    renderizar(<PanelValidacion hallazgos={hallazgos} cargando={false} onSeleccionar={() => undefined} onRevalidar={() => undefined} />);
    expect(screen.getByTestId("conteo-hallazgos").textContent).toBe("2 errores · 3 advertencias");
  });

  it("groups the errors by sheet with a count per sheet, in order of appearance", () => {
    renderizar(<PanelValidacion hallazgos={hallazgos} cargando={false} onSeleccionar={() => undefined} onRevalidar={() => undefined} />);
    const salud = screen.getByRole("region", { name: "Errores en Salud" });
    const gobierno = screen.getByRole("region", { name: "Errores en Gobierno" });
    expect(within(salud).getByText("Salud (1)")).toBeTruthy();
    expect(within(gobierno).getByText("Gobierno (1)")).toBeTruthy();
    expect(within(salud).getByRole("button").textContent).toContain("F17");
  });

  it("groups the warnings by sheet when their section is opened", () => {
    renderizar(<PanelValidacion hallazgos={hallazgos} cargando={false} onSeleccionar={() => undefined} onRevalidar={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: /Advertencias/ }));
    expect(within(screen.getByRole("region", { name: "Advertencias en Gobierno" })).getAllByRole("button")).toHaveLength(2);
    expect(within(screen.getByRole("region", { name: "Advertencias en Salud" })).getAllByRole("button")).toHaveLength(1);
  });

  it("clicking a finding asks for its sheet and cell", () => {
    const onSeleccionar = jest.fn<void, [Hallazgo]>();
    renderizar(<PanelValidacion hallazgos={hallazgos} cargando={false} onSeleccionar={onSeleccionar} onRevalidar={() => undefined} />);
    fireEvent.click(within(screen.getByRole("region", { name: "Errores en Gobierno" })).getByRole("button"));
    expect(onSeleccionar).toHaveBeenCalledWith(expect.objectContaining({ hoja: "Gobierno", celda: "E4", codigo: "E-NO-NUMERICO" }));
  });

  it("says so when there is nothing to fix", () => {
    renderizar(<PanelValidacion hallazgos={[]} cargando={false} onSeleccionar={() => undefined} onRevalidar={() => undefined} />);
    expect(screen.getByText(/No hay hallazgos/)).toBeTruthy();
  });
});

describe("the pane wires a finding's click to the service (components never call Excel)", () => {
  it("App: clicking a finding calls servicio.seleccionarCelda(hoja, celda)", async () => {
    const seleccionarCelda = jest.fn<Promise<void>, [string, string]>(() => Promise.resolve());
    const servicio: ServicioPanel = {
      cargarAjustes: () => Promise.resolve({}),
      guardarAjustes: () => Promise.resolve(),
      validar: () => Promise.resolve({ ...consolidacion([]), hallazgos }),
      consolidar: () => Promise.reject(new Error("no se usa")),
      seleccionarCelda,
      activarHoja: () => Promise.resolve(),
      suscribirCambios: () => Promise.resolve(() => undefined),
    };
    renderizar(<App servicio={servicio} />);
    fireEvent.click(screen.getByRole("tab", { name: "Validación" }));
    const region = await screen.findByRole("region", { name: "Errores en Salud" });
    fireEvent.click(within(region).getByRole("button"));
    expect(seleccionarCelda).toHaveBeenCalledWith("Salud", "F17");
  });
});
