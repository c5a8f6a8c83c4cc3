/**
 * The web page's downloads (issue 14) take the CLI's path over the opened files' bytes: for the
 * same files, the consolidated workbook's owned sheets and the Informe's text are the CLI's, and a
 * workbook without a matrix is refused with the CLI's words. The expected side is always the CLI's
 * output (`main`, in-process, writing to a temp dir).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, promises as fsp } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ejemploXlsx } from "../../scripts/ejemplo";
import { documentoInforme } from "../../src/app";
import { main } from "../../src/cli";
import type { ArchivoAgregado } from "../../src/app";
import { informeConsolidado, libroConsolidado, type ArchivoAbierto, type ModulosXlsx } from "../../src/demo/consolidarEnNavegador";
import { leerArchivoAgregado } from "../../src/io/xlsx/archivoAgregado";
import { informeADocx } from "../../src/io/docx/escritorDocx";
import { abrirXlsx } from "../../src/io/xlsx/lector";
import { libroXlsx } from "../../src/io/xlsx/libroXlsx";
import { hojasPropias } from "../helpers/hojasPropias";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-pagina-"));
const OTRA_DEPENDENCIA = path.join(tmp, "dependencia-salud.xlsx");
const XLSX: ModulosXlsx = { abrirXlsx, libroXlsx };

async function cli(...argv: string[]): Promise<{ codigo: number; err: string }> {
  let err = "";
  const codigo = await main(argv, { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s), isTTY: false } });
  return { codigo, err };
}

/** The page's files: the first as its bytes (shown and written to), the others as the pane's added files. */
async function abiertos(primera: string, ...demas: string[]): Promise<[ArchivoAbierto, ArchivoAgregado[]]> {
  const agregado = (r: string): ArchivoAgregado => ({
    nombre: path.basename(r),
    leer: async () => {
      const b = await fsp.readFile(r);
      return leerArchivoAgregado({ name: path.basename(r), size: b.length, arrayBuffer: () => Promise.resolve(new Uint8Array(b).buffer) });
    },
  });
  return [{ nombre: path.basename(primera), bytes: new Uint8Array(await fsp.readFile(primera)) }, demas.map(agregado)];
}

async function documentXml(bytes: Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file("word/document.xml")?.async("string");
  if (xml === undefined) throw new Error("el .docx no tiene word/document.xml");
  return xml;
}

beforeAll(async () => {
  // a second dependency's file: the example's generator with another seed (other metas, other values)
  await fsp.writeFile(OTRA_DEPENDENCIA, await ejemploXlsx(7));
});

describe("the web page consolidates the opened files as `seguimiento consolidar` does", () => {
  it("two files: the downloaded workbook's owned sheets equal the CLI's, run date and duration aside", async () => {
    const salida = path.join(tmp, "cli.xlsx");
    await expect(cli("consolidar", EJEMPLO, OTRA_DEPENDENCIA, "--salida", salida)).resolves.toMatchObject({ codigo: 0 });
    const r = await libroConsolidado(XLSX, ...(await abiertos(EJEMPLO, OTRA_DEPENDENCIA)), {});
    if (!r.ok) throw new Error(r.mensaje);
    const [pagina, esperado] = await Promise.all([hojasPropias(r.valor.bytes, "pagina.xlsx"), hojasPropias(await fsp.readFile(salida), "cli.xlsx")]);
    expect(esperado.enmascaradas).toBe(2);
    expect(Object.keys(esperado.hojas)).toContain("Resumen");
    expect(pagina.orden).toEqual(esperado.orden);
    expect(pagina.hojas).toEqual(esperado.hojas);
    expect(pagina.enmascaradas).toBe(2);
  });

  it("a corrupt second file is left out with a notice naming it, and the others consolidate as in the CLI (issue 14)", async () => {
    const roto = path.join(tmp, "dependencia-rota.xlsx");
    await fsp.writeFile(roto, (await fsp.readFile(OTRA_DEPENDENCIA)).subarray(0, 4000));
    const salida = path.join(tmp, "cli-con-roto.xlsx");
    const corrida = await cli("consolidar", EJEMPLO, roto, OTRA_DEPENDENCIA, "--salida", salida);
    expect(corrida.codigo).toBe(0);
    const r = await libroConsolidado(XLSX, ...(await abiertos(EJEMPLO, roto, OTRA_DEPENDENCIA)), {});
    if (!r.ok) throw new Error(r.mensaje);
    expect(r.avisos).toHaveLength(1);
    expect(r.avisos[0]).toContain("«dependencia-rota.xlsx»");
    expect(corrida.err).toContain(r.avisos[0]);
    const [pagina, esperado] = await Promise.all([hojasPropias(r.valor.bytes, "pagina.xlsx"), hojasPropias(await fsp.readFile(salida), "cli.xlsx")]);
    expect(pagina.hojas).toEqual(esperado.hojas);
  });

  it("the Informe's document is the CLI's --informe for the same files", async () => {
    const docx = path.join(tmp, "informe.docx");
    await expect(cli("consolidar", EJEMPLO, OTRA_DEPENDENCIA, "--sin-salida", "--informe", docx)).resolves.toMatchObject({ codigo: 0 });
    const r = await informeConsolidado(XLSX, ...(await abiertos(EJEMPLO, OTRA_DEPENDENCIA)), {});
    if (!r.ok) throw new Error(r.mensaje);
    const bytes = await documentoInforme(r.valor.consolidacion, r.valor.plan, informeADocx);
    expect(await documentXml(bytes)).toBe(await documentXml(await fsp.readFile(docx)));
  });

  it("a workbook without a matrix downloads nothing and says why, in the CLI's words (SPEC §9)", async () => {
    const sinMatriz = path.join(tmp, "notas.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notas").addRow(["Acta de la reunión de seguimiento"]);
    await wb.xlsx.writeFile(sinMatriz);
    const { codigo, err } = await cli("consolidar", sinMatriz, "--salida", path.join(tmp, "notas.consolidado.xlsx"));
    expect(codigo).toBe(1);
    for (const r of [await libroConsolidado(XLSX, ...(await abiertos(sinMatriz)), {}), await informeConsolidado(XLSX, ...(await abiertos(sinMatriz)), {})]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(err).toContain(r.mensaje);
    }
  });
});
