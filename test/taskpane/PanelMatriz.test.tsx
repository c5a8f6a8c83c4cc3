import { fireEvent, screen } from "@testing-library/react";
import type { CorreccionHoja, HojaReconocida } from "../../src/core/matriz/tipos";
import { PanelMatriz } from "../../src/taskpane/components/PanelMatriz";
import { renderizar } from "./_entorno";

const hoja: HojaReconocida = {
  hoja: "PDM", archivo: null, reconocida: true, filaEncabezado: 6, fuenteDependencia: "columna",
  vigenciaTitulo: 2025, corteTitulo: null, metas: 12, duplicadaDe: null,
  columnas: [
    { columna: 0, letra: "A", campo: "meta", anio: null, trimestre: null, variante: null, nivel: null, encabezado: "META DE PRODUCTO" },
    { columna: 1, letra: "B", campo: "programado", anio: 2025, trimestre: null, variante: "anual", nivel: null, encabezado: "META 2025" },
  ],
  noReconocidas: [{ letra: "C", encabezado: "AVANCE RARO" }],
};

describe("Matriz tab: what was recognised, and the correction editor (SPEC §3.5)", () => {
  it("shows the header row, the dependency source and each column's field and year", () => {
    renderizar(<PanelMatriz hojas={[hoja]} correcciones={[]} onGuardar={() => undefined} />);
    fireEvent.click(screen.getByRole("button", { name: /PDM/ }));
    expect(screen.getByText(/Encabezado en la fila 6 · 12 metas · dependencia: columna de dependencia/)).toBeTruthy();
    expect(screen.getByText(/Programado · 2025/)).toBeTruthy();
    expect(screen.getByText(/Columnas no reconocidas: C \(AVANCE RARO\)/)).toBeTruthy();
  });

  it("saves a correction: an unrecognised column mapped to ejecutado 2025, the header row moved", () => {
    const onGuardar = jest.fn<void, [CorreccionHoja[]]>();
    renderizar(<PanelMatriz hojas={[hoja]} correcciones={[{ hoja: "Otra", ignorar: true }]} onGuardar={onGuardar} />);
    fireEvent.click(screen.getByRole("button", { name: /PDM/ }));
    fireEvent.click(screen.getByRole("button", { name: "Corregir reconocimiento" }));
    fireEvent.change(screen.getByLabelText("Campo de la columna C"), { target: { value: "ejecutado" } });
    fireEvent.change(screen.getByLabelText("Año de la columna C"), { target: { value: "2025" } });
    fireEvent.change(screen.getByLabelText("Fila de encabezado"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Guardar corrección" }));
    expect(onGuardar).toHaveBeenCalledWith([
      { hoja: "Otra", ignorar: true },
      { hoja: "PDM", filaEncabezado: 7, columnas: { C: { campo: "ejecutado", anio: 2025 } } },
    ]);
  });
});
