/**
 * A real budget pivot (../shared/fixtures/real/README.md, La Dorada): its «EJECUCIÓN 2024 POR
 * SECTOR» sheet is a pivot «Etiquetas de fila | Suma de PRESUPUESTO DEFINITIVO | Suma de PRESUPUESTO
 * OBLIGADO». Expected figures are read from the grid in the test, not from the engine.
 */
import { consolidar } from "../../../src/core/calculo/consolidar";
import { consolidarPresupuesto } from "../../../src/core/calculo/presupuestoHojas";
import { presupuestoInforme } from "../../../src/core/informe/presupuesto";
import type { Libro } from "../../../src/core/grid/libro";
import { leerArchivo } from "../../../src/io/xlsx/leerArchivo";
import { describeReal, rutaReal } from "../../helpers/fixturesReales";

const LA_DORADA = "ladorada-cumplimiento-pdt-2024-2027.xlsx";
const PIVOTE = "EJECUCIÓN 2024 POR SECTOR";

describeReal([LA_DORADA], "La Dorada: the budget pivot by sector (SPEC §5.9, issue 13)", () => {
  let libro: Libro;
  beforeAll(async () => {
    libro = await leerArchivo(rutaReal(LA_DORADA));
  }, 30_000);

  /** The pivot's rows as the grid has them: a label in A, an amount in B, not the «Total general» row. */
  function filasDelGrid(): { etiqueta: string; presupuesto: number }[] {
    const h = libro.hojas.find((x) => x.nombre === PIVOTE);
    if (!h) throw new Error(`falta la hoja ${PIVOTE}`);
    return h.valores.flatMap((f) => {
      const [a, b] = f;
      return typeof a === "string" && typeof b === "number" && !/^total/i.test(a.trim()) ? [{ etiqueta: a, presupuesto: b }] : [];
    });
  }

  it("is a budget table by sector with one row per sector of the pivot, and no finding on it", () => {
    const c = consolidar(libro, { vigencia: 2024 });
    const h = c.hojas.find((x) => x.hoja === PIVOTE);
    expect(h?.presupuesto?.por).toBe("sector");
    expect(h?.presupuesto?.filas.length).toBe(filasDelGrid().length);
    expect(c.hallazgos.filter((x) => x.hoja === PIVOTE)).toEqual([]);
  });

  it("for 2024 every row joins a sector of the matrix, and the sheet's total is the pivot's Σ presupuestado (its Total general row unread)", () => {
    const p = consolidarPresupuesto(consolidar(libro, { vigencia: 2024 }));
    const pivote = p.hojas.find((x) => x.hoja === PIVOTE);
    expect(pivote?.nivel).toBe("sector");
    expect(pivote?.filas.filter((f) => f.grupo === null).map((f) => f.fila.nombre)).toEqual([]);
    expect(pivote?.total?.programado).toBeCloseTo(
      filasDelGrid().reduce((s, f) => s + f.presupuesto, 0),
      2,
    );
  });
  it("for 2025 (its default vigencia) the sectors take the sheet with 2025 figures, not the 2024 pivot before it, and the Informe has the plan's budget paragraph", () => {
    const c = consolidar(libro);
    expect(c.parametros.vigencia).toBe(2025);
    const p = consolidarPresupuesto(c);
    const sectores = p.niveles.find((n) => n.nivel === "sector");
    const hoja = p.hojas.find((h) => h.hoja === sectores?.hoja);
    expect(hoja?.hoja).not.toBe(PIVOTE);
    expect(hoja?.filas.length).toBeGreaterThan(0);
    expect(presupuestoInforme(c).plan).not.toBeNull();
  });
});
