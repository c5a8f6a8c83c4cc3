import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Ajustes } from "../../src/core/calculo/tipos";
import { PanelConsolidar } from "../../src/taskpane/components/PanelConsolidar";
import { ErrorCancelado } from "../../src/app";
import type { ArchivoAgregado, OpcionesConsolidar, ResultadoConsolidar } from "../../src/app";
import { grupo, resultado } from "./_datos";
import { renderizar } from "./_entorno";

/** A service whose run the test advances by hand. */
function servicioManual() {
  let opciones: OpcionesConsolidar = {};
  let terminar: (r: ResultadoConsolidar) => void = () => undefined;
  let fallar: (e: unknown) => void = () => undefined;
  const consolidar = jest.fn((_a: Ajustes, o: OpcionesConsolidar) => {
    opciones = o;
    o.signal?.addEventListener("abort", () => fallar(new ErrorCancelado()));
    return new Promise<ResultadoConsolidar>((res, rej) => ((terminar = res), (fallar = rej)));
  });
  return {
    consolidar,
    avanzar: (f: number) => opciones.onProgress?.({ etapa: "escribir", fraccion: f, texto: "Escribiendo las hojas…" }),
    terminar: (r: ResultadoConsolidar) => terminar(r),
    fallar: (e: unknown) => fallar(e),
    señal: () => opciones.signal,
  };
}

function montar(s: ReturnType<typeof servicioManual>, activarHoja = jest.fn(), archivos: readonly ArchivoAgregado[] = []) {
  renderizar(
    <PanelConsolidar
      ajustes={{ tope: "100" }}
      parametros={null}
      onCambiarAjustes={() => undefined}
      archivos={archivos}
      onCambiarArchivos={() => undefined}
      consolidar={s.consolidar}
      activarHoja={activarHoja}
    />,
  );
  fireEvent.click(screen.getByRole("button", { name: "Consolidar" }));
}

describe("Consolidar tab: button with progress bar and cancel, then the summary (issue 6)", () => {
  it("passes the settings to the service and shows its progress while it runs", async () => {
    const s = servicioManual();
    montar(s);
    expect(s.consolidar).toHaveBeenCalledWith({ tope: "100" }, expect.anything());
    act(() => s.avanzar(0.75));
    const barra = await screen.findByRole("progressbar");
    expect(barra.getAttribute("aria-valuenow")).toBe("0.75");
    expect(screen.getByText("Escribiendo las hojas…")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Consolidar" })).toHaveProperty("disabled", true);
  });

  it("the files added beside the workbook go with the run (issue 14)", () => {
    const s = servicioManual();
    const salud: ArchivoAgregado = { nombre: "salud.xlsx", leer: () => new Promise(() => undefined) };
    montar(s, jest.fn(), [salud]);
    expect(s.consolidar).toHaveBeenCalledWith({ tope: "100" }, expect.objectContaining({ archivos: [salud] }));
    // while it runs, the list of files cannot change under it
    expect(screen.getByRole("button", { name: "Agregar archivos…" })).toHaveProperty("disabled", true);
    expect(screen.getByRole("button", { name: "Quitar «salud.xlsx»" })).toHaveProperty("disabled", true);
  });

  it("Cancelar aborts the run and says the workbook was left as it was", async () => {
    const s = servicioManual();
    montar(s);
    fireEvent.click(screen.getByRole("button", { name: "Cancelar" }));
    expect(s.señal()?.aborted).toBe(true);
    expect((await screen.findByRole("alert")).textContent).toMatch(/cancelada: el libro quedó como estaba/);
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  it("shows the adapter's Spanish message when the write fails", async () => {
    const s = servicioManual();
    montar(s);
    act(() => s.fallar(new Error("La hoja «Resumen» está protegida: desprotéjala y vuelva a consolidar.")));
    expect((await screen.findByRole("alert")).textContent).toContain("está protegida");
  });

  it("then lists each dependency with its semáforo and links that activate the generated sheets", async () => {
    const s = servicioManual();
    const activarHoja = jest.fn();
    montar(s, activarHoja);
    act(() =>
      s.terminar(resultado([grupo("dependencia", "Secretaría de Salud", 0.85, "Sobresaliente"), grupo("dependencia", "Secretaría de Gobierno", 0.3, "Bajo")])),
    );
    const lista = await screen.findByTestId("lista-dependencias");
    const filas = within(lista).getAllByRole("listitem");
    expect(filas.map((f) => f.querySelector("[data-semaforo]")?.getAttribute("data-semaforo"))).toEqual(["Sobresaliente", "Bajo"]);
    expect(filas[0]?.textContent).toMatch(/Vigencia 85,0\s?%/);
    fireEvent.click(screen.getByRole("button", { name: "Por dependencia" }));
    expect(activarHoja).toHaveBeenCalledWith("Por dependencia");
  });
});
