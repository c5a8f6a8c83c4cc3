/** @jest-environment node */
/**
 * The dependencies' files joined to the open workbook (issue 14, deliverable 1): order, per-file
 * progress, cancellation between files, a bad file left out with a Spanish notice, and the
 * workbook written to keeping its own sheet names, ownership record and settings.
 */
import {
  ajustesConGuardadas,
  calcularLibro,
  conArchivos,
  planificarCalculo,
  ErrorCancelado,
  ErrorSeguimiento,
  revisarArchivo,
  type ArchivoAgregado,
  type FuenteLibro,
  type LibroLeido,
  type Progreso,
} from "../../src/app";
import { ErrorArchivo } from "../../src/core/fallos";
import type { Valor } from "../../src/core/grid/libro";
import { hoja } from "../helpers/grid";
import { leidoConHoja } from "../helpers/libroLeido";

const ENCABEZADO: Valor[] = ["Código", "Meta", "Tipo", "Meta cuatrienio", "Programado 2024", "Ejecutado 2024"];

/** A dependency's sheet "PDM" with `metas` rows programado 10, ejecutado `ejecutado` each. */
function leido(archivo: string, dependencia: string, metas: number, ejecutado: number, extra: Partial<LibroLeido> = {}): LibroLeido {
  const filas: Valor[][] = [[`Secretaría de ${dependencia}`], ENCABEZADO];
  for (let i = 1; i <= metas; i++) filas.push([`${dependencia[0]}${i}`, `Meta ${dependencia} ${i}`, "SUMA", 40, 10, ejecutado]);
  return leidoConHoja(archivo, filas, extra);
}

function abierto(l: LibroLeido, ajustes: string | null = null): FuenteLibro {
  return { leer: () => Promise.resolve(l), leerAjustes: () => Promise.resolve(ajustes) };
}

function agregado(nombre: string, l: LibroLeido | Error, alLeer: () => void = () => undefined): ArchivoAgregado {
  return { nombre, leer: () => (alLeer(), l instanceof Error ? Promise.reject(l) : Promise.resolve(l)) };
}

const PLAN = leido("plan.xlsx", "Gobierno", 2, 5, { hojasExistentes: ["PDM", "Resumen"], propiedad: { hojas: { Resumen: "resumen" } } });
const SALUD = leido("salud.xlsx", "Salud", 3, 10);
const EDUCACION = leido("educacion.xlsx", "Educación", 1, 0);

describe("conArchivos: the open workbook's matrices with the added files (issue 14)", () => {
  it("joins every sheet in order — the open workbook first — each keeping its file, so Resumen lists every source", async () => {
    const r = await conArchivos(abierto(PLAN), [agregado("salud.xlsx", SALUD), agregado("educacion.xlsx", EDUCACION)]).leer();
    expect(r.libro.archivos).toEqual(["plan.xlsx", "salud.xlsx", "educacion.xlsx"]);
    expect(r.libro.hojas.map((h) => [h.archivo, h.nombre])).toEqual([
      ["plan.xlsx", "PDM"],
      ["salud.xlsx", "PDM"],
      ["educacion.xlsx", "PDM"],
    ]);
  });

  it("the figures are those of the three matrices together: 2 + 3 + 1 metas, ejecutado 2·5 + 3·10 + 0 of programado 6·10", async () => {
    const c = (await calcularLibro(conArchivos(abierto(PLAN), [agregado("salud.xlsx", SALUD), agregado("educacion.xlsx", EDUCACION)]), { vigencia: 2024 }))
      .consolidacion;
    expect(c.metas).toHaveLength(6);
    expect(c.grupos.filter((g) => g.nivel === "dependencia").map((g) => g.nombre)).toEqual(
      expect.arrayContaining(["Secretaría de Gobierno", "Secretaría de Salud", "Secretaría de Educación"]),
    );
    // equal weights (SPEC §5): the plan's % vigencia is the mean of the metas' (0.5, 0.5, 1, 1, 1, 0)
    expect(c.plan.pctVigencia).toBeCloseTo(4 / 6, 10);
  });

  it("the workbook written to keeps its sheet names, ownership record and saved settings; an added file's settings are not read", async () => {
    const fuente = conArchivos(abierto(PLAN, '{"vigencia":2024}'), [
      agregado("salud.xlsx", { ...SALUD, hojasExistentes: ["PDM", "Otra"], ajustesGuardados: [{ archivo: "salud.xlsx", texto: '{"vigencia":2027}' }] }),
    ]);
    const r = await fuente.leer();
    expect(r.hojasExistentes).toEqual(["PDM", "Resumen"]);
    expect(r.propiedad).toBe(PLAN.propiedad);
    expect(await fuente.leerAjustes()).toBe('{"vigencia":2024}');
  });

  it("a file that cannot be read is left out with a Spanish notice naming it, and the others consolidate", async () => {
    const roto = new ErrorArchivo("F-ARCHIVO-CORRUPTO", "roto.xlsx");
    const r = await conArchivos(abierto(PLAN), [agregado("roto.xlsx", roto), agregado("salud.xlsx", SALUD)]).leer();
    expect(r.libro.archivos).toEqual(["plan.xlsx", "salud.xlsx"]);
    expect(r.avisos).toEqual([`«roto.xlsx» no se pudo leer: ${roto.message} Se omitió; los demás archivos se consolidaron.`]);
    expect(r.avisos[0]).toMatch(/dañado/);
  });

  it("with every added file unreadable, the open workbook alone is consolidated", async () => {
    const r = await conArchivos(abierto(PLAN), [agregado("a.xlsx", new ErrorArchivo("F-ARCHIVO-NO-XLSX", "a.xlsx"))]).leer();
    expect(r.libro).toBe(PLAN.libro);
    expect(r.avisos).toHaveLength(1);
  });

  it("reports progress before each file, naming it, within the read's share of the run", async () => {
    const progreso: Progreso[] = [];
    await calcularLibro(
      conArchivos(abierto(PLAN), [agregado("salud.xlsx", SALUD), agregado("educacion.xlsx", EDUCACION)], { onProgress: (p) => progreso.push(p) }),
      {},
      {
        onProgress: (p) => progreso.push(p),
      },
    );
    expect(progreso.map((p) => [p.etapa, p.fraccion, p.texto])).toEqual([
      ["leer", 0, "Leyendo el libro…"],
      ["leer", 0, "Leyendo «salud.xlsx» (1 de 2)…"],
      ["leer", 0.125, "Leyendo «educacion.xlsx» (2 de 2)…"],
      ["calcular", 0.25, "Validando y calculando…"],
    ]);
  });

  it("cancelled between files, it reads no further file", async () => {
    const ac = new AbortController();
    const leidos: string[] = [];
    const fuente = conArchivos(
      abierto(PLAN),
      [agregado("salud.xlsx", SALUD, () => (leidos.push("salud"), ac.abort())), agregado("educacion.xlsx", EDUCACION, () => leidos.push("educacion"))],
      { signal: ac.signal },
    );
    await expect(fuente.leer()).rejects.toBeInstanceOf(ErrorCancelado);
    expect(leidos).toEqual(["salud"]);
  });

  it("without added files it is the open workbook's source itself", () => {
    const fuente = abierto(PLAN);
    expect(conArchivos(fuente, [])).toBe(fuente);
  });
});

describe("the ownership record is the written workbook's (SPEC §6, issue 12 probe 2)", () => {
  it("a user sheet of an added file named like an owned sheet does not unconfirm the open workbook's: Resumen is still replaced", async () => {
    const conResumenPropio = leido("salud.xlsx", "Salud", 3, 10);
    const salud: LibroLeido = {
      ...conResumenPropio,
      libro: { ...conResumenPropio.libro, hojas: [...conResumenPropio.libro.hojas, hoja("Resumen", [["Mis notas"]], { archivo: "salud.xlsx" })] },
    };
    const calculo = await calcularLibro(conArchivos(abierto(PLAN), [agregado("salud.xlsx", salud)]), { vigencia: 2024 });
    const plan = planificarCalculo(calculo, { ahoraMs: () => 0, fechaIso: () => "2026-01-31T10:00:00Z" });
    // the open workbook's Resumen (in the record, not read: Excel's reader skips owned sheets) is rewritten in place
    expect(plan.hojas.map((h) => h.nombre)).toContain("Resumen");
    expect(plan.propiedad.hojas.Resumen).toBe("resumen");
  });
});

describe("a user sheet that replaced an owned one in the written workbook stays the user's with other files too (issue 12 probe 2)", () => {
  it("the record names «Resumen» but the written workbook's «Resumen» has no marker: the report goes beside it, as with one file", async () => {
    // what the xlsx reader gives: every sheet read, the record's names in hojasPropias
    const base = leido("plan.xlsx", "Gobierno", 2, 5, { hojasExistentes: ["PDM", "Resumen"], propiedad: { hojas: { Resumen: "resumen" } } });
    const conSuyo: LibroLeido = {
      ...base,
      libro: {
        ...base.libro,
        hojas: [...base.libro.hojas, hoja("Resumen", [["Mis cifras del trimestre"]], { archivo: "plan.xlsx" })],
        hojasPropias: ["Resumen"],
      },
    };
    const reloj = { ahoraMs: () => 0, fechaIso: () => "2026-01-31T10:00:00Z" };
    for (const agregados of [[], [agregado("salud.xlsx", SALUD)]]) {
      const plan = planificarCalculo(await calcularLibro(conArchivos(abierto(conSuyo), agregados), { vigencia: 2024 }), reloj);
      expect(plan.propiedad.hojas.Resumen).toBeUndefined();
      expect(plan.hojas.find((h) => h.clave === "resumen")?.nombre).toBe("Resumen (2)");
      expect(plan.eliminar).not.toContain("Resumen");
    }
  });
});

describe("corrections saved in an added file reach its sheets; the open workbook's win (SPEC §3.7)", () => {
  it("lays the run's corrections over the saved ones, the open workbook's saved ones first", () => {
    const r = ajustesConGuardadas({ vigencia: 2024, correcciones: [{ hoja: "PDM", filaEncabezado: 2 }] }, [
      {
        archivo: "salud.xlsx",
        texto: JSON.stringify({
          vigencia: 2027,
          correcciones: [
            { hoja: "PDM", ignorar: true },
            { hoja: "SALUD", ignorar: true },
          ],
        }),
      },
    ]);
    expect(r.ajustes).toEqual({
      vigencia: 2024,
      correcciones: [
        { hoja: "PDM", filaEncabezado: 2 },
        { hoja: "SALUD", ignorar: true },
      ],
    });
  });
});

describe("revisarArchivo: one added file's recognition and findings, as the pane lists it", () => {
  it("validates the file alone: its sheets, metas and findings", async () => {
    const r = await revisarArchivo(agregado("salud.xlsx", SALUD), { vigencia: 2024 });
    if (!r.ok) throw new Error(r.motivo);
    expect(r.consolidacion.metas).toHaveLength(3);
    expect(r.consolidacion.hojas.filter((h) => h.reconocida).map((h) => h.hoja)).toEqual(["PDM"]);
  });

  it("a file that cannot be read gives the reader's Spanish reason", async () => {
    const e = new ErrorArchivo("F-ARCHIVO-NO-XLSX", "notas.xlsx");
    expect(await revisarArchivo(agregado("notas.xlsx", e), {})).toEqual({ nombre: "notas.xlsx", ok: false, motivo: e.message });
    expect(e).toBeInstanceOf(ErrorSeguimiento);
  });
});
