import { fireEvent, screen } from "@testing-library/react";
import { PRESETS_SEMAFORO } from "../../src/core/calculo/semaforo";
import type { Semaforo } from "../../src/core/calculo/tipos";
import { EditorBandas } from "../../src/taskpane/components/EditorBandas";
import { renderizar } from "./_entorno";

const municipal = PRESETS_SEMAFORO["municipal-3"];

function escribir(etiqueta: string, valor: string): void {
  fireEvent.change(screen.getByLabelText(etiqueta), { target: { value: valor } });
}

function montar(s: Semaforo = municipal) {
  const onAplicar = jest.fn<void, [Semaforo]>();
  renderizar(<EditorBandas semaforo={s} onAplicar={onAplicar} onCerrar={() => undefined} />);
  return onAplicar;
}

describe("semáforo band editor (SPEC §5.8: refuses bands that overlap or leave a gap)", () => {
  it("shows municipal-3 as the ranges of the SPEC: Bajo 0–55, Aceptable 56–80, Sobresaliente 81 or more", () => {
    montar();
    expect(screen.getByLabelText("Desde (nivel 1)")).toHaveProperty("value", "0");
    expect(screen.getByLabelText("Hasta (nivel 1)")).toHaveProperty("value", "55");
    expect(screen.getByLabelText("Desde (nivel 2)")).toHaveProperty("value", "56");
    expect(screen.getByLabelText("Hasta (nivel 2)")).toHaveProperty("value", "80");
    expect(screen.getByLabelText("Desde (nivel 3)")).toHaveProperty("value", "81");
    expect(screen.getByLabelText("Hasta (nivel 3)")).toHaveProperty("value", "");
  });

  it.each([
    ["overlap: Aceptable starts at 55 where Bajo ends", "Desde (nivel 2)", "55", /superponen/],
    ["gap: Aceptable starts at 58, nothing covers 56–57", "Desde (nivel 2)", "58", /hueco/],
    ["first band must start at 0", "Desde (nivel 1)", "5", /empezar en 0/],
    ["a band ending before it starts", "Hasta (nivel 2)", "50", /antes de empezar|superponen/],
    ["a non-number", "Desde (nivel 3)", "ochenta", /no es un número/],
  ])("refuses %s", (_caso, campo, valor, mensaje) => {
    const onAplicar = montar();
    escribir(campo, valor);
    fireEvent.click(screen.getByRole("button", { name: "Aplicar niveles" }));
    expect(onAplicar).not.toHaveBeenCalled();
    expect(screen.getByText(mensaje)).toBeTruthy();
  });

  it("refuses the real report's 0–20 / 20–75 / 75–98 / >98, which overlaps at the edges", () => {
    const cuatro = PRESETS_SEMAFORO["cuatro-niveles"];
    const onAplicar = montar({ ...cuatro, decimales: 0 });
    [
      ["0", "20"],
      ["20", "75"],
      ["75", "98"],
      ["98", ""],
    ].forEach(([d, h], i) => {
      escribir(`Desde (nivel ${i + 1})`, d ?? "");
      escribir(`Hasta (nivel ${i + 1})`, h ?? "");
    });
    fireEvent.click(screen.getByRole("button", { name: "Aplicar niveles" }));
    expect(onAplicar).not.toHaveBeenCalled();
    expect(screen.getAllByText(/superponen/).length).toBeGreaterThan(0);
  });

  it("accepts contiguous bands and hands on a custom semáforo with their lower bounds", () => {
    const onAplicar = montar();
    escribir("Hasta (nivel 1)", "59");
    escribir("Desde (nivel 2)", "60");
    fireEvent.click(screen.getByRole("button", { name: "Aplicar niveles" }));
    expect(onAplicar).toHaveBeenCalledTimes(1);
    const s = onAplicar.mock.calls[0]?.[0];
    expect(s?.preset).toBe("personalizado");
    expect(s?.niveles.map((n) => [n.nombre, n.desde])).toEqual([
      ["Bajo", 0],
      ["Aceptable", 60],
      ["Sobresaliente", 81],
    ]);
  });
});
