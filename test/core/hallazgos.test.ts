import { CODIGOS, SEVERIDAD_POR_CODIGO } from "../../src/core/hallazgos/codigos";
import { MENSAJES } from "../../src/core/hallazgos/mensajes";
import { crearHallazgo } from "../../src/core/hallazgos/crear";

describe("catálogo de hallazgos (SPEC §7)", () => {
  it.each(CODIGOS)("%s has a Spanish message and a severity matching its prefix", (codigo) => {
    expect(MENSAJES[codigo].length).toBeGreaterThan(10);
    expect(SEVERIDAD_POR_CODIGO[codigo]).toBe(codigo.startsWith("E-") ? "error" : "advertencia");
  });

  it("interpolates params and keeps the offending value", () => {
    const h = crearHallazgo("E-NO-NUMERICO", "PDT 2020", "D17", "Meta cumplida", { campo: "ejecutado 2020" });
    expect(h).toMatchObject({ codigo: "E-NO-NUMERICO", severidad: "error", hoja: "PDT 2020", celda: "D17", valor: "Meta cumplida" });
    expect(h.mensaje).toBe("El campo ejecutado 2020 debe ser numérico y contiene «Meta cumplida».");
  });

  it("A-SIN-OBSERVACION names the reason and the year in one readable sentence", () => {
    const h = crearHallazgo("A-SIN-OBSERVACION", "PDM", "W12", null, { motivo: "Meta programada sin reporte", anio: 2025 });
    expect(h.mensaje).toBe("Meta programada sin reporte en 2025: falta una observación que lo explique.");
  });
});
