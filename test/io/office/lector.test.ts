/** The Office reader: grid, culture, settings, owned sheets, merged areas, row blocks (issue #5). */
import type { Libro } from "../../../src/core/grid/libro";
import { generarLibroGrande } from "../../../scripts/ejemplo";
import { ExcelFalso, LIMITE_PAYLOAD } from "../../../src/simulador";
import { cargarAjustes, guardarAjustes } from "../../../src/app";
import { leerAjustesExcel, leerLibroExcel, libroOffice, seleccionarCelda } from "../../../src/io/office";

const libro: Libro = {
  cultura: { nombre: "es-CO", decimal: ",", miles: "." },
  archivos: ["matriz.xlsx"],
  hojas: [
    {
      nombre: "PDM",
      valores: [
        [],
        [null, "SECRETARÍA DE SALUD"],
        [null, "Meta", "P 2024", "E 2024"],
        [null, "Vacunar", 100, { error: "#REF!" }],
        [null, "Dotar", "1.234,5", true],
      ],
      formatos: [[], [], [], [null, null, "#,##0", null]],
      combinadas: [{ fila: 1, columna: 1, filas: 1, columnas: 3 }],
    },
    { nombre: "Vacía", valores: [], combinadas: [] },
    { nombre: "Resumen", valores: [["salida previa"]], combinadas: [] },
  ],
};

function falso(opciones: ConstructorParameters<typeof ExcelFalso>[0] = {}): ExcelFalso {
  const f = new ExcelFalso(opciones).cargarLibro(libro);
  f.modelo.ajustes.set("seguimiento.hojasPropias", JSON.stringify({ hojas: { Resumen: "resumen" } }));
  f.modelo.ajustes.set("seguimiento.ajustes", JSON.stringify({ vigencia: 2024, tope: "ninguno" }));
  return f;
}

describe("leerLibroExcel", () => {
  it("reads values at their A1 positions, error values as ValorError, blanks as null, number formats", async () => {
    const { libro: l } = await leerLibroExcel(falso().entorno);
    const pdm = l.hojas.find((h) => h.nombre === "PDM");
    expect(pdm?.valores[3]).toEqual([null, "Vacunar", 100, { error: "#REF!" }]);
    expect(pdm?.valores[4]).toEqual([null, "Dotar", "1.234,5", true]);
    expect(pdm?.valores[0]).toEqual([]);
    expect(pdm?.formatos?.[3]?.[2]).toBe("#,##0");
  });

  it("skips the sheets the ownership record lists and returns the record, the settings and every sheet name", async () => {
    const r = await leerLibroExcel(falso().entorno);
    expect(r.libro.hojas.map((h) => h.nombre)).toEqual(["PDM", "Vacía"]);
    expect(r.libro.hojasPropias).toEqual(["Resumen"]);
    expect(r.propiedad).toEqual({ hojas: { Resumen: "resumen" } });
    expect(r.ajustesGuardados).toEqual([{ archivo: "matriz.xlsx", texto: JSON.stringify({ vigencia: 2024, tope: "ninguno" }) }]);
    expect(r.hojasExistentes).toEqual(["PDM", "Vacía", "Resumen"]);
    expect(r.libro.archivos).toEqual(["matriz.xlsx"]);
  });

  it("reads merged areas with ExcelApi 1.13 and the workbook culture with 1.11", async () => {
    const r = await leerLibroExcel(falso({ cultura: { nombre: "en-US", decimal: ".", miles: "," } }).entorno);
    expect(r.libro.hojas[0]?.combinadas).toEqual([{ fila: 1, columna: 1, filas: 1, columnas: 3 }]);
    expect(r.libro.cultura).toEqual({ nombre: "en-US", decimal: ".", miles: "," });
    expect(r.avisos).toEqual([]);
  });

  it("on ExcelApi 1.7 (Office 2019) falls back to es-CO and no merges, saying so in Spanish", async () => {
    const r = await leerLibroExcel(falso({ versionApi: "1.7", cultura: { nombre: "en-US", decimal: ".", miles: "," } }).entorno);
    expect(r.libro.hojas[0]?.combinadas).toEqual([]);
    expect(r.libro.cultura).toEqual({ nombre: "es-CO", decimal: ",", miles: "." });
    expect(r.avisos).toEqual([expect.stringMatching(/regional.*es-CO/), expect.stringMatching(/combinadas/)]);
  });

  it("reads a 50,000-meta matrix in row blocks, each response under 5 MB, identical to the source grid", async () => {
    const grande = generarLibroGrande(50_000);
    const f = new ExcelFalso({ modo: "web" }).cargarLibro(grande);
    const r = await leerLibroExcel(f.entorno);
    expect(f.totalSyncs).toBeGreaterThan(3);
    for (const s of f.registro) expect(s.bytesRespuesta).toBeLessThan(LIMITE_PAYLOAD);
    const fuente = grande.hojas[0];
    const leida = r.libro.hojas[0];
    expect(leida?.valores.length).toBe(fuente?.valores.length);
    const normal = (v: unknown) => (v === undefined || v === "" ? null : v);
    const filas = fuente?.valores ?? [];
    for (let i = 0; i < filas.length; i += 997) {
      const a = Array.from(filas[i] ?? [], normal);
      const b = Array.from(leida?.valores[i] ?? [], normal);
      while (a.length < b.length) a.push(null);
      expect({ fila: i, valores: b }).toEqual({ fila: i, valores: a });
    }
  }, 60_000);

  it("halves the block and retries when Excel refuses a response as too large", async () => {
    const f = new ExcelFalso({ modo: "web" });
    const texto = "z".repeat(2_000);
    f.agregarHoja(
      "Larga",
      Array.from({ length: 6_000 }, (_, i) => [i, texto]),
    );
    const r = await leerLibroExcel(f.entorno);
    expect(f.registro.some((s) => s.error === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(r.libro.hojas[0]?.valores[5_999]).toEqual([5_999, texto]);
  }, 60_000);
});

describe("pane operations", () => {
  it("seleccionarCelda activates the sheet and selects the cell in one sync", async () => {
    const f = falso();
    await seleccionarCelda(f.entorno, "PDM", "D4");
    expect(f.modelo.seleccion).toEqual({ hoja: "PDM", rango: "D4" });
    expect(f.totalSyncs).toBe(1);
  });

  it("settings saved through the Office port are read back, in one sync and without reading the grid", async () => {
    const f = falso();
    const libroX = libroOffice(f.entorno);
    await guardarAjustes(libroX, { vigencia: 2025, semaforo: "dnp-5" });
    const antes = f.totalSyncs;
    expect(await cargarAjustes(libroX)).toEqual({ vigencia: 2025, semaforo: "dnp-5" });
    expect(f.totalSyncs - antes).toBe(1);
    expect((await leerLibroExcel(f.entorno)).ajustesGuardados.map((a) => JSON.parse(a.texto) as unknown)).toEqual([{ vigencia: 2025, semaforo: "dnp-5" }]);
  });

  it("a workbook without saved settings gives none", async () => {
    const f = new ExcelFalso().cargarLibro(libro);
    expect(await leerAjustesExcel(f.entorno)).toBeNull();
    expect((await leerLibroExcel(f.entorno)).ajustesGuardados).toEqual([]);
  });
});
