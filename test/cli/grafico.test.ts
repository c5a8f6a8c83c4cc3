/**
 * `seguimiento consolidar … --grafico "<solicitud>"` and `--grafico archivo.json` (issue 14): the
 * written workbook holds the sheet «Gráficos» with one native DrawingML chart per request, whose
 * series reference the sheet's source table and whose cached values equal the figures worked out
 * by hand from the matrix (test/core/graficos/_matriz.ts); bad requests are usage errors (exit 2).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { conGraficos } from "../../src/cli/graficos";
import type { LibroLeido } from "../../src/app";
import { correrCli as correr, type Corrida } from "../helpers/cli";
import { ENCABEZADO, FILAS, M1, M2, M3, M4, M5, M6, media } from "../core/graficos/_matriz";

jest.setTimeout(120_000);

const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-grafico-"));
const ENTRADA = path.join(tmp, "matriz.xlsx");

/** The chart parts of the written package, in part order, as XML text. */
async function partesGrafico(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(await fsp.readFile(xlsx));
  const nombres = zip
    .file(/^xl\/charts\/chart\d+\.xml$/)
    .map((f) => f.name)
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]));
  return Promise.all(nombres.map(async (n) => (await zip.file(n)?.async("string")) ?? ""));
}

/** Each series of a chart part: its name, the reference of its values and their cache. */
function series(xml: string): { nombre: string; ref: string; valores: (number | null)[] }[] {
  return [...xml.matchAll(/<c:ser>(.*?)<\/c:ser>/gs)].map(([, ser = ""]) => {
    const val = /<c:val>(.*?)<\/c:val>/s.exec(ser)?.[1] ?? "";
    const cuenta = Number(/<c:ptCount val="(\d+)"\/>/.exec(val)?.[1]);
    const valores: (number | null)[] = Array.from({ length: cuenta }, () => null);
    for (const [, i, v] of val.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)) valores[Number(i)] = Number(v);
    return {
      nombre: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(ser)?.[1] ?? "",
      ref: (/<c:f>([^<]*)<\/c:f>/.exec(val)?.[1] ?? "").replace(/&apos;/g, "'"),
      valores,
    };
  });
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("PDM");
  ws.addRow(ENCABEZADO);
  for (const [eje, prog, dep, cod, meta, unidad, ...num] of FILAS) ws.addRow([eje, prog, dep, cod, meta, unidad, "SUMA", ...num]);
  await wb.xlsx.writeFile(ENTRADA);
});

describe("--grafico writes native charts on the sheet «Gráficos» (issue 14)", () => {
  const salida = path.join(tmp, "con-graficos.xlsx");
  let corrida: Corrida;
  let xml: string[];
  beforeAll(async () => {
    const archivo = path.join(tmp, "graficos.json");
    await fsp.writeFile(archivo, JSON.stringify([{ medida: "semaforo", por: "dependencia" }, "medida=pct_vigencia;por=anio;tipo=lineas"]));
    corrida = await correr(
      "consolidar",
      ENTRADA,
      "--vigencia",
      "2025",
      "--salida",
      salida,
      "--grafico",
      "medida=pct_cuatrienio;por=programa;filtro=dependencia:Secretaría de Salud",
      "--grafico",
      "medida=esperado_real;por=dependencia",
      "--grafico",
      archivo,
    );
    const todas = await partesGrafico(salida);
    // the report's own charts reference other sheets; ours reference «Gráficos»
    xml = todas.filter((x) => x.includes("&apos;Gráficos&apos;!"));
  });

  it("exits 0 and writes four charts, in the order the options were given", () => {
    expect(corrida.err).toBe("");
    expect(corrida.codigo).toBe(0);
    expect(xml.map((x) => /<a:t>([^<]*)<\/a:t>/.exec(x)?.[1])).toEqual([
      "% de avance del cuatrienio por programa — Secretaría de Salud",
      "Avance esperado frente a avance real por dependencia",
      "Metas por nivel del semáforo por dependencia",
      "% de ejecución de la vigencia por año",
    ]);
  });

  it("pct_cuatrienio por programa for Secretaría de Salud: a bar chart of its two programas, from the sheet's table", () => {
    const [x = ""] = xml;
    expect(x).toContain('<c:barDir val="bar"/>');
    const [s] = series(x);
    expect(s?.ref).toBe("'Gráficos'!$B$8:$B$9");
    expect(s?.valores[0]).toBeCloseTo(media(M1.avance, M2.avance), 10);
    expect(s?.valores[1]).toBeCloseTo(M3.avance, 10);
  });

  it("esperado_real por dependencia: Esperado and Real of Gobierno, then Salud", () => {
    const [esperado, real] = series(xml[1] ?? "");
    expect([esperado?.nombre, real?.nombre]).toEqual(["Esperado", "Real"]);
    expect(esperado?.valores[0]).toBeCloseTo(media(M4.esperado, M5.esperado, M6.esperado), 10);
    expect(real?.valores[0]).toBeCloseTo(media(M4.avance, M5.avance, M6.avance), 10);
    expect(esperado?.valores[1]).toBeCloseTo(media(M1.esperado, M2.esperado, M3.esperado), 10);
    expect(real?.valores[1]).toBeCloseTo(media(M1.avance, M2.avance, M3.avance), 10);
  });

  it("semaforo por dependencia, from the JSON file: metas per level", () => {
    expect(series(xml[2] ?? "").map((s) => [s.nombre, s.valores])).toEqual([
      ["Sobresaliente", [1, 1]],
      ["Bajo", [2, 0]],
      ["Sin reporte", [0, 1]],
      ["Sin programación", [0, 1]],
    ]);
  });

  it("lines over the years, from the JSON file's text form: a lineChart with markers", () => {
    const x = xml[3] ?? "";
    expect(x).toContain("<c:lineChart>");
    expect(x).not.toContain('<c:dLblPos val="outEnd"/>');
    const [s] = series(x);
    expect(s?.valores[0]).toBeCloseTo(media(1, 4 / 5, 1, 1, 1, 1 / 2), 10);
    expect(s?.valores[1]).toBeCloseTo(media(M1.vigencia, M2.vigencia, M3.vigencia, M4.vigencia, M5.vigencia), 10);
  });

  it("the source tables are on the sheet: the categories' cells hold the programas' names", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(salida);
    const ws = wb.getWorksheet("Gráficos");
    expect([ws?.getCell("A8").value, ws?.getCell("A9").value]).toEqual(["11 Salud pública", "21 Vías"]);
  });
});

describe("bad requests are usage errors, in Spanish, before reading the workbook", () => {
  it("an unknown medida lists the accepted ones (exit 2)", async () => {
    const r = await correr("consolidar", ENTRADA, "--sin-salida", "--grafico", "medida=avance;por=dependencia");
    expect(r.codigo).toBe(2);
    expect(r.err).toContain(
      "error: el valor «medida=avance;por=dependencia» de la opción «--grafico <solicitud|archivo.json>» no es válido: medida: «avance» no es válido; use pct_vigencia, pct_cuatrienio, esperado_real, semaforo, programado_ejecutado o presupuesto.",
    );
  });

  it("a JSON file that does not exist, or holds a bad request, names the file (exit 2)", async () => {
    const falta = await correr("consolidar", ENTRADA, "--sin-salida", "--grafico", path.join(tmp, "no-esta.json"));
    expect(falta.codigo).toBe(2);
    expect(falta.err).toContain(`el archivo de gráficos «${path.join(tmp, "no-esta.json")}» (--grafico) no existe.`);
    const malo = path.join(tmp, "malo.json");
    await fsp.writeFile(malo, JSON.stringify([{ medida: "semaforo", por: "eje", tipo: "circular" }]));
    const r = await correr("consolidar", ENTRADA, "--sin-salida", "--grafico", malo);
    expect(r.codigo).toBe(2);
    expect(r.err).toContain("[0].tipo: un gráfico circular muestra las partes de un total: solo sirve con medida=presupuesto");
  });
});

describe("without --grafico, the charts the pane saved in the workbook are drawn again", () => {
  const leido = (texto: string | null): LibroLeido =>
    ({
      ajustesGuardados: texto === null ? [] : [{ archivo: "plan.xlsx", texto }],
      libro: { hojas: [], cultura: { decimal: ",", miles: "." }, archivos: ["plan.xlsx"] },
    }) as unknown as LibroLeido;

  it("takes the saved requests, and --grafico replaces them", () => {
    const guardados = JSON.stringify({ graficos: [{ medida: "semaforo", por: "eje" }] });
    expect(conGraficos({}, [], leido(guardados))).toEqual({ graficos: [{ medida: "semaforo", por: "eje" }] });
    expect(conGraficos({}, [{ medida: "pct_vigencia", por: "anio" }], leido(guardados))).toEqual({ graficos: [{ medida: "pct_vigencia", por: "anio" }] });
    expect(conGraficos({ tope: "100" }, [], leido(null))).toEqual({ tope: "100" });
  });
});
