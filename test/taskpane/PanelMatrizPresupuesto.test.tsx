import { fireEvent, screen, within } from "@testing-library/react";
import type { HojaReconocida } from "../../src/core/matriz/tipos";
import { PanelMatriz } from "../../src/taskpane/components/PanelMatriz";
import { renderizar } from "./_entorno";

/** A budget sheet as recognition describes it: no matrix, its rows by sector (SPEC §5.9). */
const presupuesto: HojaReconocida = {
  hoja: "Ejecución presupuestal",
  archivo: null,
  reconocida: false,
  filaEncabezado: 3,
  fuenteDependencia: "ninguna",
  vigenciaTitulo: null,
  corteTitulo: null,
  metas: 0,
  duplicadaDe: null,
  columnas: [
    { columna: 0, letra: "A", campo: "nivel", anio: null, trimestre: null, variante: null, nivel: "sector", encabezado: "SECTOR" },
    { columna: 1, letra: "B", campo: "presupuestoProgramado", anio: 2024, trimestre: null, variante: null, nivel: null, encabezado: "PRESUPUESTO DEFINITIVO" },
  ],
  noReconocidas: [],
  presupuesto: {
    por: "sector",
    filas: ["Salud", "Transporte"].map((nombre, i) => ({ fila: 4 + i, celda: `A${4 + i}`, codigo: null, nombre, otras: [], presupuesto: [] })),
  },
};

describe("Matriz tab: a budget sheet is shown like the other sheets (SPEC §3.7, §5.9)", () => {
  it("its badge says budget, not «sin matriz», and its detail lists the header row, the rows and the columns", () => {
    renderizar(<PanelMatriz hojas={[presupuesto]} correcciones={[]} onGuardar={() => undefined} />);
    const cabecera = screen.getByRole("button", { name: /Ejecución presupuestal/ });
    expect(cabecera.textContent).toContain("presupuesto: 2 filas");
    expect(cabecera.textContent).not.toContain("sin matriz");
    fireEvent.click(cabecera);
    expect(screen.getByText("Encabezado en la fila 3 · hoja de presupuesto: 2 filas por sector")).toBeTruthy();
    const columnas = within(screen.getByRole("list", { name: "Columnas reconocidas de Ejecución presupuestal" })).getAllByRole("listitem");
    expect(columnas.map((c) => c.textContent)).toEqual(["A sector (SECTOR)", "B presupuesto programado 2024 (PRESUPUESTO DEFINITIVO)"]);
  });
});
