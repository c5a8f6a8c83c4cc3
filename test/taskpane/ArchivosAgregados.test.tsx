/**
 * "Agregar archivos…" in Consolidar (issue 14): picked files are listed in order, each with its
 * own recognition and findings (or why it cannot be read), and can be removed. The reader itself
 * is the lazy chunk of the browser; here each picked File maps to a hand-built workbook.
 */
import { fireEvent, screen, within } from "@testing-library/react";
import type { ArchivoAgregado, LibroLeido } from "../../src/app";
import { ErrorArchivo } from "../../src/core/fallos";
import type { Valor } from "../../src/core/grid/libro";
import { leidoConHoja } from "../helpers/libroLeido";
import { AnfitrionArchivos, elegirArchivos } from "./_archivosAgregados";
import { renderizar } from "./_entorno";

const mockLeidos = new Map<string, LibroLeido | Error>();
jest.mock("../../src/taskpane/archivoNavegador", () => ({
  archivoDelNavegador: (f: File): ArchivoAgregado => {
    const l = mockLeidos.get(f.name);
    return { nombre: f.name, leer: () => (l === undefined || l instanceof Error ? Promise.reject(l ?? new Error("sin datos")) : Promise.resolve(l)) };
  },
}));

/** A dependency's matrix: `metas` rows, the first `texto` of them with text in Ejecutado 2024 (E-NO-NUMERICO). */
function matriz(archivo: string, dependencia: string, metas: number, texto: number): LibroLeido {
  const filas: Valor[][] = [
    [`Secretaría de ${dependencia}`],
    ["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024", "Observaciones"],
  ];
  for (let i = 1; i <= metas; i++) filas.push([`M${i}`, `Meta ${i}`, "SUMA", 40, 10, i <= texto ? "cumplida" : 10, "ok"]);
  return leidoConHoja(archivo, filas);
}

beforeEach(() => {
  mockLeidos.clear();
  mockLeidos.set("salud.xlsx", matriz("salud.xlsx", "Salud", 3, 1));
  mockLeidos.set("gobierno.xlsx", matriz("gobierno.xlsx", "Gobierno", 2, 0));
  mockLeidos.set("roto.xlsx", new ErrorArchivo("F-ARCHIVO-CORRUPTO", "roto.xlsx"));
});

describe("Agregar archivos…: the dependencies' files beside the open workbook (issue 14)", () => {
  it("a Fluent button over a hidden multiple .xlsx input", () => {
    renderizar(<AnfitrionArchivos alCambiar={jest.fn()} />);
    const entrada = screen.getByTestId("entrada-archivos");
    expect(entrada.getAttribute("type")).toBe("file");
    expect(entrada.hasAttribute("multiple")).toBe(true);
    expect(entrada.getAttribute("accept")).toMatch(/^\.xlsx/);
    const clic = jest.spyOn(entrada, "click");
    fireEvent.click(screen.getByRole("button", { name: "Agregar archivos…" }));
    expect(clic).toHaveBeenCalled();
  });

  it("lists the picked files in order, each with its sheets, metas, errors and advertencias counted alone", async () => {
    const alCambiar = jest.fn<void, [readonly ArchivoAgregado[]]>();
    renderizar(<AnfitrionArchivos alCambiar={alCambiar} />);
    elegirArchivos("salud.xlsx", "gobierno.xlsx");
    expect((alCambiar.mock.lastCall?.[0] ?? []).map((a) => a.nombre)).toEqual(["salud.xlsx", "gobierno.xlsx"]);
    const lineas = await screen.findAllByTestId("revision-archivo");
    // salud: 3 metas, one with text in a numeric field (1 E-NO-NUMERICO); gobierno: 2 metas, no error
    expect(lineas.map((l) => l.textContent)).toEqual([
      expect.stringMatching(/^1 hoja con matriz · 3 metas · 1 error · \d+ advertencias?$/),
      expect.stringMatching(/^1 hoja con matriz · 2 metas · 0 errores · \d+ advertencias?$/),
    ]);
    expect(screen.getByText("Dependencias: Secretaría de Salud")).toBeTruthy();
  });

  it("a file that cannot be read shows why and that it will be left out; the others are reviewed", async () => {
    renderizar(<AnfitrionArchivos alCambiar={jest.fn()} />);
    elegirArchivos("roto.xlsx", "salud.xlsx");
    const motivo = new ErrorArchivo("F-ARCHIVO-CORRUPTO", "roto.xlsx").message;
    expect(await screen.findByText(`${motivo} Se omitirá al consolidar.`)).toBeTruthy();
    expect(await screen.findAllByTestId("revision-archivo")).toHaveLength(1);
  });

  it("Quitar removes that file only; a file picked again under the same name replaces the earlier copy", async () => {
    const alCambiar = jest.fn<void, [readonly ArchivoAgregado[]]>();
    renderizar(<AnfitrionArchivos alCambiar={alCambiar} />);
    elegirArchivos("salud.xlsx", "gobierno.xlsx");
    fireEvent.click(screen.getByRole("button", { name: "Quitar «salud.xlsx»" }));
    const lista = screen.getByRole("list", { name: "Archivos agregados" });
    expect(
      within(lista)
        .getAllByRole("listitem")
        .map((li) => li.querySelector("span")?.textContent),
    ).toEqual(["gobierno.xlsx"]);
    elegirArchivos("gobierno.xlsx");
    const ultimos = alCambiar.mock.lastCall?.[0] ?? [];
    expect(ultimos.map((a) => a.nombre)).toEqual(["gobierno.xlsx"]);
    expect(await screen.findAllByTestId("revision-archivo")).toHaveLength(1);
  });
});
