import { calcularUna, type OpcionesMeta } from "./_meta";

const V2024 = { vigencia: 2024 } as const;

describe("% ejecución de la vigencia por tipo (SPEC §5.3)", () => {
  test.each<[string, OpcionesMeta, number]>([
    ["SUMA: c = E/P", { tipo: "SUMA", anios: { 2024: { p: 10, e: 8 } } }, 0.8],
    ["CONSTANTE: c = E/P", { tipo: "CONSTANTE", anios: { 2024: { p: 884, e: 919 } } }, 919 / 884],
    ["CRECIENTE con LB: c = (E − LB)/(P − LB)", { tipo: "CRECIENTE", lb: 60, anios: { 2024: { p: 65, e: 66 } } }, 6 / 5],
    ["CRECIENTE sin LB: c = E/P", { tipo: "CRECIENTE", anios: { 2024: { p: 65, e: 66 } } }, 66 / 65],
    ["CRECIENTE con P = LB: c = E/P", { tipo: "CRECIENTE", lb: 65, anios: { 2024: { p: 65, e: 66 } } }, 66 / 65],
    ["DECRECIENTE: c = (LB − E)/(LB − P)", { tipo: "DECRECIENTE", lb: 20, anios: { 2024: { p: 18, e: 19 } } }, 0.5],
    ["REPORTADA con E = 0 es 0 %, no sin reporte", { tipo: "SUMA", anios: { 2024: { p: 10, e: 0 } } }, 0],
  ])("%s", (_nombre, o, esperado) => {
    const { m } = calcularUna(o, V2024);
    expect(m.estado).toBe("REPORTADA");
    expect(m.pctVigencia.bruto).toBeCloseTo(esperado, 10);
  });

  it("DECRECIENTE sin línea base: sin valor y E-SIN-LINEA-BASE (SPEC §5.3)", () => {
    const { m, c } = calcularUna({ tipo: "DECRECIENTE", lb: null, fila: 40, anios: { 2024: { p: 18, e: 19 } } }, V2024);
    expect(m.pctVigencia.bruto).toBeNull();
    expect(c.hallazgos.filter((h) => h.codigo === "E-SIN-LINEA-BASE").map((h) => h.celda)).toEqual(["C40"]);
  });
});

describe("estado de la meta en el año (SPEC §5.2)", () => {
  test.each<[string, NonNullable<OpcionesMeta["anios"]>, string, string, string]>([
    ["P vacío → NO PROGRAMADA", { 2024: { p: null, e: null } }, "NO_PROGRAMADA", "Sin programación", "No programada"],
    ["P = 0 → NO PROGRAMADA", { 2024: { p: 0, e: null } }, "NO_PROGRAMADA", "Sin programación", "No programada"],
    ["P = NA → NO PROGRAMADA", { 2024: { p: "NA", e: null } }, "NO_PROGRAMADA", "Sin programación", "No programada"],
    ["E = NA (no aplica) → NO PROGRAMADA", { 2024: { p: 10, e: "NA" } }, "NO_PROGRAMADA", "Sin programación", "No programada"],
    ["año ausente → NO PROGRAMADA", { 2025: { p: 10, e: 5 } }, "NO_PROGRAMADA", "Sin programación", "No programada"],
    ["E vacío → SIN REPORTE, no un 0 % rojo", { 2024: { p: 10, e: null } }, "SIN_REPORTE", "Sin reporte", "Sin reporte"],
    ["E = ND → SIN REPORTE", { 2024: { p: 10, e: "ND" } }, "SIN_REPORTE", "Sin reporte", "Sin reporte"],
    ["P > 0 y E numérico → REPORTADA", { 2024: { p: 10, e: 10 } }, "REPORTADA", "Sobresaliente", "En cumplimiento"],
  ])("%s", (_n, anios, estado, semaforo, texto) => {
    const { m } = calcularUna({ anios }, V2024, { anios: [2024, 2025] });
    expect(m.estado).toBe(estado);
    expect(m.semaforo).toBe(semaforo);
    expect(m.estadoTexto).toBe(texto);
    if (estado !== "REPORTADA") expect(m.pctVigencia).toEqual({ bruto: null, acotado: null });
  });
});

describe("% al corte (SPEC §5.3)", () => {
  it("programado al corte 2.400.000 y ejecutado al corte 540.000 → 22,5 % (no 13,5 %)", () => {
    const { m } = calcularUna({ anios: { 2024: { p: 4_000_000, pc: 2_400_000, ec: 540_000, e: 540_000 } } }, { ...V2024, corte: "T1" });
    expect(m.pctVigencia.bruto).toBeCloseTo(0.225, 10);
    expect(m.programado).toBe(2_400_000);
  });

  it("programado al corte 60.000 y ejecutado 73.800 → 123 % sin tope, 100 % con tope", () => {
    const { m } = calcularUna({ anios: { 2024: { p: 100_000, pc: 60_000, e: 73_800 } } }, V2024);
    expect(m.pctVigencia.bruto).toBeCloseTo(1.23, 10);
    expect(m.pctVigencia.acotado).toBe(1);
  });

  test.each<[string, OpcionesMeta, string, number, number]>([
    ["SUMA: suma de los trimestres ≤ corte", { tipo: "SUMA", anios: { 2024: { p: 100, pt: [10, 20, 30, 40], et: [10, 15, null, null] } } }, "T2", 30, 25],
    ["CONSTANTE: nivel al corte", { tipo: "CONSTANTE", anios: { 2024: { p: 50, pt: [50, 50, 50, 50], et: [48, 49] } } }, "T2", 50, 49],
    [
      "CRECIENTE: último trimestre reportado ≤ corte",
      { tipo: "CRECIENTE", anios: { 2024: { p: 80, pt: [65, 70, 75, 80], et: [66, null, 90] } } },
      "T2",
      70,
      66,
    ],
    ["fecha 2024-08-15 cubre T1 y T2", { tipo: "SUMA", anios: { 2024: { p: 100, pt: [10, 20, 30, 40], et: [10, 20, 5] } } }, "2024-08-15", 30, 30],
    [
      "corte al fin del año: el total del año, no los trimestres",
      { tipo: "SUMA", anios: { 2024: { p: 90, e: 81, pt: [10, 20, 30, 40], et: [10, 20, 30, 40] } } },
      "2024-12-31",
      90,
      81,
    ],
  ])("%s", (_n, o, corte, p, e) => {
    const { m } = calcularUna(o, { ...V2024, corte });
    expect(m.programado).toBe(p);
    expect(m.ejecutado).toBe(e);
    expect(m.pctVigencia.bruto).toBeCloseTo(e / p, 10);
  });
});
