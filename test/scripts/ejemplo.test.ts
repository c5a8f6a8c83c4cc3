/**
 * The bundled example has what issue 3 promises (≥ 5 dependencias, ≥ 120 metas, 4 years, a
 * quarterly dependency, all four tipos, real-looking mistakes). Everything is counted from the
 * committed .xlsx with exceljs, independently of the engine and of the generator's own records.
 */
import ExcelJS from "exceljs";
import path from "node:path";
import { ejemploXlsx, generarLibroGrande } from "../../scripts/ejemplo";

// Reading and generating .xlsx files is slow on a loaded CI machine; timings never gate tests.
jest.setTimeout(60_000);

const ARCHIVO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
type Simple = number | string | boolean | null | { error: string };

function simple(v: ExcelJS.CellValue): Simple {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) return simple((v as ExcelJS.CellFormulaValue).result ?? null);
    if ("error" in v) return { error: String(v.error) };
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    return JSON.stringify(v);
  }
  return v;
}

/** A cell as text (objects such as error values as JSON). */
const texto = (v: Simple): string => (typeof v === "object" && v !== null ? JSON.stringify(v) : String(v));

const sinTildes = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toUpperCase();

interface Tabla {
  readonly ws: ExcelJS.Worksheet;
  readonly filaEncabezado: number;
  readonly col: (encabezado: string) => number;
  /** Data rows: those with a product code. */
  readonly filas: readonly number[];
  readonly v: (fila: number, encabezado: string) => Simple;
}

function tabla(ws: ExcelJS.Worksheet): Tabla {
  let filaEncabezado = 0;
  ws.eachRow((row, n) => {
    if (!filaEncabezado && row.values && (row.values as unknown[]).includes("META DE PRODUCTO")) filaEncabezado = n;
  });
  const encabezados = (ws.getRow(filaEncabezado).values as unknown[]).map((x) => (typeof x === "string" ? x : ""));
  const col = (e: string): number => {
    const i = encabezados.indexOf(e);
    if (i < 1) throw new Error(`sin columna ${e} en ${ws.name}`);
    return i;
  };
  const filas: number[] = [];
  for (let f = filaEncabezado + 1; f <= ws.rowCount; f++) if (simple(ws.getCell(f, col("CÓDIGO DE PRODUCTO")).value) !== null) filas.push(f);
  return { ws, filaEncabezado, col, filas, v: (f, e) => simple(ws.getCell(f, col(e)).value) };
}

async function leer(datos?: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  if (datos) await wb.xlsx.load(datos as unknown as ExcelJS.Buffer);
  else await wb.xlsx.readFile(ARCHIVO);
  return wb;
}

function celdas(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(`${ws.name}!${c.address}=${JSON.stringify(c.value)}`))));
  return out;
}

const TIPO_CANONICO: Record<string, string> = {
  INCREMENTO: "SUMA",
  SUMA: "SUMA",
  MANTENIMIENTO: "CONSTANTE",
  CONSTANTE: "CONSTANTE",
  CRECIENTE: "CRECIENTE",
  DECRECIENTE: "DECRECIENTE",
};

describe("the bundled example (issue 3 item 5)", () => {
  let wb: ExcelJS.Workbook;
  let pdm: Tabla;
  let salud: Tabla;
  beforeAll(async () => {
    wb = await leer();
    pdm = tabla(wb.getWorksheet("PDM 2024-2027")!);
    salud = tabla(wb.getWorksheet("SEC. SALUD")!);
  });
  const todas = (): { t: Tabla; f: number }[] => [...pdm.filas.map((f) => ({ t: pdm, f })), ...salud.filas.map((f) => ({ t: salud, f }))];

  it("is generated deterministically: the committed file has the cells the script generates today", async () => {
    expect(celdas(await leer(await ejemploXlsx()))).toEqual(celdas(wb));
  });

  it("has plan-style title rows above the header", () => {
    const titulos = [1, 2, 3, 4].map((f) => texto(simple(pdm.ws.getCell(f, 1).value)));
    expect(titulos.join(" ")).toMatch(/PLAN DE DESARROLLO MUNICIPAL 2024-2027/);
    expect(pdm.filaEncabezado).toBeGreaterThan(4);
  });

  it("has at least 120 metas", () => {
    expect(todas().length).toBeGreaterThanOrEqual(120);
  });

  it("has at least 5 dependencias (column values plus the «Dependencia:» label)", () => {
    const etiqueta = texto(simple(salud.ws.getCell(3, 1).value));
    expect(etiqueta).toMatch(/^Dependencia: /);
    const deps = new Set(pdm.filas.map((f) => sinTildes(texto(pdm.v(f, "DEPENDENCIA")))));
    deps.add(sinTildes(etiqueta.replace("Dependencia: ", "")));
    expect(deps.size).toBeGreaterThanOrEqual(5);
  });

  it("has programado and ejecutado for each year 2024–2027; ejecutado reported for 2024 and 2025 only", () => {
    for (const a of [2024, 2025, 2026, 2027]) pdm.col(`PROGRAMADO VIGENCIA ${a}`);
    const numericos = (a: number): number => pdm.filas.filter((f) => typeof pdm.v(f, `EJECUTADO VIGENCIA ${a}`) === "number").length;
    expect(numericos(2024)).toBe(pdm.filas.length);
    expect(numericos(2025)).toBeGreaterThan(pdm.filas.length * 0.9);
    for (const a of [2026, 2027]) expect(pdm.filas.every((f) => [0, null].includes(pdm.v(f, `EJECUTADO VIGENCIA ${a}`) as number | null))).toBe(true);
  });

  it("has one dependency reporting T1–T4 planeado/ejecutado of 2025 on its own sheet", () => {
    for (const t of [1, 2, 3, 4]) for (const c of ["PLANEADO", "EJECUTADO"]) salud.col(`T${t}. ${c} 2025`);
    expect(salud.filas.length).toBeGreaterThanOrEqual(10);
  });

  it("has all four tipos, and every DECRECIENTE meta has a línea base", () => {
    const tipos = todas().map(({ t, f }) => TIPO_CANONICO[sinTildes(texto(t.v(f, "TIPO DE ACUMULACIÓN")))]);
    expect(new Set(tipos)).toEqual(new Set(["SUMA", "CONSTANTE", "CRECIENTE", "DECRECIENTE"]));
    const decrecientes = todas().filter(({ t, f }) => sinTildes(texto(t.v(f, "TIPO DE ACUMULACIÓN"))) === "DECRECIENTE");
    expect(decrecientes.every(({ t, f }) => typeof t.v(f, "LÍNEA BASE") === "number")).toBe(true);
  });

  it("has eje and programa levels with a PONDERADOR EJE summing to 100 %", () => {
    const pesos: number[] = [];
    const col = pdm.col("PONDERADOR EJE");
    for (const f of pdm.filas) {
      const c = pdm.ws.getCell(f, col);
      if (!c.isMerged || c.master === c) pesos.push(Number(simple(c.value)));
    }
    expect(pesos.length).toBeGreaterThanOrEqual(3);
    expect(pesos.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    expect(new Set(pdm.filas.map((f) => pdm.v(f, "PROGRAMA"))).size).toBeGreaterThanOrEqual(6);
  });

  it("has units, observaciones and budget columns", () => {
    expect(pdm.filas.every((f) => typeof pdm.v(f, "UNIDAD DE MEDIDA") === "string")).toBe(true);
    expect(pdm.filas.some((f) => typeof pdm.v(f, "OBSERVACIONES") === "string")).toBe(true);
    expect(pdm.filas.every((f) => typeof pdm.v(f, "APROPIACIÓN DEFINITIVA 2025") === "number" && typeof pdm.v(f, "COMPROMISOS 2025") === "number")).toBe(true);
  });

  describe("real-looking mistakes", () => {
    const ejecutados25 = (): { f: number; v: Simple }[] => pdm.filas.map((f) => ({ f, v: pdm.v(f, "EJECUTADO VIGENCIA 2025") }));

    it("text «Meta cumplida» in an ejecutado", () => {
      expect(ejecutados25().filter((x) => x.v === "Meta cumplida")).toHaveLength(1);
    });
    it("a number typed as Colombian text («1.234,5»)", () => {
      expect(
        ejecutados25()
          .filter((x) => typeof x.v === "string" && /^\d{1,3}(\.\d{3})+,\d+$/.test(x.v))
          .map((x) => x.v),
      ).toEqual(["1.234,5"]);
    });
    it("a #DIV/0! cached formula result in an ejecutado", () => {
      const errores = ejecutados25().filter((x) => typeof x.v === "object" && x.v !== null && "error" in x.v);
      expect(errores.map((x) => x.v)).toEqual([{ error: "#DIV/0!" }]);
      expect(pdm.ws.getCell(errores[0]!.f, pdm.col("EJECUTADO VIGENCIA 2025")).formula).toBeTruthy();
    });
    it("an ND in an ejecutado", () => {
      expect(ejecutados25().filter((x) => x.v === "ND")).toHaveLength(1);
    });
    it("a duplicated meta code within one dependency", () => {
      const vistos = new Map<string, number>();
      for (const f of pdm.filas) {
        const k = `${sinTildes(texto(pdm.v(f, "DEPENDENCIA")))}|${texto(pdm.v(f, "CÓDIGO DE PRODUCTO"))}`;
        vistos.set(k, (vistos.get(k) ?? 0) + 1);
      }
      expect([...vistos.values()].filter((n) => n > 1)).toEqual([2]);
    });
    it("an over-execution of 300 %", () => {
      const sobre = pdm.filas.filter((f) => {
        const p = pdm.v(f, "PROGRAMADO VIGENCIA 2025");
        const e = pdm.v(f, "EJECUTADO VIGENCIA 2025");
        return typeof p === "number" && typeof e === "number" && p > 0 && e / p >= 3;
      });
      expect(sobre.map((f) => (pdm.v(f, "EJECUTADO VIGENCIA 2025") as number) / (pdm.v(f, "PROGRAMADO VIGENCIA 2025") as number))).toEqual([3]);
    });
    it("a spelling variant of a dependency name", () => {
      const escritas = new Map<string, Set<string>>();
      for (const f of pdm.filas) {
        const raw = texto(pdm.v(f, "DEPENDENCIA"));
        escritas.set(sinTildes(raw), (escritas.get(sinTildes(raw)) ?? new Set()).add(raw));
      }
      expect([...escritas.values()].filter((s) => s.size > 1)).toHaveLength(1);
    });
    it("a blank ejecutado where programado > 0", () => {
      const blancos = pdm.filas.filter((f) => (pdm.v(f, "PROGRAMADO VIGENCIA 2025") as number) > 0 && pdm.v(f, "EJECUTADO VIGENCIA 2025") === null);
      expect(blancos.length).toBeGreaterThanOrEqual(1);
    });
    it("a stored % column with exactly one value that disagrees (> 0,5 pt) with the row's own values", () => {
      const discrepantes = pdm.filas.filter((f) => {
        const [p, e, lb, r] = ["PROGRAMADO VIGENCIA 2025", "EJECUTADO VIGENCIA 2025", "LÍNEA BASE", "% EJEC. 2025"].map((h) => pdm.v(f, h));
        if (typeof p !== "number" || typeof e !== "number" || typeof r !== "number") return false;
        const tipo = TIPO_CANONICO[sinTildes(texto(pdm.v(f, "TIPO DE ACUMULACIÓN")))];
        const base = typeof lb === "number" ? lb : 0;
        const calculado = tipo === "CRECIENTE" ? (e - base) / (p - base) : tipo === "DECRECIENTE" ? (base - e) / (base - p) : e / p;
        return Math.abs(calculado - r) > 0.005;
      });
      expect(discrepantes).toHaveLength(1);
      expect(pdm.ws.getCell(discrepantes[0]!, pdm.col("% EJEC. 2025")).formula).toBeFalsy();
    });
  });
});

describe("generarLibroGrande: the bench's grid", () => {
  it("has one row per meta with a unique code, 4 years, and is the same for the same seed", () => {
    const libro = generarLibroGrande(2000);
    const hoja = libro.hojas[0]!;
    const enc = hoja.valores.findIndex((f) => f.includes("META DE PRODUCTO"));
    const cCodigo = hoja.valores[enc]!.indexOf("CÓDIGO DE PRODUCTO");
    const codigos = hoja.valores
      .slice(enc + 1)
      .map((f) => f[cCodigo])
      .filter((c) => typeof c === "string");
    expect(codigos).toHaveLength(2000);
    expect(new Set(codigos).size).toBe(2000);
    for (const a of [2024, 2025, 2026, 2027]) expect(hoja.valores[enc]).toContain(`EJECUTADO VIGENCIA ${a}`);
    expect(generarLibroGrande(2000)).toEqual(libro);
  });
});
