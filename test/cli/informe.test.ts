/**
 * `seguimiento consolidar … --informe informe.docx` (issue 13) on the bundled example: the Word
 * file opens (JSZip reads word/document.xml) and its figures equal the run's other outputs —
 * the JSON summary for the roll-ups and each meta's %, the workbook's Datos sheet for what each
 * meta executed — written es-CO by this test's own formatter, not the product's.
 */
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ResumenJson } from "../../src/core/resumenJson";
import { correrCli as correr } from "../helpers/cli";
import { esParrafo, esTabla, leerDocx, type BloqueLeido, type TablaLeida } from "../io/docx/_docx";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-informe-"));

/** es-CO: "." groups thousands, "," before the decimals, trailing zeros dropped (1234.5 → "1.234,5"). */
function esCO(v: number, decimales: number): string {
  const fijo = (Math.round(v * 10 ** decimales) / 10 ** decimales).toFixed(decimales);
  const [entero = "", decimal = ""] = (decimales > 0 ? fijo.replace(/\.?0+$/, "") : fijo).split(".");
  const agrupado = entero.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return decimal === "" ? agrupado : `${agrupado},${decimal}`;
}
const pct = (v: number): string => `${esCO(v * 100, 1)} %`;

/** "hoja!fila" → Ejecutado of the vigencia's rows of the Datos sheet (the workbook written in the same run); codes may repeat. */
async function ejecutadoEnDatos(xlsx: string, vigencia: number): Promise<Map<string, number | null>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.getWorksheet("Datos");
  if (!ws) throw new Error("sin hoja Datos");
  let columnas: Record<string, number> = {};
  const fuera = new Map<string, number | null>();
  ws.eachRow((fila) => {
    const valores = (fila.values as unknown[]).map((v) => (v && typeof v === "object" && "result" in v ? v.result : v));
    const c = columnas;
    if (c["Código"] === undefined) {
      if (valores.includes("Código") && valores.includes("Ejecutado"))
        columnas = Object.fromEntries(valores.flatMap((v, i) => (typeof v === "string" ? [[v, i]] : [])));
      return;
    }
    if (valores[c["Año"] ?? -1] !== vigencia) return;
    const e = valores[c["Ejecutado"] ?? -1];
    fuera.set(`${String(valores[c["Hoja"] ?? -1])}!${String(valores[c["Fila"] ?? -1])}`, typeof e === "number" ? e : null);
  });
  return fuera;
}

describe("seguimiento consolidar --informe (issue 13)", () => {
  const rutas = { xlsx: path.join(tmp, "consolidado.xlsx"), json: path.join(tmp, "resumen.json"), docx: path.join(tmp, "informe.docx") };
  let corrida: { codigo: number; out: string; err: string };
  let json: ResumenJson;
  let bloques: readonly BloqueLeido[];
  beforeAll(async () => {
    corrida = await correr("consolidar", EJEMPLO, "--salida", rutas.xlsx, "--json", rutas.json, "--informe", rutas.docx);
    json = JSON.parse(await fsp.readFile(rutas.json, "utf8")) as ResumenJson;
    ({ bloques } = await leerDocx(await fsp.readFile(rutas.docx)));
  });

  it("writes the .docx beside the workbook and the JSON, and says where", () => {
    expect(corrida.codigo).toBe(0);
    expect(corrida.out).toContain(`Informe en Word: ${rutas.docx}\n`);
  });

  it("states the plan's % of the vigencia and of the cuatrienio as the JSON has them", () => {
    const texto = bloques
      .filter(esParrafo)
      .map((p) => p.texto)
      .join("\n");
    expect(texto).toContain(`alcanzó un ${pct(json.plan.pct_vigencia ?? NaN)} de ejecución`);
    expect(texto).toContain(`del cuatrienio es del ${pct(json.plan.pct_cuatrienio ?? NaN)}`);
    expect(texto).toContain(`El plan cuenta con ${esCO(json.plan.metas, 0)} metas`);
  });

  it("has one heading, one paragraph of figures and one table of metas per dependency, in the JSON's figures", async () => {
    const dependencias = json.grupos.filter((g) => g.nivel === "dependencia");
    expect(dependencias.length).toBeGreaterThan(1);
    const ejecutado = await ejecutadoEnDatos(rutas.xlsx, json.vigencia);
    for (const g of dependencias) {
      const i = bloques.findIndex((b) => esParrafo(b) && b.estilo === "Heading2" && b.texto === g.nombre);
      expect(i).toBeGreaterThan(0);
      const siguiente = bloques.slice(i + 1).findIndex((b) => esParrafo(b) && /^Heading[12]$/.test(b.estilo ?? ""));
      const suyos = bloques.slice(i + 1, siguiente < 0 ? undefined : i + 1 + siguiente);
      const texto = suyos
        .filter(esParrafo)
        .map((p) => p.texto)
        .join("\n");
      expect(texto).toContain(`cuenta con ${esCO(g.metas, 0)} metas`);
      expect(texto).toContain(`alcanzó un ${pct(g.pct_vigencia ?? NaN)}`);
      const tablas = suyos.filter(esTabla);
      expect(tablas).toHaveLength(1);
      const t = tablas[0] as TablaLeida;
      const columna = (titulo: string): number => t.filas[0]?.findIndex((c) => c.texto === titulo) ?? -1;
      const [cCodigo, cEjecutado, cVigencia] = [columna("Código"), columna("Ejecutado"), columna("% vigencia")];
      const metas = json.metas.filter((m) => m.grupo["dependencia"] === g.nombre);
      expect(t.filas.slice(1).map((f) => f[cCodigo]?.texto)).toEqual(metas.map((m) => m.codigo ?? ""));
      for (const [k, fila] of t.filas.slice(1).entries()) {
        const m = metas[k];
        const v = m?.pct_vigencia_sin_tope ?? null;
        expect(fila[cVigencia]?.texto).toBe(v === null ? "" : pct(v));
        const clave = `${m?.hoja ?? ""}!${m?.fila ?? ""}`;
        expect(ejecutado.has(clave)).toBe(true);
        const e = ejecutado.get(clave) ?? null;
        expect(fila[cEjecutado]?.texto).toBe(e === null ? "" : esCO(e, 2));
      }
    }
  });

  it("writes only the Informe with --sin-salida", async () => {
    const docx = path.join(tmp, "solo-informe.docx");
    const { codigo } = await correr("consolidar", EJEMPLO, "--sin-salida", "--informe", docx);
    expect(codigo).toBe(0);
    const { bloques: solo } = await leerDocx(await fsp.readFile(docx));
    expect(solo.filter(esTabla).length).toBe(bloques.filter(esTabla).length);
    expect(existsSync(path.join(path.dirname(EJEMPLO), "matriz-seguimiento-ejemplo.consolidado.xlsx"))).toBe(false);
  });

  it("refuses an --informe that names an input file (exit 2), in Spanish", async () => {
    const { codigo, err } = await correr("consolidar", EJEMPLO, "--sin-salida", "--informe", EJEMPLO);
    expect(codigo).toBe(2);
    expect(err).toContain("Use otra ruta en --informe");
  });

  it("lists --informe in the Spanish help", async () => {
    const { codigo, out } = await correr("consolidar", "--help");
    expect(codigo).toBe(0);
    expect(out).toMatch(/--informe <archivo\.docx>\s+escribe el informe en Word/);
  });
});
