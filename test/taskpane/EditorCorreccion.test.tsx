import { fireEvent, screen, within } from "@testing-library/react";
import type { CorreccionHoja, HojaReconocida } from "../../src/core/matriz/tipos";
import { EditorCorreccion } from "../../src/taskpane/components/EditorCorreccion";
import { renderizar } from "./_entorno";

const hoja: HojaReconocida = {
  hoja: "PDM",
  archivo: null,
  reconocida: true,
  filaEncabezado: 6,
  fuenteDependencia: "columna",
  vigenciaTitulo: 2025,
  corteTitulo: null,
  metas: 12,
  duplicadaDe: null,
  columnas: [
    { columna: 0, letra: "A", campo: "meta", anio: null, trimestre: null, variante: null, nivel: null, encabezado: "META DE PRODUCTO" },
    { columna: 3, letra: "D", campo: "programado", anio: 2025, trimestre: 2, variante: "trimestre", nivel: null, encabezado: "T2 PLANEADO 2025" },
    { columna: 26, letra: "AA", campo: "observaciones", anio: null, trimestre: null, variante: null, nivel: null, encabezado: "OBSERVACIONES" },
  ],
  noReconocidas: [
    { letra: "B", encabezado: "LÍNEA", motivo: "no coincide con ningún campo" },
    { letra: "E", encabezado: "RESULTADO T2", motivo: "perdió frente a D" },
  ],
  lecturaTrimestral: { lectura: "periodo", motivo: "los trimestres suman el total" },
};

function editor(correccion?: CorreccionHoja) {
  const onGuardar = jest.fn<void, [CorreccionHoja]>();
  renderizar(<EditorCorreccion hoja={hoja} correccion={correccion} onGuardar={onGuardar} onCancelar={() => undefined} />);
  return onGuardar;
}

const guardar = (): boolean => fireEvent.click(screen.getByRole("button", { name: "Guardar corrección" }));

describe("correction editor: any column of the header, in one step (SPEC §3.7)", () => {
  it("lists every column of the header, recognised or not, in sheet order", () => {
    editor();
    const letras = within(screen.getByRole("list", { name: "Columnas del encabezado" }))
      .getAllByRole("listitem")
      .map((li) => li.querySelector("strong")?.textContent);
    expect(letras).toEqual(["A", "B", "D", "E", "AA"]);
  });

  it("shows each recognised column's field, year and quarter as read", () => {
    editor();
    expect(screen.getByLabelText<HTMLSelectElement>("Campo de la columna D").value).toBe("programado");
    expect(screen.getByLabelText<HTMLInputElement>("Año de la columna D").value).toBe("2025");
    expect(screen.getByLabelText<HTMLSelectElement>("Trimestre de la columna D").value).toBe("2");
    expect(screen.getByLabelText<HTMLSelectElement>("Variante de la columna D").value).toBe("trimestre");
  });

  it("an unrecognised column becomes ejecutado 2025 T2 of the quarter variant, another one a level, and the quarters are read as year-to-date", () => {
    const onGuardar = editor();
    fireEvent.change(screen.getByLabelText("Campo de la columna E"), { target: { value: "ejecutado" } });
    fireEvent.change(screen.getByLabelText("Año de la columna E"), { target: { value: "2025" } });
    fireEvent.change(screen.getByLabelText("Trimestre de la columna E"), { target: { value: "2" } });
    fireEvent.change(screen.getByLabelText("Variante de la columna E"), { target: { value: "trimestre" } });
    expect(screen.queryByLabelText("Nivel de la columna B")).toBeNull();
    fireEvent.change(screen.getByLabelText("Campo de la columna B"), { target: { value: "nivel" } });
    fireEvent.change(screen.getByLabelText("Nivel de la columna B"), { target: { value: " Línea Estratégica " } });
    fireEvent.change(screen.getByLabelText("Lectura de los trimestres"), { target: { value: "acumuladoAnio" } });
    guardar();
    expect(onGuardar).toHaveBeenCalledWith({
      hoja: "PDM",
      columnas: {
        E: { campo: "ejecutado", anio: 2025, trimestre: 2, variante: "trimestre" },
        B: { campo: "nivel", anio: null, nivel: "línea estratégica" },
      },
      lecturaTrimestral: "acumuladoAnio",
    });
  });

  it("a recognised column can be left unused", () => {
    const onGuardar = editor();
    fireEvent.change(screen.getByLabelText("Campo de la columna AA"), { target: { value: "" } });
    guardar();
    expect(onGuardar).toHaveBeenCalledWith({ hoja: "PDM", columnas: { AA: { campo: null, anio: null } } });
  });

  it("the quarterly reading offers automatic (naming the one detected), per period and year-to-date (SPEC §4)", () => {
    editor();
    const opciones = within(screen.getByLabelText("Lectura de los trimestres"))
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(opciones).toEqual([
      "Automática (detectada: cada trimestre es el valor del periodo)",
      "cada trimestre es el valor del periodo",
      "cada trimestre es el acumulado del año",
    ]);
  });

  it("a saved correction is shown again, and choosing automatic drops the stored reading", () => {
    const onGuardar = editor({ hoja: "PDM", lecturaTrimestral: "periodo", columnas: { E: { campo: "ejecutado", anio: 2025 } } });
    expect(screen.getByLabelText<HTMLSelectElement>("Campo de la columna E").value).toBe("ejecutado");
    expect(screen.getByLabelText<HTMLSelectElement>("Lectura de los trimestres").value).toBe("periodo");
    fireEvent.change(screen.getByLabelText("Lectura de los trimestres"), { target: { value: "" } });
    guardar();
    expect(onGuardar).toHaveBeenCalledWith({ hoja: "PDM", columnas: { E: { campo: "ejecutado", anio: 2025 } } });
  });
});
