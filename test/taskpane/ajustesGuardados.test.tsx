/**
 * Saved settings pass the settings contract when the pane opens (issue 11): damaged ones are a
 * Spanish message in the pane and the defaults are used; valid ones are used as saved.
 */
import { screen, waitFor } from "@testing-library/react";
import { CLAVE_AJUSTE_AJUSTES } from "../../src/core/reporte/plan";
import { ExcelFalso } from "../../src/simulador";
import { App } from "../../src/taskpane/App";
import { crearServicioOffice } from "../../src/taskpane/services/office";
import { hoja, libro } from "../helpers/grid";
import { renderizar } from "./_entorno";

/** A small matrix (exceljs does not load under jsdom): the pane only needs something to validate. */
const MATRIZ = libro([
  hoja("PDM", [
    ["Dependencia", "Código", "Meta de producto", "Meta cuatrienio", "Programado 2025", "Ejecutado 2025"],
    ["Secretaría de Salud", "1001", "Vacunar niños y niñas", 40, 10, 5],
    ["Secretaría de Gobierno", "2001", "Capacitar líderes comunales", 100, 20, 10],
  ]),
]);

async function servicioConAjustes(texto: string) {
  const falso = new ExcelFalso().cargarLibro(MATRIZ);
  await falso.entorno.run(async (ctx) => {
    ctx.workbook.settings.add(CLAVE_AJUSTE_AJUSTES, texto);
    await ctx.sync();
  });
  const servicio = crearServicioOffice(falso.entorno);
  const validar = jest.spyOn(servicio, "validar");
  return { servicio, validar };
}

describe("saved settings in the pane (SPEC §8)", () => {
  test.each([
    ["not JSON", "{tope: 100", /dañados; se usan los ajustes por omisión\. No es JSON válido\./],
    [
      "an unknown preset and a tope that is not a choice",
      '{"semaforo":"nada","tope":7}',
      /tope: 7 no es válido; use 100 o ninguno\. semaforo: «nada» no es válido; use municipal-3, dnp-5, cuatro-niveles o segplan\./,
    ],
    ["two year weights", '{"esperado":"pesos","pesosAnio":[10,10]}', /pesosAnio: se necesitan 4 pesos/],
  ])("damaged (%s): a Spanish alert, and validation runs with the defaults", async (_caso, texto, mensaje) => {
    const { servicio, validar } = await servicioConAjustes(texto);
    renderizar(<App servicio={servicio} />);
    expect(await screen.findByRole("alert")).toHaveProperty("textContent", expect.stringMatching(mensaje));
    await waitFor(() => expect(validar).toHaveBeenCalled());
    expect(validar.mock.calls[0]?.[0]).toEqual({});
    expect(screen.getByRole("alert").textContent).not.toMatch(/SyntaxError|Error:|at /);
  });

  it("valid: used as saved (the contract reads weights in points as fractions), no alert", async () => {
    const { servicio, validar } = await servicioConAjustes('{"tope":"ninguno","esperado":"pesos","pesosAnio":[15,35,35,15]}');
    renderizar(<App servicio={servicio} />);
    await waitFor(() => expect(validar).toHaveBeenCalled());
    expect(validar.mock.calls[0]?.[0]).toEqual({ tope: "ninguno", esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.15] });
    expect(screen.queryByRole("alert")).toBeNull();
  });
});
