/**
 * Adding many files in Consolidar (issue 14): while the batch is read the pane says which file of
 * how many («Leyendo 2 de 3: b.xlsx…») over a bar, and Cancelar keeps the files already read and
 * drops the rest. Each fake file's reading is a promise the test settles when it wants.
 */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { ArchivoAgregado, LibroLeido } from "../../src/app";
import { ErrorArchivo } from "../../src/core/fallos";
import type { Valor } from "../../src/core/grid/libro";
import { leidoConHoja } from "../helpers/libroLeido";
import { AnfitrionArchivos, elegirArchivos } from "./_archivosAgregados";
import { renderizar } from "./_entorno";

/** The pending reading of each picked file, by name, made when the pane first asks for it. */
const mockLecturas = new Map<string, { resolver: (l: LibroLeido) => void; rechazar: (e: Error) => void }>();
jest.mock("../../src/taskpane/archivoNavegador", () => ({
  archivoDelNavegador: (f: File): ArchivoAgregado => {
    let leido: Promise<LibroLeido> | null = null;
    return {
      nombre: f.name,
      leer: () => (leido ??= new Promise<LibroLeido>((resolver, rechazar) => mockLecturas.set(f.name, { resolver, rechazar }))),
    };
  },
}));

/** One dependency's matrix with `metas` metas. */
function matriz(archivo: string, metas: number): LibroLeido {
  const filas: Valor[][] = [["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024"]];
  for (let i = 1; i <= metas; i++) filas.push([`M${i}`, `Meta ${i}`, "SUMA", 40, 10, 10]);
  return leidoConHoja(archivo, filas);
}

/** The batch's bar, named by its line (each file's own spinner is a progressbar too). */
const BARRA = { name: /^Leyendo \d+ de \d+: / };
const barra = (): HTMLElement => screen.getByRole("progressbar", BARRA);

/** Settles a file's reading and lets the pane review it. */
async function leer(nombre: string, resultado: LibroLeido | Error): Promise<void> {
  const l = mockLecturas.get(nombre);
  if (!l) throw new Error(`«${nombre}» no se está leyendo`);
  await act(async () => {
    if (resultado instanceof Error) l.rechazar(resultado);
    else l.resolver(resultado);
    await Promise.resolve();
  });
}

const listados = (): string[] =>
  within(screen.getByRole("list", { name: "Archivos agregados" }))
    .getAllByRole("listitem")
    .map((li) => li.querySelector("span")?.textContent ?? "");

beforeEach(() => mockLecturas.clear());

describe("adding many files: progress while they are read, and Cancelar (issue 14)", () => {
  it("says which file of how many is being read, over a bar of the files done, and hides once all are read", async () => {
    renderizar(<AnfitrionArchivos alCambiar={jest.fn()} />);
    elegirArchivos("a.xlsx", "b.xlsx", "c.xlsx");
    expect(await screen.findByText("Leyendo 1 de 3: a.xlsx…")).toBeTruthy();
    // no file done yet: the bar is empty
    expect(barra().getAttribute("aria-valuenow")).toBe("0");
    // one file at a time: b is not asked for before a is read
    expect(mockLecturas.has("b.xlsx")).toBe(false);
    await leer("a.xlsx", matriz("a.xlsx", 2));
    expect(await screen.findByText("Leyendo 2 de 3: b.xlsx…")).toBeTruthy();
    // 1 of 3 files done
    expect(Number(barra().getAttribute("aria-valuenow"))).toBeCloseTo(1 / 3);
    await leer("b.xlsx", matriz("b.xlsx", 1));
    expect(await screen.findByText("Leyendo 3 de 3: c.xlsx…")).toBeTruthy();
    await leer("c.xlsx", matriz("c.xlsx", 4));
    expect(await screen.findAllByTestId("revision-archivo")).toHaveLength(3);
    expect(screen.queryByRole("progressbar", BARRA)).toBeNull();
    expect(screen.queryByRole("button", { name: "Cancelar" })).toBeNull();
  });

  it("Cancelar keeps the files already read (with their review) and drops the one being read and the rest", async () => {
    const alCambiar = jest.fn<void, [readonly ArchivoAgregado[]]>();
    renderizar(<AnfitrionArchivos alCambiar={alCambiar} />);
    elegirArchivos("a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx");
    await leer("a.xlsx", matriz("a.xlsx", 2));
    await screen.findByText("Leyendo 2 de 4: b.xlsx…");
    fireEvent.click(screen.getByRole("button", { name: "Cancelar" }));
    expect((alCambiar.mock.lastCall?.[0] ?? []).map((a) => a.nombre)).toEqual(["a.xlsx"]);
    expect(listados()).toEqual(["a.xlsx"]);
    expect(screen.queryByRole("progressbar", BARRA)).toBeNull();
    // b's reading, settled after Cancelar, neither comes back nor lets c and d be read
    await leer("b.xlsx", matriz("b.xlsx", 1));
    expect(listados()).toEqual(["a.xlsx"]);
    expect(mockLecturas.has("c.xlsx")).toBe(false);
    expect(mockLecturas.has("d.xlsx")).toBe(false);
    expect((await screen.findAllByTestId("revision-archivo")).map((l) => l.textContent)).toEqual([expect.stringContaining("2 metas")]);
  });

  it("a bad file in the batch is listed with its reason and the reading goes on to the next", async () => {
    renderizar(<AnfitrionArchivos alCambiar={jest.fn()} />);
    elegirArchivos("roto.xlsx", "b.xlsx");
    const error = new ErrorArchivo("F-ARCHIVO-CORRUPTO", "roto.xlsx");
    await leer("roto.xlsx", error);
    expect(await screen.findByText(`${error.message} Se omitirá al consolidar.`)).toBeTruthy();
    expect(await screen.findByText("Leyendo 2 de 2: b.xlsx…")).toBeTruthy();
    await leer("b.xlsx", matriz("b.xlsx", 1));
    expect(await screen.findAllByTestId("revision-archivo")).toHaveLength(1);
    expect(listados()).toEqual(["roto.xlsx", "b.xlsx"]);
  });
});
