/** The fake Excel behaves like Office.js (../shared/reference/office-addin-notes.md §3, §8 "The fake"). */
import { ExcelFalso, ErrorOfficeFalso, LIMITE_PAYLOAD } from "../../../src/simulador";
import type { Libro } from "../../../src/core/grid/libro";
import type { ContextoExcel } from "../../../src/io/office";

/** A batch with no await of its own (Excel.run syncs what it leaves queued). */
const lote =
  <T>(f: (ctx: ContextoExcel) => T) =>
  (ctx: ContextoExcel): Promise<T> =>
    Promise.resolve(f(ctx));

const libro: Libro = {
  cultura: { nombre: "es-CO", decimal: ",", miles: "." },
  hojas: [
    {
      nombre: "Matriz",
      valores: [
        ["Meta", "P"],
        ["Vías", 10],
      ],
      combinadas: [{ fila: 0, columna: 0, filas: 1, columnas: 2 }],
    },
  ],
};

async function codigo(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "sin error";
  } catch (e) {
    return e instanceof ErrorOfficeFalso ? e.code : `otro: ${String(e)}`;
  }
}

describe("fake Excel: load/sync semantics", () => {
  it("reading a property before load + sync throws PropertyNotLoaded", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    const r = await codigo(
      x.run(
        lote((ctx) => {
          const rango = ctx.workbook.worksheets.getItem("Matriz").getRange("A1:B2");
          rango.load("values");
          return rango.values; // before sync
        }),
      ),
    );
    expect(r).toBe("PropertyNotLoaded");
  });

  it("a loaded property is readable after sync, with Excel's values and valueTypes", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    const r = await x.run(async (ctx) => {
      const rango = ctx.workbook.worksheets.getItem("Matriz").getRange("A1:C2").load("values,valueTypes,address");
      await ctx.sync();
      return [rango.values, rango.valueTypes, rango.address];
    });
    expect(r).toEqual([
      [
        ["Meta", "P", ""],
        ["Vías", 10, ""],
      ],
      [
        ["String", "String", "Empty"],
        ["String", "Integer", "Empty"],
      ],
      "'Matriz'!A1:C2",
    ]);
  });

  it("a property not asked for stays unreadable after sync", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    const r = await codigo(
      x.run(async (ctx) => {
        const rango = ctx.workbook.worksheets.getItem("Matriz").getRange("A1").load("address");
        await ctx.sync();
        return rango.values;
      }),
    );
    expect(r).toBe("PropertyNotLoaded");
  });

  it("getItem of a missing sheet fails at sync with ItemNotFound; OrNullObject gives isNullObject", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    expect(await codigo(x.run(lote((ctx) => void ctx.workbook.worksheets.getItem("No existe"))))).toBe("ItemNotFound");
    const nulo = await x.run(async (ctx) => {
      const h = ctx.workbook.worksheets.getItemOrNullObject("No existe");
      await ctx.sync();
      return h.isNullObject;
    });
    expect(nulo).toBe(true);
  });

  it("adding a sheet with a taken name (any case) fails with ItemAlreadyExists", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    expect(await codigo(x.run(lote((ctx) => void ctx.workbook.worksheets.add("MATRIZ"))))).toBe("ItemAlreadyExists");
  });

  it.each([
    ["too few rows", [["a", "b"]]],
    [
      "too many columns",
      [
        ["a", "b", "c"],
        ["d", "e", "f"],
      ],
    ],
    ["ragged", [["a", "b"], ["c"]]],
  ])("values whose shape differs from the range (%s) fail with InvalidArgument", async (_n, m) => {
    const x = new ExcelFalso().cargarLibro(libro);
    const r = await codigo(
      x.run(
        lote((ctx) => {
          ctx.workbook.worksheets.getItem("Matriz").getRange("D1:E2").values = m;
        }),
      ),
    );
    expect(r).toBe("InvalidArgument");
    expect(x.hoja("Matriz").valor(0, 3)).toBeNull();
  });

  it("strings are parsed as typed in Excel unless the cell is text-formatted", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    await x.run(
      lote((ctx) => {
        const h = ctx.workbook.worksheets.getItem("Matriz");
        h.getRange("A5:A6").numberFormat = [["@"], ["@"]];
        h.getRange("A5:D6").values = [
          ["=SUMA(1)", "=SUMA(1)", "0012", "'-x"],
          ["-5", "-5", "50%", "TRUE"],
        ];
      }),
    );
    const h = x.hoja("Matriz");
    expect([h.valor(4, 0), h.formulas.get("4,1"), h.valor(4, 2), h.valor(4, 3)]).toEqual(["=SUMA(1)", "=SUMA(1)", 12, "-x"]);
    expect([h.valor(5, 0), h.valor(5, 1), h.valor(5, 2), h.valor(5, 3)]).toEqual(["-5", -5, 0.5, true]);
  });

  it("a protected sheet refuses writes with AccessDenied", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    x.hoja("Matriz").protegida = true;
    const r = await codigo(x.run(lote((ctx) => void (ctx.workbook.worksheets.getItem("Matriz").getRange("A1").values = [[1]]))));
    expect(r).toBe("AccessDenied");
  });

  it("counts syncs and fails every sync in cell edit mode", async () => {
    const x = new ExcelFalso({ edicion: true }).cargarLibro(libro);
    expect(await codigo(x.run(async (ctx) => ctx.sync()))).toBe("InvalidOperationInCellEditMode");
    expect(x.totalSyncs).toBe(1);
  });

  it("an injected failure at the n-th sync applies nothing of that sync", async () => {
    const x = new ExcelFalso({ fallarEnSync: { n: 2, codigo: "GeneralException" } }).cargarLibro(libro);
    const r = await codigo(
      x.run(async (ctx) => {
        const h = ctx.workbook.worksheets.getItem("Matriz");
        h.getRange("A3").values = [["uno"]];
        await ctx.sync();
        h.getRange("A4").values = [["dos"]];
        await ctx.sync();
      }),
    );
    expect(r).toBe("GeneralException");
    expect([x.hoja("Matriz").valor(2, 0), x.hoja("Matriz").valor(3, 0)]).toEqual(["uno", null]);
  });

  it("web mode refuses a request above 5 MB; desktop mode only meters it", async () => {
    const grande = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => "x".repeat(600)));
    const escribir = (x: ExcelFalso) => x.run(lote((ctx) => void (ctx.workbook.worksheets.getItem("Matriz").getRange("A10:J1009").values = grande)));
    const web = new ExcelFalso().cargarLibro(libro);
    expect(await codigo(escribir(web))).toBe("RequestPayloadSizeLimitExceeded");
    expect(web.hoja("Matriz").valor(9, 0)).toBeNull();
    const pc = new ExcelFalso({ modo: "escritorio" }).cargarLibro(libro);
    expect(await codigo(escribir(pc))).toBe("sin error");
    expect(pc.registro[0]?.bytesPeticion).toBeGreaterThan(LIMITE_PAYLOAD);
  });

  it("web mode refuses a response above 5 MB", async () => {
    const x = new ExcelFalso({ modo: "escritorio" }).cargarLibro(libro);
    await x.run(
      lote((ctx) => {
        const m = Array.from({ length: 1000 }, () => Array.from({ length: 10 }, () => "y".repeat(600)));
        ctx.workbook.worksheets.getItem("Matriz").getRange("A10:J1009").values = m;
      }),
    );
    x.opciones.modo = "web";
    const r = await codigo(
      x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Matriz").getRange("A10:J1009").load("values");
        await ctx.sync();
      }),
    );
    expect(r).toBe("ResponsePayloadSizeLimitExceeded");
  });

  it("isSetSupported follows the configured ExcelApi version and newer calls fail with ApiNotFound", async () => {
    const x = new ExcelFalso({ versionApi: "1.7" }).cargarLibro(libro);
    expect([x.soporta("1.7"), x.soporta("1.8"), x.soporta("1.13")]).toEqual([true, false, false]);
    const r = await codigo(
      x.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Matriz").getRange("A1:B2").getMergedAreasOrNullObject().load("areas/items/address");
        await ctx.sync();
      }),
    );
    expect(r).toBe("ApiNotFound");
  });

  it("a proxy used after its run ended fails with InvalidRequestContext", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    const h = await x.run(lote((ctx) => ctx.workbook.worksheets.getItem("Matriz")));
    expect(await codigo(Promise.resolve().then(() => h.getRange("A1")))).toBe("InvalidRequestContext");
  });

  it("reads merged areas as a RangeAreas (ExcelApi 1.13)", async () => {
    const x = new ExcelFalso().cargarLibro(libro);
    const r = await x.run(async (ctx) => {
      const a = ctx.workbook.worksheets.getItem("Matriz").getRange("A1:B2").getMergedAreasOrNullObject();
      a.load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount");
      await ctx.sync();
      return a.areas.items.map((i) => [i.rowIndex, i.columnIndex, i.rowCount, i.columnCount]);
    });
    expect(r).toEqual([[0, 0, 1, 2]]);
  });
});

describe("formulas into other sheets, as Excel keeps them", () => {
  it("follow a renamed sheet and become #REF! when it is deleted, even if a sheet of that name comes back", async () => {
    const f = new ExcelFalso();
    f.agregarHoja("Resumen", [[null], [null, 7]]);
    const tablero = f.agregarHoja("Tablero");
    f.editarCelda("Tablero", "A1", "='Resumen'!B2");
    f.modelo.recalcular();
    expect(tablero.valor(0, 0)).toBe(7);
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Resumen").name = "Viejo";
      await ctx.sync();
    });
    expect(tablero.formulas.get("0,0")).toBe("='Viejo'!B2");
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Viejo").delete();
      ctx.workbook.worksheets.add("Viejo");
      await ctx.sync();
    });
    expect(tablero.formulas.get("0,0")).toBe("=#REF!");
    expect(tablero.valor(0, 0)).toEqual({ error: "#REF!" });
  });

  it("a 1×1 number format applies to the whole range, as in Excel", async () => {
    const f = new ExcelFalso();
    const h = f.agregarHoja("Hoja");
    await f.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Hoja").getRange("B2:C4").numberFormat = [["0.0%"]];
      await ctx.sync();
    });
    expect([h.formato(1, 1), h.formato(3, 2), h.formato(0, 0)]).toEqual(["0.0%", "0.0%", "General"]);
  });

  it("a failure at operation k keeps the operations before it (Excel does not roll a batch back)", async () => {
    const f = new ExcelFalso();
    f.agregarHoja("Hoja");
    f.opciones.fallarEnOperacion = { sync: 1, operacion: 2, codigo: "GeneralException" };
    await expect(
      f.run(async (ctx) => {
        ctx.workbook.worksheets.add("Uno");
        ctx.workbook.worksheets.add("Dos");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(f.modelo.hojas.map((h) => h.nombre)).toEqual(["Hoja", "Uno"]);
  });
});

describe("tables as Excel creates them", () => {
  it("makes headers unique and non-empty, changing the cells (so a plan must never rely on it)", async () => {
    const f = new ExcelFalso();
    const h = f.agregarHoja("Hoja", [
      ["Meta", "meta", null],
      [1, 2, 3],
    ]);
    await f.run(async (ctx) => {
      const hoja = ctx.workbook.worksheets.getItem("Hoja");
      hoja.tables.add(hoja.getRange("A1:C2"), true);
      await ctx.sync();
    });
    expect(h.valores[0]).toEqual(["Meta", "meta2", "Column3"]);
  });
});
