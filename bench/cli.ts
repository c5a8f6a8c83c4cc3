/**
 * The CLI on a generated 5,000-meta .xlsx next to exceljs reading that file alone (issue 3), and
 * the plan and the .xlsx writing next to exceljs writing the same input alone (issue 4).
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../src/cli";
import { consolidar } from "../src/core/calculo/consolidar";
import { planificar } from "../src/core/reporte/planificar";
import { escribirXlsx } from "../src/io/xlsx/escritor";
import { leerXlsx } from "../src/io/xlsx/lector";
import { generarXlsxGrande } from "../scripts/ejemplo";
import { kb, linea, medir, razon, tiempo } from "./medir";

const NULO = { write: (): boolean => true, isTTY: false };

export async function benchArchivo(metas: number, veces: number): Promise<string[]> {
  const archivo = path.join(tmpdir(), `seguimiento-bench-${metas}.xlsx`);
  writeFileSync(archivo, await generarXlsxGrande(metas));
  const bytes = new Uint8Array(readFileSync(archivo));
  const n = new Intl.NumberFormat("es-CO").format(metas);

  const lectura = await medir(veces, async () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
  let codigo = 0;
  const cli = await medir(veces, async () => {
    codigo = await main(["consolidar", archivo, "--sin-salida"], { stdout: NULO, stderr: NULO });
  });
  if (codigo !== 0) throw new Error(`la CLI terminó con código ${codigo}`);
  const r = cli.ms / lectura.ms;

  const c = consolidar(await leerXlsx(bytes, path.basename(archivo)));
  const ctx = { hojasExistentes: ["PDM"], propiedadPrevia: null, fechaEjecucion: "2026-01-31T10:00:00Z", duracionMs: null };
  const plan = await medir(veces, () => planificar(c, ctx));
  const p = planificar(c, ctx);
  let tamano = 0;
  const escritura = await medir(veces, async () => {
    tamano = (await escribirXlsx(bytes, p)).byteLength;
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const soloExceljs = await medir(veces, () => wb.xlsx.writeBuffer());

  return [
    `Archivo .xlsx de ${n} metas (${kb(bytes.byteLength)})`,
    linea("CLI consolidar (leer + consolidar + tabla, sin escribir)", tiempo(cli)),
    linea("exceljs leyendo el mismo archivo, solo", tiempo(lectura)),
    linea("razón CLI / lectura exceljs", razon(r), { texto: "≤ 1,5", cumple: r <= 1.5 }),
    linea("planificar (WorkbookPlan)", tiempo(plan)),
    linea(`escribirXlsx (copia + hojas propias + gráficos, ${kb(tamano)})`, tiempo(escritura)),
    linea("exceljs escribiendo la misma entrada, solo", tiempo(soloExceljs)),
  ];
}
