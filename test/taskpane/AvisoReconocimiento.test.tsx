import { fireEvent, screen, within } from "@testing-library/react";
import type { Consolidacion } from "../../src/core/calculo/tipos";
import { crearHallazgo } from "../../src/core/hallazgos/crear";
import type { HojaReconocida } from "../../src/core/matriz/tipos";
import { App } from "../../src/taskpane/App";
import type { ServicioPanel } from "../../src/taskpane/services/tipos";
import { consolidacion, grupo } from "./_datos";
import { renderizar } from "./_entorno";

const SIN_EJECUTADO = "no hay columna de ejecutado";
const SIN_METAS = "el encabezado se reconoció pero no se leyó ninguna meta";

function hoja(nombre: string, dudas: string[]): HojaReconocida {
  return {
    hoja: nombre,
    archivo: null,
    reconocida: true,
    filaEncabezado: 6,
    fuenteDependencia: "columna",
    vigenciaTitulo: null,
    corteTitulo: null,
    metas: 12,
    duplicadaDe: null,
    columnas: [],
    noReconocidas: [],
    dudas,
  };
}

function servicio(c: Consolidacion): ServicioPanel {
  return {
    cargarAjustes: () => Promise.resolve({}),
    guardarAjustes: () => Promise.resolve(),
    validar: () => Promise.resolve(c),
    consolidar: () => Promise.reject(new Error("no se usa")),
    seleccionarCelda: () => Promise.resolve(),
    activarHoja: () => Promise.resolve(),
    suscribirCambios: () => Promise.resolve(() => undefined),
  };
}

const dudosa: Consolidacion = {
  ...consolidacion([grupo("dependencia", "Secretaría de Salud", 0.7, "Aceptable")]),
  hojas: [hoja("Instrucciones", []), hoja("PDM", [SIN_EJECUTADO]), hoja("METAS 2025", [SIN_METAS])],
  hallazgos: [
    crearHallazgo("A-SIN-REPORTE", "PDM", "L7", null, { anio: 2025 }),
    crearHallazgo("A-RECONOCIMIENTO-DUDOSO", "PDM", "A6", null, { motivo: SIN_EJECUTADO }),
    crearHallazgo("A-RECONOCIMIENTO-DUDOSO", "METAS 2025", "A6", null, { motivo: SIN_METAS }),
  ],
};

/** The pane once the first validation (after the settings pause) has answered. */
async function panel(c: Consolidacion): Promise<void> {
  renderizar(<App servicio={servicio(c)} />);
  await screen.findByText(/metas en 3 hojas/, undefined, { timeout: 3000 });
}

describe("the pane says when recognition is unsure, before any figure (SPEC §3.6)", () => {
  it("a warning names each doubtful sheet with its reason", async () => {
    await panel(dudosa);
    const aviso = screen.getByRole("group", { name: "Reconocimiento dudoso" });
    const items = within(aviso)
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual([`PDM: ${SIN_EJECUTADO}`, `METAS 2025: ${SIN_METAS}`]);
  });

  it("the warning is the first thing of the pane: above the title's counts, the tabs and every figure", async () => {
    await panel(dudosa);
    const aviso = screen.getByRole("group", { name: "Reconocimiento dudoso" });
    expect(aviso.parentElement?.firstElementChild).toBe(aviso);
    for (const despues of [screen.getByTestId("estado-libro"), screen.getByRole("tablist")]) {
      expect(aviso.compareDocumentPosition(despues) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it("«Revisar reconocimiento» switches to the Matriz tab with the doubtful sheets open", async () => {
    await panel(dudosa);
    expect(screen.getByRole("tab", { name: "Matriz" }).getAttribute("aria-selected")).toBe("false");
    fireEvent.click(screen.getByRole("button", { name: "Revisar reconocimiento" }));
    expect(screen.getByRole("tab", { name: "Matriz" }).getAttribute("aria-selected")).toBe("true");
    const abiertas = (nombre: RegExp): string | null => screen.getByRole("button", { name: nombre }).getAttribute("aria-expanded");
    expect([abiertas(/^PDM/), abiertas(/^METAS 2025/), abiertas(/^Instrucciones/)]).toEqual(["true", "true", "false"]);
    // The open item starts with the sheet's doubt.
    expect(within(screen.getByRole("tabpanel")).getByText(SIN_EJECUTADO)).toBeTruthy();
  });

  it("no warning when recognition is sure", async () => {
    await panel({ ...dudosa, hallazgos: dudosa.hallazgos.filter((h) => h.codigo !== "A-RECONOCIMIENTO-DUDOSO") });
    expect(screen.queryByRole("group", { name: "Reconocimiento dudoso" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Revisar reconocimiento" })).toBeNull();
  });
});
