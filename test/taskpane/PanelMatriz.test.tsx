import { fireEvent, screen, within } from "@testing-library/react";
import type { CorreccionHoja, HojaReconocida } from "../../src/core/matriz/tipos";
import { PanelMatriz } from "../../src/taskpane/components/PanelMatriz";
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
    { columna: 1, letra: "B", campo: "programado", anio: 2025, trimestre: null, variante: "anual", nivel: null, encabezado: "META 2025" },
  ],
  noReconocidas: [{ letra: "C", encabezado: "AVANCE RARO" }],
};

/** The same sheet as the evidence-aware engine describes it (SPEC §3.5, §3.6, §4). */
const conEvidencia: HojaReconocida = {
  ...hoja,
  columnas: [
    hoja.columnas[0]!,
    {
      ...hoja.columnas[1]!,
      evidencia: {
        motivo: "encabezado «META 2025» (programado); 96 % números",
        puntaje: 0.55,
        alternativa: { descripcion: "ejecutado 2025", puntaje: 0.5 },
        dudosa: true,
      },
    },
  ],
  noReconocidas: [{ letra: "C", encabezado: "AVANCE RARO", motivo: "no coincide con ningún campo" }],
  lecturaTrimestral: { lectura: "acumuladoAnio", motivo: "los valores nunca bajan y su suma supera lo programado" },
  vigenciaHoja: 2025,
  vistaDe: ["PLAN 2024-2027"],
  dudas: ["no hay columna de ejecutado"],
};

function abrirPdm(h: HojaReconocida): HTMLElement {
  const { container } = renderizar(<PanelMatriz hojas={[h]} correcciones={[]} onGuardar={() => undefined} />);
  fireEvent.click(screen.getByRole("button", { name: /PDM/ }));
  return container;
}

describe("Matriz tab: what was recognised (SPEC §3.7)", () => {
  it("shows the header row, the dependency source and each column's field and year", () => {
    abrirPdm(hoja);
    expect(screen.getByText(/Encabezado en la fila 6 · 12 metas · dependencia: columna de dependencia/)).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "Columnas reconocidas de PDM" })).getAllByRole("listitem")[1]?.textContent).toBe(
      "B programado 2025 (META 2025)",
    );
    expect(screen.getByRole("list", { name: "Columnas no consolidadas de PDM" }).textContent).toBe("C (AVANCE RARO)");
  });

  it("optional facts the engine did not give show nothing: no evidence, reading, vigencia, view or doubts", () => {
    const panel = abrirPdm(hoja);
    for (const texto of [/2\.ª opción/, /dudosa/, /Trimestres:/, /Vigencia de la hoja/, /Vista del mismo plan/, /Reconocimiento dudoso/]) {
      expect(within(panel).queryByText(texto)).toBeNull();
    }
  });
});

describe("Matriz tab: the evidence behind each column (SPEC §3.6)", () => {
  it("each column shows its evidence phrase, its runner-up and a «dudosa» badge when chosen against evidence", () => {
    abrirPdm(conEvidencia);
    const [meta, programado] = within(screen.getByRole("list", { name: "Columnas reconocidas de PDM" })).getAllByRole("listitem");
    expect(programado?.textContent).toContain("encabezado «META 2025» (programado); 96 % números · 2.ª opción: ejecutado 2025");
    expect(within(programado!).getByText("dudosa")).toBeTruthy();
    expect(meta?.textContent).toBe("A nombre de la meta (META DE PRODUCTO)");
  });

  it("a column not consolidated says why", () => {
    abrirPdm(conEvidencia);
    expect(screen.getByRole("list", { name: "Columnas no consolidadas de PDM" }).textContent).toBe("C (AVANCE RARO): no coincide con ningún campo");
  });

  it("the quarterly reading taken and why (SPEC §4), the sheet's vigencia and the plan it is a view of (SPEC §3.5)", () => {
    const panel = abrirPdm(conEvidencia);
    expect(within(panel).getByText(/^Trimestres: cada trimestre es el acumulado del año/).textContent).toContain(
      "(los valores nunca bajan y su suma supera lo programado)",
    );
    expect(within(panel).getByText("Vigencia de la hoja: 2025")).toBeTruthy();
    expect(within(panel).getByText(/Vista del mismo plan que «PLAN 2024-2027»/)).toBeTruthy();
  });

  it("the sheet's doubts come first in its item, and its header says «dudoso»", () => {
    const panel = abrirPdm(conEvidencia);
    const duda = within(panel).getByText("no hay columna de ejecutado");
    const encabezado = within(panel).getByText(/Encabezado en la fila 6/);
    expect(duda.compareDocumentPosition(encabezado) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(screen.getByRole("button", { name: /PDM/ })).getByText("dudoso")).toBeTruthy();
  });

  it("sheets named in `abrir` are open without a click", () => {
    renderizar(<PanelMatriz hojas={[hoja, { ...hoja, hoja: "Otra" }]} correcciones={[]} onGuardar={() => undefined} abrir={["Otra"]} />);
    expect(screen.getByRole("button", { name: /Otra/ }).getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByRole("button", { name: /PDM/ }).getAttribute("aria-expanded")).toBe("false");
  });
});

describe("Matriz tab: the correction is saved beside the others (SPEC §3.7)", () => {
  it("saves a correction: an unrecognised column mapped to ejecutado 2025, the header row moved", () => {
    const onGuardar = jest.fn<void, [CorreccionHoja[]]>();
    renderizar(<PanelMatriz hojas={[hoja]} correcciones={[{ hoja: "Otra", ignorar: true }]} onGuardar={onGuardar} />);
    fireEvent.click(screen.getByRole("button", { name: /PDM/ }));
    fireEvent.click(screen.getByRole("button", { name: "Corregir reconocimiento" }));
    fireEvent.change(screen.getByLabelText("Campo de la columna C"), { target: { value: "ejecutado" } });
    fireEvent.change(screen.getByLabelText("Año de la columna C"), { target: { value: "2025" } });
    fireEvent.change(screen.getByLabelText("Fila de encabezado"), { target: { value: "7" } });
    fireEvent.click(screen.getByRole("button", { name: "Guardar corrección" }));
    expect(onGuardar).toHaveBeenCalledWith([
      { hoja: "Otra", ignorar: true },
      { hoja: "PDM", filaEncabezado: 7, columnas: { C: { campo: "ejecutado", anio: 2025 } } },
    ]);
    expect(screen.queryByRole("button", { name: "Guardar corrección" })).toBeNull();
  });
});
