import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import JSZip from "jszip";
import { consolidar } from "../../../src/core/calculo/consolidar";
import { planificar } from "../../../src/core/reporte/planificar";
import { escribirXlsx } from "../../../src/io/xlsx/escritor";
import { ErrorRangoGrafico } from "../../../src/core/fallos";
import type { GraficoPlan } from "../../../src/core/reporte/plan";
import { leerXlsx } from "../../../src/io/xlsx/lector";
import { DEPENDENCIAS, libroUsuario, planEjemplo, SEMAFORO } from "./_plan";

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (n) => ["c:pt", "c:dPt", "c:ser"].includes(n) });

type Nodo = Record<string, unknown>;
const hijo = (n: unknown, ...ruta: string[]): Nodo => ruta.reduce<Nodo>((a, k) => (a?.[k] ?? {}) as Nodo, n as Nodo);
const lista = (n: unknown): Nodo[] => (Array.isArray(n) ? (n as Nodo[]) : []);

async function salida(): Promise<{ zip: JSZip; bytes: Uint8Array }> {
  const bytes = await escribirXlsx(await libroUsuario(), planEjemplo());
  return { zip: await JSZip.loadAsync(bytes), bytes };
}

async function graficos(zip: JSZip): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of zip.file(/^xl\/charts\/chart\d+\.xml$/)) out[f.name] = await f.async("string");
  return out;
}

/** Resolves "'Hoja'!$A$2:$A$6" against the written workbook: the cells' values, row-major. */
function valoresDe(wb: ExcelJS.Workbook, formula: string): unknown[] {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula);
  if (!m) throw new Error(`referencia no reconocida: ${formula}`);
  const ws = wb.getWorksheet((m[1] ?? "").replace(/''/g, "'"));
  if (!ws) throw new Error(`la hoja de ${formula} no existe`);
  const out: unknown[] = [];
  for (let f = Number(m[3]); f <= Number(m[5]); f++) out.push(ws.getCell(`${m[2]}${f}`).value);
  return out;
}

describe("native charts (SPEC §6: charts titled in Spanish, % axes formatted, semáforo colours)", () => {
  it("the package has exactly one chart part per chart spec, each well-formed XML", async () => {
    const { zip } = await salida();
    const partes = await graficos(zip);
    const especificados = planEjemplo().hojas.flatMap((h) => h.graficos);
    expect(Object.keys(partes)).toHaveLength(especificados.length);
    for (const xml of Object.values(partes)) expect(XMLValidator.validate(xml)).toBe(true);
    const tipos = await zip.file("[Content_Types].xml")?.async("string");
    for (const nombre of Object.keys(partes))
      expect(tipos).toContain(`PartName="/${nombre}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
  });

  it("the charts hang from the sheet that owns them through a drawing", async () => {
    const { zip, bytes } = await salida();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const libro = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
    const rid = /<sheet [^>]*name="Por dependencia"[^>]*r:id="([^"]+)"/.exec(libro)?.[1] ?? "";
    const relsLibro = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
    const hoja = new RegExp(`Id="${rid}"[^>]*Target="/?(?:xl/)?([^"]+)"`).exec(relsLibro)?.[1] ?? "";
    const nombre = hoja.split("/").pop() ?? "";
    const relsHoja = (await zip.file(`xl/worksheets/_rels/${nombre}.rels`)?.async("string")) ?? "";
    const dibujo = /relationships\/drawing" Target="\.\.\/drawings\/(drawing\d+\.xml)"/.exec(relsHoja)?.[1] ?? "";
    const xmlHoja = (await zip.file(`xl/worksheets/${nombre}`)?.async("string")) ?? "";
    expect(xmlHoja).toMatch(/<drawing r:id="rId\d+"\/>/);
    // CT_Worksheet order: drawing after pageSetup and before tableParts
    expect(xmlHoja.indexOf("<drawing")).toBeGreaterThan(xmlHoja.indexOf("<pageSetup"));
    expect(xmlHoja.indexOf("<drawing")).toBeLessThan(xmlHoja.indexOf("<tableParts"));
    const xmlDibujo = (await zip.file(`xl/drawings/${dibujo}`)?.async("string")) ?? "";
    expect(XMLValidator.validate(xmlDibujo)).toBe(true);
    expect(xmlDibujo.match(/<xdr:oneCellAnchor>/g)).toHaveLength(2);
    // bar chart anchored at A9 (0-based col 0, row 8), 520 × 300 pt in EMU
    expect(xmlDibujo).toContain("<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row>");
    expect(xmlDibujo).toContain(`<xdr:ext cx="${520 * 12700}" cy="${300 * 12700}"/>`);
    const relsDibujo = (await zip.file(`xl/drawings/_rels/${dibujo}.rels`)?.async("string")) ?? "";
    expect(relsDibujo.match(/relationships\/chart" Target="\.\.\/charts\/chart\d+\.xml"/g)).toHaveLength(2);
  });

  it("bar chart: horizontal bars, title, axis titles, % axis 0–100 %, one semáforo colour per dependency, labels", async () => {
    const { zip, bytes } = await salida();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const xml = Object.values(await graficos(zip)).find((x) => x.includes("<c:barChart>")) ?? "";
    const chart = hijo(parser.parse(xml), "c:chartSpace", "c:chart");
    expect(JSON.stringify(hijo(chart, "c:title"))).toContain("% ejecución vigencia 2024 por dependencia");
    const bar = hijo(chart, "c:plotArea", "c:barChart");
    expect(hijo(bar, "c:barDir")["@val"]).toBe("bar");
    const ser = lista(bar["c:ser"])[0] ?? {};
    const colores = lista(ser["c:dPt"]).map((p) => hijo(p, "c:spPr", "a:solidFill", "a:srgbClr")["@val"]);
    expect(colores).toEqual(DEPENDENCIAS.map((d) => SEMAFORO[d[6]].barra.slice(1)));
    expect(hijo(ser, "c:dLbls", "c:showVal")["@val"]).toBe("1");
    expect(hijo(ser, "c:dLbls", "c:numFmt")["@formatCode"]).toBe("0%");
    // the references point at existing cells holding exactly what the caches say
    const cat = hijo(ser, "c:cat", "c:strRef");
    const val = hijo(ser, "c:val", "c:numRef");
    expect(cat["c:f"]).toBe("'Por dependencia'!$A$2:$A$6");
    expect(valoresDe(wb, String(cat["c:f"]))).toEqual(DEPENDENCIAS.map((d) => d[0]));
    expect(lista(hijo(cat, "c:strCache")["c:pt"]).map((p) => p["c:v"])).toEqual(DEPENDENCIAS.map((d) => d[0]));
    expect(valoresDe(wb, String(val["c:f"]))).toEqual(DEPENDENCIAS.map((d) => d[4]));
    expect(lista(hijo(val, "c:numCache")["c:pt"]).map((p) => p["c:v"])).toEqual(DEPENDENCIAS.map((d) => d[4]));
    const valAx = hijo(chart, "c:plotArea", "c:valAx");
    expect(hijo(valAx, "c:numFmt")["@formatCode"]).toBe("0%");
    expect(hijo(valAx, "c:scaling", "c:min")["@val"]).toBe("0");
    expect(hijo(valAx, "c:scaling", "c:max")["@val"]).toBe("1");
    expect(JSON.stringify(hijo(valAx, "c:title"))).toContain("% ejecución");
    expect(JSON.stringify(hijo(chart, "c:plotArea", "c:catAx", "c:title"))).toContain("Dependencia");
  });

  it("pie chart: metas per semáforo level with the level colours and a legend", async () => {
    const { zip, bytes } = await salida();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const xml = Object.values(await graficos(zip)).find((x) => x.includes("<c:pieChart>")) ?? "";
    const chart = hijo(parser.parse(xml), "c:chartSpace", "c:chart");
    const ser = lista(hijo(chart, "c:plotArea", "c:pieChart")["c:ser"])[0] ?? {};
    const colores = lista(ser["c:dPt"]).map((p) => hijo(p, "c:spPr", "a:solidFill", "a:srgbClr")["@val"]);
    expect(colores).toEqual(["2E7D32", "F9A825", "C62828"]);
    const porNivel = (n: string): number => DEPENDENCIAS.filter((d) => d[6] === n).reduce((a, d) => a + d[1], 0);
    const val = hijo(ser, "c:val", "c:numRef");
    expect(valoresDe(wb, String(val["c:f"]))).toEqual([porNivel("Sobresaliente"), porNivel("Aceptable"), porNivel("Bajo")]);
    expect(lista(hijo(val, "c:numCache")["c:pt"]).map((p) => p["c:v"])).toEqual([53, 63, 19]);
    expect(hijo(chart, "c:legend", "c:legendPos")["@val"]).toBe("r");
    expect(hijo(chart, "c:plotArea", "c:valAx")).toEqual({});
  });
});

describe("axis properties come from the plan (every label, first category on top, label size, gaps, gridlines)", () => {
  async function ejesDe(cambio: (g: GraficoPlan) => GraficoPlan): Promise<{ catAx: Nodo; valAx: Nodo; bar: Nodo }> {
    const plan = planEjemplo();
    const hojas = plan.hojas.map((h) => ({ ...h, graficos: h.graficos.map((g) => (g.tipo === "barras" ? cambio(g) : g)) }));
    const zip = await JSZip.loadAsync(await escribirXlsx(await libroUsuario(), { ...plan, hojas }));
    const xml = Object.values(await graficos(zip)).find((x) => x.includes("<c:barChart>")) ?? "";
    const area = hijo(parser.parse(xml), "c:chartSpace", "c:chart", "c:plotArea");
    return { catAx: hijo(area, "c:catAx"), valAx: hijo(area, "c:valAx"), bar: hijo(area, "c:barChart") };
  }

  it("the plan's house bars: tickLblSkip 1, categories maxMin with the value axis crossing at max, 9-point labels", async () => {
    const { catAx, valAx, bar } = await ejesDe((g) => g);
    expect(hijo(catAx, "c:tickLblSkip")["@val"]).toBe("1");
    expect(hijo(catAx, "c:scaling", "c:orientation")["@val"]).toBe("maxMin");
    expect(hijo(valAx, "c:crosses")["@val"]).toBe("max");
    expect(hijo(catAx, "c:txPr", "a:p", "a:pPr", "a:defRPr")["@sz"]).toBe("900");
    expect(hijo(bar, "c:gapWidth")["@val"]).toBe("60");
    expect(hijo(valAx, "c:majorUnit")).toEqual({});
  });

  it("another spec, another chart: skip 2, sheet order upward, 11-point labels, gap 35, a gridline every 25 %", async () => {
    const { catAx, valAx, bar } = await ejesDe((g) => ({
      ...g,
      separacion: 35,
      ejeValores: { ...g.ejeValores, unidad: 0.25 },
      ejeCategorias: { ...g.ejeCategorias, saltoEtiquetas: 2, ordenInverso: false, tamanoEtiquetas: 11 },
    }));
    expect(hijo(catAx, "c:tickLblSkip")["@val"]).toBe("2");
    expect(hijo(catAx, "c:scaling", "c:orientation")["@val"]).toBe("minMax");
    expect(hijo(valAx, "c:crosses")["@val"]).toBe("autoZero");
    expect(hijo(catAx, "c:txPr", "a:p", "a:pPr", "a:defRPr")["@sz"]).toBe("1100");
    expect(hijo(bar, "c:gapWidth")["@val"]).toBe("35");
    expect(hijo(valAx, "c:majorUnit")["@val"]).toBe("0.25");
  });
});

describe("clustered bars keep the plan's series order (issue 13)", () => {
  // LibreOffice lists a horizontal bar chart's legend bottom-up (Real before Esperado) even with the
  // categories reversed, while its bars show Esperado on top: the part is right, the order is the plan's.
  it("esperado frente a real: Esperado is series 0 (idx and order), Real series 1, as the plan lists them", async () => {
    const plan = planEjemplo();
    const dos: GraficoPlan = { ...(plan.hojas.flatMap((h) => h.graficos).find((g) => g.tipo === "barras") as GraficoPlan) };
    const series = [
      { ...dos.series[0]!, nombre: "Esperado", color: "#A5A5A5" },
      { ...dos.series[0]!, nombre: "Real", color: "#4472C4" },
    ];
    const hojas = plan.hojas.map((h) => ({ ...h, graficos: h.graficos.map((g) => (g.id === dos.id ? { ...g, series } : g)) }));
    const zip = await JSZip.loadAsync(await escribirXlsx(await libroUsuario(), { ...plan, hojas }));
    const xml = Object.values(await graficos(zip)).find((x) => x.includes("<c:v>Esperado</c:v>")) ?? "";
    const ser = lista(hijo(parser.parse(xml), "c:chartSpace", "c:chart", "c:plotArea", "c:barChart")["c:ser"]);
    expect(ser.map((x) => [hijo(x, "c:tx")["c:v"], hijo(x, "c:idx")["@val"], hijo(x, "c:order")["@val"]])).toEqual([
      ["Esperado", "0", "0"],
      ["Real", "1", "1"],
    ]);
    expect(hijo(parser.parse(xml), "c:chartSpace", "c:chart", "c:plotArea", "c:barChart", "c:grouping")["@val"]).toBe("clustered");
  });
});

describe("chart contract", () => {
  it("a chart whose range points at a sheet the plan does not write is a broken contract", async () => {
    const plan = planEjemplo();
    const hojas = plan.hojas.map((h) =>
      h.graficos.length === 0 ? h : { ...h, graficos: h.graficos.map((g) => ({ ...g, categorias: { hoja: "Matriz", rango: "A2:A5" } })) },
    );
    await expect(escribirXlsx(await libroUsuario(), { ...plan, hojas })).rejects.toThrow(ErrorRangoGrafico);
  });
});

describe("bundled example through the real pipeline (leerXlsx → consolidar → planificar → escribirXlsx)", () => {
  it("one well-formed chart part per chart spec, every reference resolving to cells holding the cached values", async () => {
    const entrada = new Uint8Array(fs.readFileSync(path.resolve(__dirname, "../../../ejemplos/matriz-seguimiento-ejemplo.xlsx")));
    const libro = await leerXlsx(entrada, "matriz-seguimiento-ejemplo.xlsx");
    const plan = planificar(consolidar(libro), {
      hojasExistentes: libro.hojas.map((h) => h.nombre),
      propiedadPrevia: null,
      fechaEjecucion: "2026-01-31T10:00:00Z",
      duracionMs: null,
    });
    const salida = await escribirXlsx(entrada, plan);
    const zip = await JSZip.loadAsync(salida);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(salida as unknown as ArrayBuffer);
    const partes = Object.values(await graficos(zip));
    const especificados = plan.hojas.flatMap((h) => h.graficos);
    expect(especificados.length).toBeGreaterThan(0);
    expect(partes).toHaveLength(especificados.length);
    for (const xml of partes) {
      expect(XMLValidator.validate(xml)).toBe(true);
      for (const ser of lista(
        hijo(parser.parse(xml), "c:chartSpace", "c:chart", "c:plotArea", xml.includes("<c:pieChart>") ? "c:pieChart" : "c:barChart")["c:ser"],
      )) {
        const cat = hijo(ser, "c:cat", "c:strRef");
        const val = hijo(ser, "c:val", "c:numRef");
        const comoTexto = (v: unknown): string => (typeof v === "string" || typeof v === "number" ? `${v}` : "");
        const categorias = valoresDe(wb, String(cat["c:f"])).map(comoTexto);
        expect(lista(hijo(cat, "c:strCache")["c:pt"]).map((p) => comoTexto(p["c:v"]))).toEqual(categorias);
        const numeros = valoresDe(wb, String(val["c:f"]));
        const cache = lista(hijo(val, "c:numCache")["c:pt"]).map((p) => Number(p["c:v"]));
        expect(cache).toEqual(numeros.filter((v): v is number => typeof v === "number"));
      }
      // every category labelled on every bar chart of the real plan
      if (xml.includes("<c:barChart>")) expect(xml).toContain('<c:tickLblSkip val="1"/>');
    }
  }, 30_000);
});
