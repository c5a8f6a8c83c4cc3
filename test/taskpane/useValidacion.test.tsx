import { act, renderHook } from "@testing-library/react";
import type { Ajustes, Consolidacion } from "../../src/core/calculo/tipos";
import type { ServicioPanel } from "../../src/taskpane/services/tipos";
import { ErrorExcel } from "../../src/core/fallos";
import { ESPERA_CERROJO_MS, ESPERA_REVALIDAR_MS, useValidacion } from "../../src/taskpane/useValidacion";
import { consolidacion } from "./_datos";

function servicio() {
  let avisar: () => void = () => undefined;
  const s: ServicioPanel = {
    cargarAjustes: () => Promise.resolve({}),
    guardarAjustes: () => Promise.resolve(),
    validar: jest.fn((): Promise<Consolidacion> => Promise.resolve(consolidacion([]))),
    consolidar: () => Promise.reject(new Error("no se usa")),
    seleccionarCelda: () => Promise.resolve(),
    activarHoja: () => Promise.resolve(),
    suscribirCambios: (f) => Promise.resolve(((avisar = f), () => (avisar = () => undefined))),
  };
  return { s, cambiar: () => avisar() };
}

describe("re-validation while the user types (issue 6: debounced)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("validates once on load, then once per burst of edits after the pause", async () => {
    const { s, cambiar } = servicio();
    const ajustes: Ajustes = {};
    renderHook(() => useValidacion(s, ajustes));
    await act(() => Promise.resolve());
    expect(s.validar).toHaveBeenCalledTimes(1);
    act(() => (cambiar(), cambiar(), cambiar()));
    act(() => jest.advanceTimersByTime(ESPERA_REVALIDAR_MS - 1));
    expect(s.validar).toHaveBeenCalledTimes(1);
    await act(() => Promise.resolve(jest.advanceTimersByTime(1)));
    expect(s.validar).toHaveBeenCalledTimes(2);
  });
});

describe("the lock of a run in progress (issue 12 §7)", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it("while the ribbon writes, validation says so and tries again later instead of reading its sheets", async () => {
    const { s } = servicio();
    const validar = s.validar as jest.Mock;
    validar.mockImplementationOnce(() => Promise.reject(new ErrorExcel("F-EXCEL-EN-CURSO", null)));
    const ajustes: Ajustes = {};
    const { result } = renderHook(() => useValidacion(s, ajustes));
    await act(() => Promise.resolve());
    expect(result.current.error).toMatch(/consolidación en curso/);
    expect(validar).toHaveBeenCalledTimes(1);
    await act(() => Promise.resolve(jest.advanceTimersByTime(ESPERA_CERROJO_MS)));
    expect(validar).toHaveBeenCalledTimes(2);
    expect(result.current.error).toBeNull();
  });
});
