/** The pane's settings form reads every field through the settings contract (issue 11). */
import { fireEvent, screen } from "@testing-library/react";
import { OPCIONES_ESPERADO, OPCIONES_PONDERACION, OPCIONES_SEMAFORO, OPCIONES_TOPE } from "../../src/core/ajustes";
import type { Ajustes } from "../../src/core/calculo/tipos";
import { AjustesConsolidar } from "../../src/taskpane/components/AjustesConsolidar";
import { renderizar } from "./_entorno";

function montar(ajustes: Ajustes = {}) {
  const onCambiar = jest.fn<void, [Ajustes]>();
  renderizar(<AjustesConsolidar ajustes={ajustes} parametros={null} onCambiar={onCambiar} />);
  return onCambiar;
}

function opcionesDe(etiqueta: string): string[] {
  return Array.from(screen.getByLabelText<HTMLSelectElement>(etiqueta).options, (o) => o.textContent ?? "");
}

describe("the settings form (SPEC §8)", () => {
  it("lists the registry's choices with their labels", () => {
    montar();
    expect(opcionesDe("Tope")).toEqual(OPCIONES_TOPE.map((o) => o.etiqueta));
    expect(opcionesDe("Semáforo")).toEqual(OPCIONES_SEMAFORO.map((o) => o.etiqueta));
    expect(opcionesDe("Avance esperado")).toEqual(OPCIONES_ESPERADO.map((o) => o.etiqueta));
    expect(opcionesDe("Ponderación")).toEqual(OPCIONES_PONDERACION.map((o) => o.etiqueta));
  });

  it("year weights typed as the CLI's rule reads them: points become fractions", () => {
    const onCambiar = montar({ esperado: "pesos" });
    fireEvent.change(screen.getByLabelText(/Pesos por año/), { target: { value: "15 / 35 / 35 / 15" } });
    expect(onCambiar).toHaveBeenLastCalledWith({ esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.15] });
  });

  test.each([
    ["Pesos por año (%)", "10 / 10", /Se necesitan 4 pesos, uno por año del cuatrienio, y hay 2/],
    ["Corte", "30/09/2025", /«30\/09\/2025» no es un corte válido/],
    ["Vigencia", "25", /«25» no es un año/],
  ])("%s «%s» is refused under the field and not applied", (campo, texto, mensaje) => {
    const onCambiar = montar({ esperado: "pesos" });
    fireEvent.change(screen.getByLabelText(new RegExp(campo.replace(/[()%]/g, "."))), { target: { value: texto } });
    expect(screen.getByText(mensaje)).toBeTruthy();
    expect(onCambiar).not.toHaveBeenCalled();
  });
});
