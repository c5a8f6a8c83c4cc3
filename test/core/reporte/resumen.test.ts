/** Resumen (SPEC §6): plan totals with semáforo, esperado vs real, parameters, sources, the run. */
import { COLOR_SIN_PROGRAMACION, COLOR_SIN_REPORTE } from "../../../src/core/calculo/semaforo";
import { planificar, type ContextoPlan } from "../../../src/core/reporte/planificar";
import { construirConsolidacion, ESPECS, SEMAFORO_MUNICIPAL } from "./_consolidacion";
import { contiene, parseRango } from "../../../src/core/grid/rango";
import { celdaDeTabla, celdas, formatosDe, hoja, registros, valorJuntoA } from "./_plan";

const CTX: ContextoPlan = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:30:00Z", duracionMs: 1250 };
const plan = planificar(construirConsolidacion(), CTX);
const h = hoja(plan, "resumen");

/** 2025 ratios of the builder's matrix, by hand: P and E of column 2025 (null = not programmed). */
const PCT_2025: (number | null)[] = [0.8, 0.4, 0, 8 / 5, 0.99, 0.54, null, 1, 0.56, 0.805];

describe("Resumen: plan totals (SPEC §5.7)", () => {
  const programadas = PCT_2025.filter((x): x is number => x !== null);
  it.each([
    ["Metas", ESPECS.length, "#,##0"],
    ["Programadas en la vigencia", programadas.length, "#,##0"],
    ["Con reporte", ESPECS.filter((e) => (e.P[1] ?? 0) > 0 && e.E[1] !== null).length, "#,##0"],
    ["Sin reporte", 1, "#,##0"],
    ["No programadas", 1, "#,##0"],
    ["Ejecución sin programación", 1, "#,##0"],
    ["Sobreejecutadas (más de 100 %)", 1, "#,##0"],
    ["Bajo 50 %", 1, "#,##0"],
  ])("%s = %d, formatted %s", (etiqueta, valor, fmt) => {
    const v = valorJuntoA(h, etiqueta);
    expect(v.valor).toBe(valor);
    expect(formatosDe(h, v.celda)).toContain(fmt);
  });

  it("% ejecución de la vigencia is the capped mean over programmed metas, with semáforo colours", () => {
    const v = valorJuntoA(h, "% ejecución de la vigencia");
    expect(v.valor).toBeCloseTo(programadas.map((x) => Math.min(x, 1)).reduce((a, b) => a + b, 0) / programadas.length, 12);
    expect(formatosDe(h, v.celda)).toContain("0.0%");
    expect(h.condicionales.filter((r) => r.rango === v.celda && r.tipo === "valor")).toHaveLength(SEMAFORO_MUNICIPAL.niveles.length);
  });

  it("the plan's semáforo name is shown and coloured by level", () => {
    const v = valorJuntoA(h, "Semáforo");
    expect(v.valor).toBe("Aceptable"); // mean 6,095 / 9 = 67,7 % → 68 → Aceptable
    expect(h.condicionales.some((r) => r.rango === v.celda && r.tipo === "texto" && r.igualA === "Aceptable")).toBe(true);
  });
});

describe("Resumen: metas por nivel de semáforo", () => {
  const filas = registros(h, "Seg_Metas_Semaforo");
  it("counts every level, top first, then the grey states", () => {
    // by hand from PCT_2025 (rounded, capped): ≥ 81 → Sobresaliente, ≥ 56 → Aceptable, else Bajo
    expect(filas.map((f) => [f["Nivel de semáforo"], f["Metas"]])).toEqual([
      ["Sobresaliente", 4],
      ["Aceptable", 2],
      ["Bajo", 2],
      ["Sin reporte", 1],
      ["Sin programación", 1],
    ]);
  });

  it("has a column chart with semáforo colours per point", () => {
    const g = h.graficos.find((x) => x.id === "resumen-metas-semaforo")!;
    expect(g.tipo).toBe("columnas");
    expect(g.titulo).toBe("Metas por nivel de semáforo (vigencia 2025)");
    expect(g.series[0]!.coloresPuntos).toEqual(["#63BE7B", "#FFEB84", "#F8696B", COLOR_SIN_REPORTE, COLOR_SIN_PROGRAMACION]);
    expect(g.ejeValores.formato).toBe("#,##0");
  });

  it("esperado vs real: both values and a chart", () => {
    expect(valorJuntoA(h, "Esperado a la fecha").valor).toBeCloseTo(0.5, 12); // every meta planned 50 % by 2025
    const g = h.graficos.find((x) => x.id === "resumen-esperado-real")!;
    expect(g.ejeValores).toEqual({ formato: "0%", minimo: 0, maximo: 1, titulo: "% de avance", unidad: null });
  });
});

describe("Resumen: parameters used and sources read (SPEC §6, §8)", () => {
  it.each([
    ["Vigencia", 2025],
    // the builder's parameters say the vigencia was given (SPEC §8: which year and why)
    ["Por qué esta vigencia", "se indicó en los ajustes"],
    ["Corte", 46022], // 2025-12-31 as an Excel serial date
    ["Trimestre de corte", null],
    ["Cuatrienio", "2024–2027"],
    ["Tope", "Tope del 100 %"],
    ["Avance esperado", "Por programación"],
    ["Ponderación", "Iguales por meta"],
    ["Redondeo del semáforo (decimales)", 0],
  ])("%s: %j", (etiqueta, valor) => {
    expect(valorJuntoA(h, etiqueta).valor).toBe(valor);
  });

  it("the corte is a date formatted yyyy-mm-dd", () => {
    expect(formatosDe(h, valorJuntoA(h, "Corte").celda)).toContain("yyyy-mm-dd");
  });

  it("the preset and its bands are written, each band filled with its colour", () => {
    expect(valorJuntoA(h, "Preset del semáforo").valor).toBe("municipal-3");
    const bandas = registros(h, "Seg_Semaforo");
    expect(bandas.map((b) => [b["Nivel del semáforo"], b["Desde"], b["Color"]])).toEqual([
      ["Sobresaliente", 0.81, "#63BE7B"],
      ["Aceptable", 0.56, "#FFEB84"],
      ["Bajo", 0, "#F8696B"],
    ]);
    expect(h.estilos.filter((e) => e.relleno === "#63BE7B")).toHaveLength(1);
  });

  it("each band's Color cell shows its colour as the cell's fill, the hex written on it in a readable font", () => {
    registros(h, "Seg_Semaforo").forEach((b, i) => {
      const celda = parseRango(celdaDeTabla(h, "Seg_Semaforo", "Color", i));
      const estilos = h.estilos.filter((e) => contiene(parseRango(e.rango), celda));
      expect(estilos.map((e) => e.relleno)).toContain(b["Color"]);
      expect(estilos.every((e) => e.relleno === undefined || e.colorFuente !== undefined)).toBe(true);
    });
  });

  it("the sources: files, sheets, metas per sheet, sheets without matrix and duplicated sheets", () => {
    expect(valorJuntoA(h, "Archivos").valor).toBe("plan.xlsx");
    expect(registros(h, "Seg_Fuentes").map((f) => [f["Hoja"], f["Matriz reconocida"], f["Fila de encabezado"], f["Metas"], f["Observación"]])).toEqual([
      ["PDM", "Sí", 4, 10, null],
      ["Copia de PDM", "Sí", 4, 10, "Repite las metas de «PDM»: se cuentan una sola vez"],
      ["Instrucciones", "No", null, 0, "Hoja sin matriz"],
    ]);
  });

  it("the run: date as an Excel date-time, duration in seconds", () => {
    const fecha = valorJuntoA(h, "Fecha de ejecución");
    expect(fecha.valor).toBeCloseTo(46053 + 10.5 / 24, 9); // 2026-01-31 10:30 UTC
    expect(formatosDe(h, fecha.celda)).toContain("yyyy-mm-dd hh:mm");
    expect(valorJuntoA(h, "Duración (segundos)").valor).toBe(1.25);
  });

  it("an unknown duration stays blank", () => {
    expect(valorJuntoA(hoja(planificar(construirConsolidacion(), { ...CTX, duracionMs: null }), "resumen"), "Duración (segundos)").valor).toBeNull();
  });

  it("has a title in Spanish, bold and large", () => {
    expect(celdas(h).get("A1")).toBe("Informe de seguimiento al plan de desarrollo");
    expect(h.estilos).toContainEqual(expect.objectContaining({ rango: "A1", negrita: true, tamano: 16 }));
  });
});
