/**
 * The Gráficos tab (issue 14): pickers fed by the last validation, «Insertar gráfico» saving the
 * request and running Consolidar with it, the saved requests with their remove button. The engine
 * is the real one over the small matrix of test/core/graficos; only the workbook is faked.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import type { OpcionesConsolidar, ResultadoConsolidar } from "../../src/app";
import { consolidar } from "../../src/core/calculo/consolidar";
import type { Ajustes } from "../../src/core/calculo/tipos";
import { planificar } from "../../src/core/reporte/planificar";
import { PanelGraficos } from "../../src/taskpane/components/PanelGraficos";
import { libroGraficos, M1, M2, M3, media } from "../core/graficos/_matriz";
import { puntos } from "../core/reporte/_graficos";
import { renderizar } from "./_entorno";

const validacion = consolidar(libroGraficos(), { vigencia: 2025 });

/** Consolidar as the service runs it: the engine and the plan over the matrix, with the settings given. */
const consolidarReal = jest.fn((a: Ajustes, _o: OpcionesConsolidar): Promise<ResultadoConsolidar> => {
  const c = consolidar(libroGraficos(), a);
  const plan = planificar(c, { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 5 });
  return Promise.resolve({ consolidacion: c, plan, duracionMs: 5, avisos: [] });
});

function montar(inicial: Ajustes, consolidarCon: (a: Ajustes, o: OpcionesConsolidar) => Promise<ResultadoConsolidar> = consolidarReal) {
  const cambios: Ajustes[] = [];
  const activarHoja = jest.fn();
  function Envoltorio() {
    const [ajustes, setAjustes] = useState<Ajustes>(inicial);
    return (
      <PanelGraficos
        ajustes={ajustes}
        consolidacion={validacion}
        onCambiarAjustes={(a) => (cambios.push(a), setAjustes(a))}
        consolidar={consolidarCon}
        activarHoja={activarHoja}
      />
    );
  }
  renderizar(<Envoltorio />);
  return { cambios, activarHoja };
}

const lista = (nombre: string): HTMLSelectElement => screen.getByRole("combobox", { name: nombre });
const opciones = (nombre: string): string[] => Array.from(lista(nombre).options).map((o) => o.text);
const elegir = (nombre: string, valor: string): void => void fireEvent.change(lista(nombre), { target: { value: valor } });

beforeEach(() => consolidarReal.mockClear());

describe("the Gráficos tab (issue 14)", () => {
  it("offers the groupings and the filters the last validation found", () => {
    montar({});
    expect(opciones("Agrupar por")).toEqual(["Dependencia", "Eje", "Programa", "Año", "Trimestre"]);
    expect(opciones("Filtro")).toEqual(
      expect.arrayContaining(["Todas las metas", "Dependencia: Secretaría de Salud", "Eje: 2 Territorio", "Programa: 21 Vías"]),
    );
    expect(opciones("Medida")).toHaveLength(6);
  });

  it("offers a pie only for the budget and lines only over time", () => {
    montar({});
    expect(opciones("Tipo de gráfico")).not.toContain("Circular (solo presupuesto)");
    expect(opciones("Tipo de gráfico")).not.toContain("Líneas (por año o trimestre)");
    elegir("Medida", "presupuesto");
    expect(opciones("Tipo de gráfico")).toContain("Circular (solo presupuesto)");
    elegir("Medida", "pct_vigencia");
    elegir("Agrupar por", "anio");
    expect(opciones("Tipo de gráfico")).toContain("Líneas (por año o trimestre)");
  });

  it("Insertar gráfico saves the request, consolidates with it and opens the Gráficos sheet, whose chart holds the request's figures", async () => {
    const { cambios, activarHoja } = montar({ tope: "100" });
    elegir("Medida", "pct_cuatrienio");
    elegir("Agrupar por", "programa");
    elegir("Filtro", "dependencia:Secretaría de Salud");
    await act(() => Promise.resolve(void fireEvent.click(screen.getByRole("button", { name: "Insertar gráfico" }))));
    const pedida = { medida: "pct_cuatrienio", por: "programa", filtro: "dependencia:Secretaría de Salud" };
    expect(cambios).toEqual([{ tope: "100", graficos: [pedida] }]);
    expect(consolidarReal).toHaveBeenCalledWith({ tope: "100", graficos: [pedida] }, expect.anything());
    expect(activarHoja).toHaveBeenCalledWith("Gráficos");
    expect(screen.getByText("Gráfico insertado en la hoja «Gráficos».")).toBeTruthy();
    const r = (await consolidarReal.mock.results[0]?.value) as ResultadoConsolidar;
    const hoja = r.plan.hojas.find((h) => h.clave === "graficos");
    const g = hoja?.graficos[0];
    expect(hoja && g && puntos(hoja, g)).toEqual([
      ["11 Salud pública", media(M1.avance, M2.avance)],
      ["21 Vías", M3.avance],
    ]);
  });

  it("lists the saved requests, and Quitar removes one from the settings", () => {
    const { cambios } = montar({
      graficos: [
        { medida: "semaforo", por: "dependencia" },
        { medida: "pct_vigencia", por: "anio", tipo: "lineas" },
      ],
    });
    const guardados = screen.getByRole("list", { name: "Gráficos guardados" });
    expect(
      within(guardados)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Metas por nivel del semáforo por dependenciaQuitar", "% de ejecución de la vigencia por año, líneas (por año o trimestre)Quitar"]);
    fireEvent.click(screen.getByRole("button", { name: "Quitar Metas por nivel del semáforo por dependencia" }));
    expect(cambios).toEqual([{ graficos: [{ medida: "pct_vigencia", por: "anio", tipo: "lineas" }] }]);
    fireEvent.click(within(guardados).getByRole("button", { name: /^Quitar/ }));
    expect(cambios[1]).toEqual({});
    expect(screen.getByText(/Ninguno: cada gráfico insertado se guarda en el libro/)).toBeTruthy();
  });

  it("a failed Consolidar is said in Spanish and the request stays saved", async () => {
    const fallido = jest.fn(() => Promise.reject(new Error("La hoja «Gráficos» está protegida: desprotéjala y vuelva a consolidar.")));
    const { cambios } = montar({}, fallido);
    await act(() => Promise.resolve(void fireEvent.click(screen.getByRole("button", { name: "Insertar gráfico" }))));
    expect(screen.getByRole("alert").textContent).toContain("está protegida");
    expect(cambios).toEqual([{ graficos: [{ medida: "pct_vigencia", por: "dependencia" }] }]);
  });
});
