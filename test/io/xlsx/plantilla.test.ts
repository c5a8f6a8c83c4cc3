/**
 * Issue 14, must show 2: the rules of a dependency's template are in its XML — the data validation
 * of each field (type, operator, formula, a range covering every meta row), sheet protection
 * without a password, the cells it fills unlocked and the rest locked, the record very hidden.
 * Expectations come from the bundled example's header texts, read back from the written file.
 */
import * as path from "node:path";
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";
import { letraColumna } from "../../../src/core";
import { escribirPlantilla } from "../../../src/io/xlsx/plantilla";
import { plantillasDe } from "../../helpers/plantillas";

const EJEMPLO = path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

type Nodo = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  isArray: (n, _ruta, _hoja, atributo) => !atributo && ["sheet", "Relationship", "row", "c", "dataValidation", "xf", "si", "r"].includes(n),
});

interface Celda {
  readonly texto: string | null;
  readonly estilo: number;
}

interface Hoja {
  readonly xml: Nodo;
  readonly celdas: Map<string, Celda>;
}

interface Plantilla {
  readonly hojas: Map<string, { estado: string; hoja: Hoja }>;
  /** xf index → whether the style unlocks the cell. */
  readonly desbloqueado: (estilo: number) => boolean;
}

function texto(si: Nodo): string {
  if (si.t !== undefined) return String(typeof si.t === "object" ? (si.t as Nodo)["#text"] : si.t);
  return ((si.r as Nodo[] | undefined) ?? []).map((r) => String(typeof r.t === "object" ? (r.t as Nodo)["#text"] : r.t)).join("");
}

async function leerPlantilla(bytes: Uint8Array): Promise<Plantilla> {
  const zip = await JSZip.loadAsync(bytes);
  const parte = async (ruta: string): Promise<Nodo> => parser.parse(await zip.file(ruta)!.async("string")) as Nodo;
  const cadenas = zip.file("xl/sharedStrings.xml") ? (((await parte("xl/sharedStrings.xml")).sst as Nodo).si as Nodo[]).map(texto) : [];
  const rels = new Map(
    (((await parte("xl/_rels/workbook.xml.rels")).Relationships as Nodo).Relationship as Nodo[]).map((r) => [String(r.Id), String(r.Target)]),
  );
  const xfs = (((await parte("xl/styles.xml")).styleSheet as Nodo).cellXfs as Nodo).xf as Nodo[];
  const hojas = new Map<string, { estado: string; hoja: Hoja }>();
  for (const s of (((await parte("xl/workbook.xml")).workbook as Nodo).sheets as Nodo).sheet as Nodo[]) {
    const destino = String(rels.get(String(s["r:id"])));
    const xml = (await parte(`xl/${destino.replace(/^\/?xl\//, "")}`)).worksheet as Nodo;
    const celdas = new Map<string, Celda>();
    const filas = typeof xml.sheetData === "object" ? (((xml.sheetData as Nodo).row as Nodo[] | undefined) ?? []) : [];
    for (const fila of filas)
      for (const c of (fila.c as Nodo[] | undefined) ?? []) {
        const v = typeof c.v === "string" || typeof c.v === "number" ? String(c.v) : null;
        celdas.set(String(c.r), { texto: c.t === "s" && v !== null ? (cadenas[Number(v)] ?? null) : v, estilo: Number(c.s ?? 0) });
      }
    hojas.set(String(s.name), { estado: (s.state as string | undefined) ?? "visible", hoja: { xml, celdas } });
  }
  return { hojas, desbloqueado: (i) => (xfs[i]?.protection as Nodo | undefined)?.locked === "0" };
}

/** The letter of the header cell whose text is `encabezado`, and its row. */
function columnaDe(h: Hoja, encabezado: string): { letra: string; fila: number } {
  for (const [ref, c] of h.celdas) if (c.texto === encabezado) return { letra: ref.replace(/\d+$/, ""), fila: Number(ref.replace(/^[A-Z]+/, "")) };
  throw new Error(`sin encabezado «${encabezado}»`);
}

function validaciones(h: Hoja): Nodo[] {
  return ((h.xml.dataValidations as Nodo | undefined)?.dataValidation as Nodo[] | undefined) ?? [];
}

function validacionDe(h: Hoja, letra: string): Nodo {
  const v = validaciones(h).filter((d) => String(d.sqref).startsWith(letra) && /^[A-Z]+/.exec(String(d.sqref))?.[0] === letra);
  expect(v).toHaveLength(1);
  return v[0]!;
}

function filasDeRango(sqref: string): [number, number] {
  const m = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(sqref);
  if (!m) throw new Error(`rango inesperado ${sqref}`);
  return [Number(m[1]), Number(m[2])];
}

let plantilla: Plantilla;
let filasMetas: number[];
/** The master's Salud sheet: rows below the header with a product code. */
let metasMaestro: number;
const HOJA = "SEC. SALUD";

beforeAll(async () => {
  const { paquete, plantillas } = await plantillasDe(EJEMPLO);
  const maestra = paquete.libro.hojas.find((h) => h.nombre === HOJA)!;
  const cabecera = maestra.valores.findIndex((f) => f.includes("CÓDIGO DE PRODUCTO"));
  const codigo = maestra.valores[cabecera]!.indexOf("CÓDIGO DE PRODUCTO");
  metasMaestro = maestra.valores.slice(cabecera + 1).filter((f) => f[codigo] !== null && f[codigo] !== undefined && f[codigo] !== "").length;
  const salud = plantillas.find((p) => p.dependencia === "Secretaría de Salud");
  if (!salud) throw new Error("el ejemplo tiene la Secretaría de Salud");
  plantilla = await leerPlantilla(await escribirPlantilla(salud));
  // the meta rows as the written record says (column A "fila", B the sheet, C the template row)
  const registro = [...plantilla.hojas.values()].find((h) => h.estado === "veryHidden")!.hoja;
  filasMetas = [...registro.celdas]
    .filter(([ref, c]) => ref.startsWith("A") && c.texto === "fila")
    .map(([ref]) => Number(registro.celdas.get(`C${ref.slice(1)}`)?.texto));
}, 60_000);

describe("the template's XML (issue 14)", () => {
  it("has the instructions, the master's sheet and a very hidden record", () => {
    expect([...plantilla.hojas].map(([n, h]) => [n, h.estado])).toEqual([
      ["Instrucciones plantilla", "visible"],
      [HOJA, "visible"],
      ["Registro de la plantilla", "veryHidden"],
    ]);
    expect(metasMaestro).toBeGreaterThan(0);
    expect(filasMetas).toHaveLength(metasMaestro);
  });

  it("the matrix sheet prints landscape, one page wide, like the report sheets", () => {
    const { xml } = plantilla.hojas.get(HOJA)!.hoja;
    expect(((xml.sheetPr as Nodo).pageSetUpPr as Nodo).fitToPage).toBe("1");
    expect(xml.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: "1", fitToHeight: "0" });
  });

  it("every sheet is protected without a password", () => {
    for (const [nombre, { hoja }] of plantilla.hojas) {
      const p = hoja.xml.sheetProtection as Nodo | undefined;
      expect({ nombre, sheet: p?.sheet }).toEqual({ nombre, sheet: "1" });
      for (const atributo of ["password", "hashValue", "saltValue", "algorithmName"]) expect(p).not.toHaveProperty(atributo);
    }
  });

  it("the ejecutado of the vigencia accepts a number ≥ 0, ND or NA, on a range covering every meta row", () => {
    const { hoja } = plantilla.hojas.get(HOJA)!;
    for (const t of [1, 2, 3, 4]) {
      const { letra, fila } = columnaDe(hoja, `T${t}. EJECUTADO 2025`);
      const v = validacionDe(hoja, letra);
      const primera = `${letra}${fila + 1}`;
      expect(v).toMatchObject({
        type: "custom",
        formula1: `OR(AND(ISNUMBER(${primera}),${primera}>=0),${primera}="ND",${primera}="NA")`,
        showErrorMessage: "1",
      });
      const [desde, hasta] = filasDeRango(String(v.sqref));
      expect(desde).toBe(fila + 1);
      for (const f of filasMetas) expect(f >= desde && f <= hasta).toBe(true);
    }
  });

  it.each(["T3. PLANEADO 2025", "PROGRAMADO VIGENCIA 2026", "LÍNEA BASE", "META CUATRIENIO", "EJECUTADO VIGENCIA 2024"])(
    "«%s» is a decimal ≥ 0 with a Spanish message",
    (encabezado) => {
      const { hoja } = plantilla.hojas.get(HOJA)!;
      const v = validacionDe(hoja, columnaDe(hoja, encabezado).letra);
      expect(v).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: 0, errorStyle: "stop" });
      expect(String(v.error)).toMatch(/número mayor o igual a 0/);
      expect(String(v.prompt)).toMatch(/^Escriba un número/);
    },
  );

  it("tipo is a list of the tipo words; observaciones is free text with a prompt", () => {
    const { hoja } = plantilla.hojas.get(HOJA)!;
    const tipo = validacionDe(hoja, columnaDe(hoja, "TIPO DE ACUMULACIÓN").letra);
    expect(tipo.type).toBe("list");
    expect(String(tipo.formula1).replace(/^"|"$/g, "").split(",")).toEqual(expect.arrayContaining(["SUMA", "CONSTANTE", "CRECIENTE", "DECRECIENTE"]));
    const obs = validacionDe(hoja, columnaDe(hoja, "OBSERVACIONES").letra);
    expect(obs.type).toBeUndefined();
    expect(obs.formula1).toBeUndefined();
    expect(String(obs.prompt)).toMatch(/Texto libre/);
  });

  it("only the cells the dependency fills are unlocked, on its meta rows", () => {
    const { hoja } = plantilla.hojas.get(HOJA)!;
    const abiertas = ["T1. EJECUTADO 2025", "T2. EJECUTADO 2025", "T3. EJECUTADO 2025", "T4. EJECUTADO 2025", "OBSERVACIONES"].map(
      (e) => columnaDe(hoja, e).letra,
    );
    // the example's matrix spans A:U (its generator, scripts/generarEjemplo)
    const letras = Array.from({ length: 21 }, (_, i) => letraColumna(i));
    for (const f of filasMetas)
      for (const l of letras) {
        const estilo = hoja.celdas.get(`${l}${f}`)?.estilo ?? 0;
        expect({ celda: `${l}${f}`, desbloqueada: plantilla.desbloqueado(estilo) }).toEqual({ celda: `${l}${f}`, desbloqueada: abiertas.includes(l) });
      }
    // the header stays locked
    const { fila } = columnaDe(hoja, "OBSERVACIONES");
    expect(plantilla.desbloqueado(hoja.celdas.get(`${abiertas[4]}${fila}`)?.estilo ?? 0)).toBe(false);
  });
});
