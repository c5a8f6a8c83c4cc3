/** The pane's summary of a run in a one-year plan (issue 13): no cuatrienio figure, the vigencia's kept. */
import { screen } from "@testing-library/react";
import { ResumenConsolidacion } from "../../src/taskpane/components/ResumenConsolidacion";
import { grupo, resultado } from "./_datos";
import { renderizar } from "./_entorno";

function resumen(planAnual: boolean) {
  const r = resultado([grupo("dependencia", "Secretaría de Salud", 0.8, "Aceptable")]);
  const c = r.consolidacion;
  renderizar(
    <ResumenConsolidacion resultado={{ ...r, consolidacion: { ...c, parametros: { ...c.parametros, planAnual } } }} onActivarHoja={() => undefined} />,
  );
  return { totales: screen.getByTestId("totales-plan").textContent ?? "", dependencia: screen.getByText(/^Vigencia/).textContent ?? "" };
}

describe("pane summary and the plan's mode", () => {
  it("a cuatrienio plan shows % cuatrienio, esperado and cumplimiento", () => {
    const { totales, dependencia } = resumen(false);
    expect(totales).toMatch(/% cuatrienio.*Esperado.*Cumplimiento/);
    expect(dependencia).toMatch(/Cuatrienio/);
  });

  it("a one-year plan shows none of them, and keeps % vigencia, metas and sin reporte", () => {
    const { totales, dependencia } = resumen(true);
    expect(totales).not.toMatch(/cuatrienio|Esperado|Cumplimiento/i);
    expect(totales).toMatch(/% vigencia.*Metas.*Sin reporte/);
    expect(dependencia).not.toMatch(/Cuatrienio/);
    expect(dependencia).toMatch(/^Vigencia 80,0\s?% · 10 metas$/);
  });
});
