/**
 * The swap can always be undone (issue #12 §1, §2): a failure at any operation of any sync of a
 * write — Excel keeps the operations before the failing one — leaves the workbook as before with
 * a message that says so, or the new report in place; ownership follows Worksheet.id; leftovers
 * of a run that died are neither read nor kept.
 */
import type { HojaPlan, WorkbookPlan } from "../../../src/core/reporte/plan";
import { ExcelFalso, type Instantanea } from "../../../src/simulador";
import { ErrorExcel, escribirPlanExcel, leerLibroExcel } from "../../../src/io/office";
import { parseDireccion } from "../../../src/core/grid/direccion";
import { vacia } from "../xlsx/_plan";
import { consolidarEnFalso, falsoDelEjemplo, planDelFalso } from "./_ayuda";
import { contenido, sinIds } from "./_estados";

function plan(valor: number): WorkbookPlan {
  const resumen: HojaPlan = {
    ...vacia(),
    clave: "resumen",
    nombre: "Resumen",
    bloques: [
      {
        inicio: "A1",
        valores: [
          ["Título", "Valor"],
          ["Total", valor],
          ["Ver datos", null],
        ],
      },
    ],
    formatos: [{ rango: "B2", formato: "0.0%" }],
    vinculos: [{ celda: "A3", hoja: "Datos", destino: "A1", info: "Datos" }],
    anchos: [{ columna: 0, ancho: 20 }],
    altos: [],
    inmovilizar: { filas: 1, columnas: 0 },
  };
  const datos: HojaPlan = {
    ...vacia(),
    clave: "datos",
    nombre: "Datos",
    bloques: [
      {
        inicio: "A1",
        valores: [
          ["Meta", "Avance"],
          ["(15)", valor],
          ["15-ene", 0.5],
        ],
      },
    ],
    tablas: [{ nombre: "T_Datos", rango: "A1:B3", estilo: "TableStyleMedium2", totales: false }],
  };
  return { hojas: [resumen, datos], eliminar: [], propiedad: { hojas: { Resumen: "resumen", Datos: "datos" } } };
}

function libroUsuario(): ExcelFalso {
  const f = new ExcelFalso({ modo: "web" });
  f.agregarHoja("PDM", [
    ["Meta", "Programado"],
    ["Vías", 10],
  ]);
  return f;
}

async function intentar(f: ExcelFalso, p: WorkbookPlan): Promise<ErrorExcel | null> {
  try {
    await escribirPlanExcel(f.entorno, p);
    return null;
  } catch (e) {
    if (e instanceof ErrorExcel) return e;
    throw e;
  }
}

/** Operations per sync of an undisturbed write, after `preparar` (the first run, for a re-run). */
async function operaciones(preparar: (f: ExcelFalso) => Promise<void>, p: WorkbookPlan): Promise<{ despues: Instantanea; ops: number[] }> {
  const f = libroUsuario();
  await preparar(f);
  const desde = f.totalSyncs;
  await escribirPlanExcel(f.entorno, p);
  return { despues: f.instantanea(), ops: f.syncsDesde(desde).map((r) => r.operaciones) };
}

describe.each([
  ["first run", (): Promise<void> => Promise.resolve()],
  ["re-run", async (f: ExcelFalso): Promise<void> => void (await escribirPlanExcel(f.entorno, plan(1)))],
] as const)("a failure at every operation of every sync of a %s (web mode)", (_nombre, preparar) => {
  it("leaves the workbook exactly as before with «quedó como estaba», or the new report in place", async () => {
    const { despues, ops } = await operaciones(preparar, plan(2));
    expect(ops.length).toBe(5);
    let antes: Instantanea | null = null;
    const vistos = { antes: 0, despues: 0 };
    for (const [s, n] of ops.entries())
      for (let k = 1; k <= n; k++) {
        const f = libroUsuario();
        await preparar(f);
        antes ??= f.instantanea();
        f.opciones.fallarEnOperacion = { sync: f.totalSyncs + s + 1, operacion: k, codigo: "GeneralException" };
        const e = await intentar(f, plan(2));
        const donde = { sync: s + 1, k };
        if (e) {
          vistos.antes++;
          expect({ donde, mensaje: /quedó como estaba|No se escribió nada/.test(e.message) }).toEqual({ donde, mensaje: true });
          expect({ donde, libro: sinIds(f.instantanea()) }).toEqual({ donde, libro: sinIds(antes) });
        } else {
          vistos.despues++;
          expect({ donde, libro: contenido(f.instantanea()) }).toEqual({ donde, libro: contenido(despues) });
          // Backups whose deletion failed are listed, so the next run removes them.
          f.opciones.fallarEnOperacion = null;
          await escribirPlanExcel(f.entorno, plan(2));
          expect({ donde, hojas: f.modelo.hojas.map((h) => h.nombre) }).toEqual({ donde, hojas: ["PDM", "Resumen", "Datos"] });
        }
      }
    // Both outcomes happen: failures up to the swap undo it, failures after it are warnings.
    expect(vistos.antes).toBeGreaterThan(10);
    expect(vistos.despues).toBeGreaterThan(0);
  }, 120_000);
});

describe("the swap checks every name against sheets, tables and defined names", () => {
  it("a defined name equal to a plan table: refused before writing anything", async () => {
    const f = libroUsuario();
    f.modelo.nombresDefinidos.push("t_datos");
    const antes = f.instantanea();
    const e = await intentar(f, plan(1));
    expect(e?.codigo).toBe("F-EXCEL-NOMBRE-OCUPADO");
    expect(e?.message).toMatch(/T_Datos.*nombre definido.*No se escribió nada/);
    expect(f.instantanea()).toEqual(antes);
  });

  it("a defined name added while the sheets are written: found in the last write sync, the workbook restored", async () => {
    const f = libroUsuario();
    await escribirPlanExcel(f.entorno, plan(1));
    const antes = f.instantanea();
    const primera = f.totalSyncs + 1;
    f.opciones.entreSyncs = (n) => void (n === primera && f.modelo.nombresDefinidos.push("T_Datos_x", "T_DATOS"));
    const e = await intentar(f, plan(2));
    f.modelo.nombresDefinidos.length = 0;
    expect(e?.message).toMatch(/nombre definido «T_Datos».*quedó como estaba/);
    expect(sinIds(f.instantanea())).toEqual(sinIds(antes));
  });

  it("a user sheet added under a backup name while writing: the run stops and nothing changes", async () => {
    const f = libroUsuario();
    await escribirPlanExcel(f.entorno, plan(1));
    const antes = f.instantanea();
    const primera = f.totalSyncs + 1;
    f.opciones.entreSyncs = (n) => void (n === primera && f.agregarHoja("SegRes1"));
    const e = await intentar(f, plan(2));
    // Found by the check, or by Excel itself when the copy of a refreshed sheet takes that name.
    expect(e?.message).toMatch(/(hoja «SegRes1»|Ya existe en el libro una hoja).*quedó como estaba/);
    expect(sinIds(f.instantanea()).hojas.filter((h) => h.nombre !== "SegRes1")).toEqual(sinIds(antes).hojas);
  });

  it("a very hidden owned sheet is made deletable and replaced", async () => {
    const f = libroUsuario();
    await escribirPlanExcel(f.entorno, plan(1));
    f.hoja("Datos").visibilidad = "VeryHidden";
    await escribirPlanExcel(f.entorno, plan(2));
    expect(f.modelo.hojas.map((h) => h.nombre)).toEqual(["PDM", "Resumen", "Datos"]);
    expect(f.hoja("Datos").valor(1, 1)).toBe(2);
  });
});

describe("ownership by Worksheet.id (issue #12 §2)", () => {
  it("a user sheet renamed to an owned name after ours was deleted is never replaced nor read as owned", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    f.modelo.hojas = f.modelo.hojas.filter((h) => h.nombre !== "Resumen");
    f.hoja("Instrucciones").nombre = "Resumen";
    const suya = f.instantanea().hojas.find((h) => h.nombre === "Resumen");
    const leido = await leerLibroExcel(f.entorno);
    expect(leido.libro.hojas.map((h) => h.nombre)).toContain("Resumen");
    const p = await consolidarEnFalso(f);
    expect(p.hojas[0]?.nombre).toBe("Resumen (2)");
    expect(f.instantanea().hojas.find((h) => h.nombre === "Resumen")).toEqual(suya);
  });

  it("an owned sheet the user renamed is still ours: replaced under its new name, not read as input", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    f.hoja("Alertas").nombre = "Mis alertas";
    const leido = await leerLibroExcel(f.entorno);
    expect(leido.libro.hojas.map((h) => h.nombre)).not.toContain("Mis alertas");
    await consolidarEnFalso(f);
    expect(f.modelo.hojas.filter((h) => /alertas/i.test(h.nombre)).map((h) => h.nombre)).toEqual(["Mis alertas"]);
  });

  it("after a reopen (new ids) the record's names are trusted and no «(2)» sheet appears", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    const nombres = f.modelo.hojas.map((h) => h.nombre);
    f.modelo.nuevaSesion();
    await consolidarEnFalso(f);
    expect(f.modelo.hojas.map((h) => h.nombre)).toEqual(nombres);
  });

  it("a listed leftover temporary is neither read nor kept; an unlisted «SegTmp7» is the user's", async () => {
    const f = await falsoDelEjemplo();
    await consolidarEnFalso(f);
    f.agregarHoja("SegTmp1", [
      ["Meta", "Programado", "Ejecutado"],
      ["basura", 1, 1],
    ]);
    f.agregarHoja("SegTmp7", [["mío"]]);
    f.modelo.ajustes.set("seguimiento.temporales", JSON.stringify(["SegTmp1"]));
    const leido = await leerLibroExcel(f.entorno);
    expect(leido.libro.hojas.map((h) => h.nombre)).not.toContain("SegTmp1");
    expect(leido.libro.hojas.map((h) => h.nombre)).toContain("SegTmp7");
    const p = await planDelFalso(f);
    await escribirPlanExcel(f.entorno, p);
    expect(f.modelo.buscar("SegTmp1")).toBeUndefined();
    expect(f.hoja("SegTmp7").valores).toEqual([["mío"]]);
  });
});

describe("tables of the plan (issue #12 §5)", () => {
  it("have unique, non-empty headers, so Excel never renames a header cell the plan wrote", async () => {
    const p = await planDelFalso(await falsoDelEjemplo());
    const tablas = p.hojas.flatMap((h) => h.tablas.map((t) => ({ h, t })));
    expect(tablas.length).toBeGreaterThan(2);
    for (const { h, t } of tablas) {
      const [inicio = "A1", fin = inicio] = t.rango.split(":");
      const a = parseDireccion(inicio);
      const b = parseDireccion(fin);
      const bloque = h.bloques.find((x) => {
        const o = parseDireccion(x.inicio);
        return o.fila <= a.fila && a.fila < o.fila + x.valores.length;
      });
      const o = parseDireccion(bloque?.inicio ?? "A1");
      const cabecera = Array.from({ length: b.columna - a.columna + 1 }, (_, i) => bloque?.valores[a.fila - o.fila]?.[a.columna - o.columna + i]);
      const textos = cabecera.map((v) => (typeof v === "object" && v !== null ? v.texto : String(v ?? "")).toLowerCase());
      expect({ tabla: t.nombre, vacias: textos.filter((x) => x === "").length, repetidas: textos.length - new Set(textos).size }).toEqual({
        tabla: t.nombre,
        vacias: 0,
        repetidas: 0,
      });
    }
  });
});

describe("a cancel during the write (the pane's Cancelar throws from the progress callback)", () => {
  it("undoes what was written and rethrows the cancel itself", async () => {
    const f = await falsoDelEjemplo();
    const p = await planDelFalso(f);
    const antes = f.instantanea();
    const cancelado = new Error("cancelado");
    const escritura = escribirPlanExcel(
      f.entorno,
      p,
      (fr) => {
        if (fr > 0) throw cancelado;
      },
      { cargaPorSync: 40_000 },
    );
    await expect(escritura).rejects.toBe(cancelado);
    expect(f.instantanea()).toEqual(antes);
  });
});

describe("refresh in place (issue #12 §3)", () => {
  it("a user formula ='Resumen'!B13 survives three re-runs and shows each run's new value; the sheets keep their ids", async () => {
    const f = libroUsuario();
    await escribirPlanExcel(f.entorno, plan(1));
    const ids = f.modelo.hojas.map((h) => h.id);
    f.agregarHoja("Tablero");
    f.editarCelda("Tablero", "A1", "='Resumen'!B2");
    for (const valor of [2, 3, 4]) {
      await escribirPlanExcel(f.entorno, plan(valor));
      expect({ valor, formula: f.hoja("Tablero").formulas.get("0,0"), visto: f.hoja("Tablero").valor(0, 0) }).toEqual({
        valor,
        formula: "='Resumen'!B2",
        visto: valor,
      });
    }
    expect(f.modelo.hojas.filter((h) => h.nombre !== "Tablero").map((h) => h.id)).toEqual(ids);
    expect(f.modelo.hojas.map((h) => h.nombre)).toEqual(["PDM", "Resumen", "Datos", "Tablero"]);
    expect(f.hoja("Datos").tablas.map((t) => t.nombre)).toEqual(["T_Datos"]);
  });

  it("a failure after the kept sheet was touched recovers it from its copy and says the user's references show #REF!", async () => {
    const f = libroUsuario();
    await escribirPlanExcel(f.entorno, plan(1));
    const antes = f.instantanea();
    const desde = f.totalSyncs;
    const g = libroUsuario();
    await escribirPlanExcel(g.entorno, plan(1));
    await escribirPlanExcel(g.entorno, plan(2));
    // The swap sync is the third-last one of a run (then backups, then cosmetics); fail at its last operation.
    const syncs = g.syncsDesde(desde);
    const intercambio = syncs[syncs.length - 3];
    f.opciones.fallarEnOperacion = { sync: desde + syncs.length - 2, operacion: intercambio?.operaciones ?? 1, codigo: "GeneralException" };
    const e = await intentar(f, plan(2));
    expect(e?.message).toMatch(/quedó como estaba, salvo que «Resumen», «Datos» se recuperaron de sus copias: .*#REF!/);
    expect(sinIds(f.instantanea())).toEqual(sinIds(antes));
  });

  it("without ExcelApi 1.9 (no Range.copyFrom) the sheets are replaced, as before", async () => {
    const f = new ExcelFalso({ modo: "web", versionApi: "1.8" });
    f.agregarHoja("PDM", [["Meta"]]);
    await escribirPlanExcel(f.entorno, plan(1));
    const ids = f.modelo.hojas.map((h) => h.id);
    await escribirPlanExcel(f.entorno, plan(2));
    expect(f.modelo.hojas.map((h) => h.nombre)).toEqual(["PDM", "Resumen", "Datos"]);
    expect(f.modelo.hojas.map((h) => h.id).slice(1)).not.toEqual(ids.slice(1));
    expect(f.hoja("Resumen").valor(1, 1)).toBe(2);
  });
});
