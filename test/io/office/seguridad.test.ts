/**
 * Consolidar never damages the workbook (SPEC §6, issue #5 "Safety" and "Errors"): input
 * sheets untouched, idempotent, all-or-nothing under a failure at any sync, user sheets
 * with owned names kept, and every Office failure a Spanish ErrorExcel with no partial output.
 */
import type { WorkbookPlan } from "../../../src/core/reporte/plan";
import { ExcelFalso, type Instantanea } from "../../../src/simulador";
import { ErrorExcel, escribirPlanExcel } from "../../../src/io/office";
import { vacia } from "../xlsx/_plan";
import { consolidarEnFalso, falsoDelEjemplo, planDelFalso } from "./_ayuda";
import { contenido, sinIds } from "./_estados";

async function errorDe(p: Promise<unknown>): Promise<ErrorExcel> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ErrorExcel) return e;
    throw e;
  }
  throw new Error("se esperaba un ErrorExcel");
}

function hojaPlan(nombre: string, valores: WorkbookPlan["hojas"][number]["bloques"][number]["valores"]): WorkbookPlan["hojas"][number] {
  return { clave: "resumen", nombre, bloques: [{ inicio: "A1", valores }], ...vacia() };
}

const ENTRADAS = ["PDM 2024-2027", "SEC. SALUD", "Instrucciones"];

/** 40 kB per sync: the bundled example then spans ~20 syncs, so every phase can be interrupted. */
const PEQUENO = 40_000;

describe("safety of Consolidar through the adapter", () => {
  let inicial: Instantanea;
  let primera: Instantanea;
  let syncsPrimera: number;

  beforeAll(async () => {
    const f = await falsoDelEjemplo();
    inicial = f.instantanea();
    await consolidarEnFalso(f, PEQUENO);
    primera = f.instantanea();
    syncsPrimera = f.totalSyncs;
  }, 60_000);

  it("input sheets are identical after Consolidar (values, formulas, formats, merges)", () => {
    for (const n of ENTRADAS) expect(primera.hojas.find((h) => h.nombre === n)).toEqual(inicial.hojas.find((h) => h.nombre === n));
  });

  it("a second run leaves the workbook identical to the first run", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    await consolidarEnFalso(f);
    // The replaced sheets are new sheets, so only their ids in the record differ.
    expect(sinIds(f.instantanea())).toEqual(sinIds(primera));
  });

  it("records the owned sheets in the workbook settings (SPEC §6)", () => {
    const registro = JSON.parse(primera.ajustes["seguimiento.hojasPropias"] ?? "{}") as { hojas: Record<string, string> };
    expect(Object.keys(registro.hojas).sort()).toEqual(
      primera.hojas
        .map((h) => h.nombre)
        .filter((n) => !ENTRADAS.includes(n))
        .sort(),
    );
  });

  /** Either the error and the workbook exactly as before, or no error and the new report in place (issue #12). */
  async function resultado(f: ExcelFalso, antes: Instantanea, despues: Instantanea, k: number): Promise<void> {
    let error: ErrorExcel | null = null;
    try {
      await consolidarEnFalso(f, PEQUENO);
    } catch (e) {
      if (!(e instanceof ErrorExcel)) throw e;
      error = e;
    }
    if (error) {
      expect({ k, mensaje: /quedó como estaba|No se escribió nada|no se leyó|Excel/i.test(error.message) }).toEqual({ k, mensaje: true });
      expect({ k, libro: sinIds(f.instantanea()) }).toEqual({ k, libro: sinIds(antes) });
    } else expect({ k, libro: contenido(f.instantanea()) }).toEqual({ k, libro: contenido(despues) });
  }

  it("a failure injected at the k-th sync of a first run leaves the workbook as before or the report in place, for every k", async () => {
    expect(syncsPrimera).toBeGreaterThan(10);
    for (let k = 1; k <= syncsPrimera; k++) await resultado(await falsoDelEjemplo({ fallarEnSync: { n: k, codigo: "GeneralException" } }), inicial, primera, k);
  }, 120_000);

  it("a failure injected at the k-th sync of a re-run keeps the previous output or puts the new one, for every k", async () => {
    const base = await falsoDelEjemplo({ modo: "escritorio" });
    await consolidarEnFalso(base);
    const antes = base.totalSyncs;
    const previo = base.instantanea();
    await consolidarEnFalso(base, PEQUENO);
    const syncsRerun = base.totalSyncs - antes;
    const nuevo = base.instantanea();
    expect(syncsRerun).toBeGreaterThan(10);
    for (let k = 1; k <= syncsRerun; k++) {
      const f = await falsoDelEjemplo();
      await consolidarEnFalso(f);
      f.opciones.fallarEnSync = { n: f.totalSyncs + k, codigo: "InvalidArgument" };
      await resultado(f, previo, nuevo, k);
    }
  }, 120_000);

  it("texts that look like formulas, numbers, dates or booleans are written as text (SPEC §4)", async () => {
    const f = new ExcelFalso();
    f.cargarLibro({ cultura: { nombre: "es-CO", decimal: ",", miles: "." }, hojas: [{ nombre: "Datos usuario", valores: [[1]], combinadas: [] }] });
    const textos = ["=SUMA(A1:A3)", "+57 300 000", "-", "@usuario", "0012", "2021-09-30", "50%", "VERDADERO", "'citado"];
    const plan: WorkbookPlan = {
      hojas: [
        hojaPlan("Resumen", [
          [{ texto: "=B2" }, ...textos],
          [1, "normal", true, null, 0.5, "x", "y", "z", "w", "v"],
        ]),
      ],
      eliminar: [],
      propiedad: { hojas: { Resumen: "resumen" } },
    };
    await escribirPlanExcel(f.entorno, plan);
    const h = f.hoja("Resumen");
    expect(h.formulas.size).toBe(0);
    expect(h.valores[0]).toEqual(["=B2", ...textos]);
    expect([0, 1, 2, 3, 4].map((c) => h.valor(1, c))).toEqual([1, "normal", true, null, 0.5]);
  });

  it("a user sheet named like an owned one survives and the output goes to «Resumen (2)» (SPEC §6)", async () => {
    const f = await falsoDelEjemplo();
    f.agregarHoja("Resumen", [["Mis notas", 42]]);
    const suya = f.instantanea().hojas.find((h) => h.nombre === "Resumen");
    const plan = await consolidarEnFalso(f);
    expect(plan.hojas[0]?.nombre).toBe("Resumen (2)");
    await consolidarEnFalso(f);
    expect(f.instantanea().hojas.find((h) => h.nombre === "Resumen")).toEqual(suya);
    expect(
      f
        .instantanea()
        .hojas.filter((h) => h.nombre.startsWith("Resumen"))
        .map((h) => h.nombre),
    ).toEqual(["Resumen", "Resumen (2)"]);
  });
});

describe("Office errors become a Spanish ErrorExcel and leave no partial output", () => {
  it("a protected owned sheet: refused before writing anything", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    f.hoja("Resumen").protegida = true;
    const antes = f.instantanea();
    const e = await errorDe(consolidarEnFalso(f));
    expect(e.codigo).toBe("F-EXCEL-HOJA-PROTEGIDA");
    expect(e.message).toMatch(/protegida.*Resumen.*No se escribió nada/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a protected workbook structure: refused before writing anything", async () => {
    const f = await falsoDelEjemplo();
    f.modelo.protegido = true;
    const antes = f.instantanea();
    const e = await errorDe(consolidarEnFalso(f));
    expect(e.codigo).toBe("F-EXCEL-LIBRO-PROTEGIDO");
    expect(e.message).toMatch(/protegida/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a cell in edit mode: asks to finish editing; nothing written", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    const antes = f.instantanea();
    f.opciones.edicion = true;
    const e = await errorDe(escribirPlanExcel(f.entorno, plan));
    expect(e.codigo).toBe("F-EXCEL-EDICION-CELDA");
    expect(e.message).toMatch(/editando una celda/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a payload over the web limit (one row above 5 MB): limit message; temporaries removed", async () => {
    const f = await falsoDelEjemplo();
    const antes = f.instantanea();
    const fila = Array.from({ length: 200 }, () => "x".repeat(30_000));
    const titulo = ["Título", ...Array<null>(199).fill(null)];
    const plan: WorkbookPlan = { hojas: [hojaPlan("Resumen", [titulo, fila])], eliminar: [], propiedad: { hojas: { Resumen: "resumen" } } };
    const e = await errorDe(escribirPlanExcel(f.entorno, plan));
    expect(e.codigo).toBe("F-EXCEL-LIMITE-DATOS");
    expect(e.message).toMatch(/5 MB.*quedó como estaba/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a sync that never returns: a Spanish timeout message instead of a pane that spins forever", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    f.opciones.colgarEnSync = f.totalSyncs + 2;
    const e = await errorDe(escribirPlanExcel(f.entorno, plan, undefined, { esperaMs: 50 }));
    expect(e.codigo).toBe("F-EXCEL-SIN-RESPUESTA");
    expect(e.message).toMatch(/no respondió.*SegTmp/);
  });

  it("an unsupported API set (below ExcelApi 1.7): message, no sync at all", async () => {
    const f = await falsoDelEjemplo({ versionApi: "1.6" });
    const antes = f.instantanea();
    const e = await errorDe(consolidarEnFalso(f));
    expect(e.codigo).toBe("F-EXCEL-API-NO-SOPORTADA");
    expect(e.message).toMatch(/ExcelApi 1\.7/);
    expect(f.totalSyncs).toBe(0);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a user table holding a plan table's name: refused before writing anything", async () => {
    const f = await falsoDelEjemplo();
    const plan = await planDelFalso(f);
    const nombre = plan.hojas.flatMap((h) => h.tablas)[0]?.nombre ?? "";
    f.hoja("Instrucciones").tablas.push({ nombre, rango: "A1:B2", estilo: "TableStyleLight1", totales: false });
    const antes = f.instantanea();
    const e = await errorDe(escribirPlanExcel(f.entorno, plan));
    expect(e.codigo).toBe("F-EXCEL-NOMBRE-OCUPADO");
    expect(e.message).toContain(nombre);
    expect(f.instantanea()).toEqual(antes);
  });
});
