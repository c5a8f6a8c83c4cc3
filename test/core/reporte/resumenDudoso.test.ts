/** Resumen shows doubtful recognition before any figure (SPEC §3.6, §6). */
import { parseDireccion } from "../../../src/core/grid/direccion";
import { crearHallazgo } from "../../../src/core/hallazgos/crear";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { dudasDeReconocimiento } from "../../../src/core/reporte/resumenBloques";
import { construirConsolidacion, HALLAZGOS, HOJA } from "./_consolidacion";
import { celdas, hoja, rangosFueraDeBloques, valorJuntoA } from "./_plan";

const CTX: ContextoPlan = { hojasExistentes: [HOJA], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };
const SIN_EJECUTADO = "la hoja no tiene columna de ejecutado";
const SIN_METAS = "el encabezado se reconoció pero no se leyó ninguna meta";

const DUDAS = [
  crearHallazgo("A-RECONOCIMIENTO-DUDOSO", HOJA, "A4", null, { motivo: SIN_EJECUTADO }),
  // A sheet that is not in the workbook written (another file): listed, not linked (as on Hallazgos).
  crearHallazgo("A-RECONOCIMIENTO-DUDOSO", "Hoja borrada", "A1", null, { motivo: SIN_METAS }),
];
const conDudas = planificar({ ...construirConsolidacion(), hallazgos: [...DUDAS, ...HALLAZGOS] }, CTX);
const h = hoja(conDudas, "resumen");

/** 0-based row of the first cell (column A) holding `texto`. */
function filaDe(texto: string, plan = conDudas): number {
  for (const [a1, v] of celdas(hoja(plan, "resumen"))) if (v === texto && a1.startsWith("A")) return parseDireccion(a1).fila;
  throw new Error(`sin ${texto}`);
}

describe("Resumen: «Reconocimiento dudoso» first (SPEC §3.6: shown before any figure)", () => {
  it("is the first block under the title and subtitle, listing each sheet with its reason", () => {
    const m = celdas(h);
    // Rows 1–2 are the title and the subtitle (every sheet has them); the doubts come next.
    const primeraTrasSubtitulo = [...m.entries()]
      .filter(([a1, v]) => parseDireccion(a1).fila > 1 && v !== null)
      .sort(([a], [b]) => parseDireccion(a).fila - parseDireccion(b).fila || parseDireccion(a).columna - parseDireccion(b).columna)[0];
    expect(primeraTrasSubtitulo).toEqual(["A4", "Reconocimiento dudoso"]);
    expect([m.get("A5"), m.get("B5")]).toEqual([HOJA, SIN_EJECUTADO]);
    expect([m.get("A6"), m.get("B6")]).toEqual(["Hoja borrada", SIN_METAS]);
  });

  it("the plan totals and every chart start below it", () => {
    const dudas = filaDe("Reconocimiento dudoso");
    const totales = filaDe("Totales del plan");
    expect(totales).toBeGreaterThan(dudas + DUDAS.length);
    for (const g of h.graficos) expect(parseDireccion(g.ancla).fila).toBeGreaterThanOrEqual(totales);
    expect(valorJuntoA(h, "Metas").valor).toBe(10);
  });

  it("each sheet links to the finding's cell, like the Hallazgos sheet; a sheet not written gets no link", () => {
    expect(h.vinculos.filter((v) => v.celda === "A5")).toEqual([{ celda: "A5", hoja: HOJA, destino: "A4", info: `Ir a ${HOJA}!A4` }]);
    expect(h.vinculos.some((v) => v.celda === "A6")).toBe(false);
  });

  it("every range it references lies inside a written block", () => {
    expect(rangosFueraDeBloques(conDudas)).toEqual([]);
  });

  it("is absent when recognition is sure: the totals come first", () => {
    const seguro = planificar(construirConsolidacion(), CTX);
    expect(filaDe("Totales del plan", seguro)).toBe(3);
    expect([...celdas(hoja(seguro, "resumen")).values()]).not.toContain("Reconocimiento dudoso");
  });
});

describe("dudasDeReconocimiento: the doubts the pane and the Resumen show (SPEC §3.6)", () => {
  it("keeps only A-RECONOCIMIENTO-DUDOSO, in order, with its reason and cell", () => {
    expect(dudasDeReconocimiento([...HALLAZGOS, ...DUDAS])).toEqual([
      { archivo: null, hoja: HOJA, motivo: SIN_EJECUTADO, celda: "A4" },
      { archivo: null, hoja: "Hoja borrada", motivo: SIN_METAS, celda: "A1" },
    ]);
  });

  it("without a motivo param the whole message is the reason", () => {
    const x = crearHallazgo("A-RECONOCIMIENTO-DUDOSO", HOJA, "A4", null);
    expect(dudasDeReconocimiento([x])).toEqual([{ archivo: null, hoja: HOJA, motivo: x.mensaje, celda: "A4" }]);
  });
});
