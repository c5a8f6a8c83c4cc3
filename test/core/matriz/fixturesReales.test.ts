/**
 * Real workbooks (../shared/fixtures/real/README.md): Tenjo's plan indicativo and Guatapé's
 * seguimiento. Skipped with a notice when a workbook is absent; failing under CI=true.
 */
import { leerLibro } from "../../../src/core/matriz/leerLibro";
import type { Lectura, MetaLeida } from "../../../src/core/matriz/tipos";
import { leerArchivo } from "../../../src/io/xlsx/leerArchivo";
import { valoresDelAnio } from "../../../src/core/matriz/anioDeMeta";
import { describeReal, rutaReal } from "../../helpers/fixturesReales";

const TENJO = "tenjo-plan-indicativo-2024-2027.xlsx";
const GUATAPE = "guatape-seguimiento-pa-pd-2026.xlsx";
const tenjo = rutaReal(TENJO);
const guatape = rutaReal(GUATAPE);

describeReal([TENJO], "Tenjo plan indicativo (README §1)", () => {
  let l: Lectura;
  const porCodigo = (c: number): MetaLeida | undefined => l.metas.find((m) => m.codigo === String(c));
  beforeAll(async () => {
    l = leerLibro(await leerArchivo(tenjo));
  }, 30_000);

  it("reads 331 metas on sheet PDM, header on row 1, dependency from RESPONSABLE", () => {
    const pdm = l.hojas.find((h) => h.hoja === "PDM");
    expect(pdm).toMatchObject({ reconocida: true, filaEncabezado: 1, metas: 331, fuenteDependencia: "columna" });
    expect(pdm?.columnas.find((c) => c.campo === "dependencia")?.letra).toBe("X");
    expect(l.metas.every((m) => m.hoja === "PDM")).toBe(true);
  });

  it("hidden helper sheets (Hoja 1, Nombre Eje, CONSOLIDADO PROGRAMAS) add no metas", () => {
    expect(l.hojas.filter((h) => h.hoja !== "PDM").map((h) => [h.hoja, h.reconocida, h.metas])).toEqual([
      ["Hoja 1", false, 0],
      ["CONSOLIDADO PROGRAMAS", false, 0],
      ["Nombre Eje", false, 0],
    ]);
  });

  it("even made visible, the helper sheets add no metas (their fragments lack a meta name or any programado/ejecutado)", async () => {
    const libro = await leerArchivo(tenjo);
    const visible = leerLibro({ ...libro, hojas: libro.hojas.map((h) => ({ ...h, visible: true })) });
    expect(visible.metas).toHaveLength(331);
    expect(visible.hojas.filter((h) => h.hoja !== "PDM").every((h) => !h.reconocida)).toBe(true);
  });

  it("15 dependencies, shown trimmed as first written (README §1.3)", () => {
    const deps = new Set(l.metas.map((m) => m.dependencia));
    expect(deps.size).toBe(15);
    expect(deps.has("Sec.  de Urbanismo")).toBe(true);
    expect(deps.has("Sec. de Planeación y Desarrollo Territorial")).toBe(true);
    expect(l.metas.filter((m) => m.dependencia === "Sec. Infraestructura y Obra Pública")).toHaveLength(58);
  });

  it("programado/ejecutado 2024 come from TOTAL PLANEADO / TOTAL EJECUTADO 2024 (AR/AS), SPEC §3.2 precedence", () => {
    const m = porCodigo(1);
    expect(valoresDelAnio(m, 2024)?.programado.celda).toBe("AR2");
    expect(valoresDelAnio(m, 2024)?.ejecutado.celda).toBe("AS2");
    expect(valoresDelAnio(m, 2024)?.metaAnio?.celda).toBe("AF2");
    // README §1.6 item 2: code 55 VALOR ESPERADO 2025 = 5300 vs TOTAL PLANEADO 2025 = 5.3
    expect(valoresDelAnio(porCodigo(55), 2025)?.programado.valor).toBeCloseTo(5.3, 9);
    expect(valoresDelAnio(porCodigo(55), 2025)?.metaAnio?.valor).toBe(5300);
  });

  it("73 metas are not programmed in 2024 (TOTAL PLANEADO 2024 blank or 0)", () => {
    const np = l.metas.filter((m) => {
      const p = valoresDelAnio(m, 2024)?.programado;
      return !p || p.valor === null || p.valor === 0;
    });
    expect(np).toHaveLength(73);
  });

  it("codes 39, 104, 155, 277, 294 have VALOR ESPERADO 2024 > 0 but TOTAL PLANEADO 2024 = 0: the total wins", () => {
    for (const c of [39, 104, 155, 277, 294]) {
      expect(valoresDelAnio(porCodigo(c), 2024)?.programado.valor).toBe(0);
      expect(valoresDelAnio(porCodigo(c), 2024)?.metaAnio?.valor).toBeGreaterThan(0);
    }
  });

  it("tipo from TENDENCIA INDICADOR: I 213 → SUMA, M 118 → CONSTANTE", () => {
    expect(l.metas.filter((m) => m.tipo === "SUMA")).toHaveLength(213);
    expect(l.metas.filter((m) => m.tipo === "CONSTANTE")).toHaveLength(118);
  });

  it("AVANCE 2024 (AT) is read as the reported % of the year, only for comparison", () => {
    const r = porCodigo(113)?.reportados.find((x) => x.anio === 2024 && x.alcance === "vigencia");
    expect(r?.celda).toBe("AT114");
    expect(r?.valor).toBeCloseTo(0.2, 6);
  });

  it("duplicated budget headers keep the first column (README §1.6 item 1)", () => {
    const dup = l.hallazgos.filter((h) => h.codigo === "A-COLUMNA-DUPLICADA").map((h) => h.celda);
    expect(dup).toEqual(expect.arrayContaining(["BV1", "BW1"]));
  });

  it("text in the meta's L.B is E-NO-NUMERICO at its cell (README §1.6 item 10)", () => {
    const t26 = l.hallazgos.find((h) => h.codigo === "E-NO-NUMERICO" && h.celda === "T26");
    expect(t26?.valor).toBe("2 km");
  });
});

describeReal([GUATAPE], "Guatapé seguimiento 2026 (README §2)", () => {
  let l: Lectura;
  beforeAll(async () => {
    l = leerLibro(await leerArchivo(guatape));
  }, 30_000);

  it("recognises every secretaría sheet on row 3 despite merged cells and '(diligenciar)' headers", () => {
    expect(l.hojas.map((h) => [h.hoja, h.reconocida, h.filaEncabezado])).toEqual([
      ["Sec. Gobierno", true, 3],
      ["Sec. Bienestar y Dllo Social", true, 3],
      ["Copia de Sec. Bienestar y Dllo ", true, 3],
      ["Sec. Turismo", true, 3],
      ["Sec. Planeación", true, 3],
      ["Sec. Medio Ambiente", true, 3],
    ]);
  });

  it("reads the Plan de Acción block: 237 activity rows without the copy (55 + 85 + 14 + 20 + 63)", () => {
    expect(l.hojas.map((h) => h.metas)).toEqual([55, 85, 0, 14, 20, 63]);
    expect(l.metas).toHaveLength(237);
    expect(l.hojas.every((h) => h.bloqueParalelo !== undefined)).toBe(true);
  });

  it("reports the 'Copia de …' sheet as A-HOJA-DUPLICADA of Sec. Bienestar", () => {
    const dup = l.hallazgos.filter((h) => h.codigo === "A-HOJA-DUPLICADA");
    expect(dup.map((h) => [h.hoja, h.params["original"]])).toEqual([["Copia de Sec. Bienestar y Dllo ", "Sec. Bienestar y Dllo Social"]]);
    expect(l.hojas[2]?.duplicadaDe).toBe("Sec. Bienestar y Dllo Social");
  });

  it("vigencia 2026 from the headers and corte T1 2026 from the merged title", () => {
    expect(l.anios).toEqual([2026]);
    expect(l.hojas[0]?.corteTitulo).toEqual({ fecha: "2026-03-31", trimestre: 1 });
  });

  it("recognises by header text: Sec. Planeación's columns are one to the right", () => {
    const col = (hoja: string, campo: string) => l.hojas.find((h) => h.hoja === hoja)?.columnas.find((c) => c.campo === campo)?.letra;
    expect([col("Sec. Gobierno", "ejecutado"), col("Sec. Planeación", "ejecutado")]).toEqual(["M", "N"]);
  });

  it("Bienestar M5 = 1038 against META 884, Mantenimiento (README §2.5)", () => {
    const m = l.metas.find((x) => x.hoja === "Sec. Bienestar y Dllo Social" && x.fila === 5);
    expect(m?.tipo).toBe("CONSTANTE");
    expect(valoresDelAnio(m, 2026)?.programado.valor).toBe(884);
    expect(valoresDelAnio(m, 2026)?.ejecutado.valor).toBe(1038);
    expect(m?.niveles.find((n) => n.nivel === "programa")?.codigo).toBe("020101");
  });

  it("the unit typed in the tipo column (Medio Ambiente J9 'Hectareas') is A-TIPO-DESCONOCIDO", () => {
    expect(l.hallazgos.filter((h) => h.codigo === "A-TIPO-DESCONOCIDO").map((h) => `${h.hoja}!${h.celda}`)).toEqual(["Sec. Medio Ambiente!J9"]);
  });
});
