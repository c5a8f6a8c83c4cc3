/**
 * Three dependencies' files made from the bundled example (issue 14's e2e): its matrix sheet split
 * by the DEPENDENCIA column, each file holding the header and the rows of its dependencies under the
 * same sheet name (as each dependency's copy of the master does), values only (a formula gives its
 * cached result). Plus a damaged file: an .xlsx's signature and garbage. Synthetic; written to
 * the caller's temp folder.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import path from "node:path";

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");
const HOJA = "PDM 2024-2027";
const FILA_ENCABEZADO = 6;

type ValorCelda = ExcelJS.CellValue;

function valorPlano(v: ValorCelda): ValorCelda {
  if (v !== null && typeof v === "object" && "formula" in v) return v.result ?? null;
  return v;
}

function valoresFila(fila: ExcelJS.Row, columnas: number): ValorCelda[] {
  return Array.from({ length: columnas }, (_, i) => valorPlano(fila.getCell(i + 1).value));
}

export interface ArchivosDependencias {
  /** The three files, the first one to open in Excel (the workbook written to). */
  readonly archivos: readonly [string, string, string];
  readonly danado: string;
}

/**
 * Writes `dependencias-1.xlsx` … `-3.xlsx` and `dependencia-danada.xlsx` into `carpeta`: the
 * example's dependencies, in order of first appearance, dealt to the three files in turn.
 */
export async function escribirArchivosDependencias(carpeta: string): Promise<ArchivosDependencias> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EJEMPLO);
  const ws = wb.getWorksheet(HOJA);
  if (!ws) throw new Error(`El ejemplo no tiene la hoja «${HOJA}».`);
  const encabezado = ws.getRow(FILA_ENCABEZADO);
  const columnas = encabezado.cellCount;
  const colDependencia = valoresFila(encabezado, columnas).findIndex((v) => v === "DEPENDENCIA") + 1;
  if (colDependencia === 0) throw new Error("El ejemplo no tiene la columna DEPENDENCIA.");

  const filasPorDependencia = new Map<string, ValorCelda[][]>();
  for (let n = FILA_ENCABEZADO + 1; n <= ws.rowCount; n++) {
    const valores = valoresFila(ws.getRow(n), columnas);
    const dependencia = valores[colDependencia - 1];
    if (typeof dependencia !== "string" || dependencia.trim() === "") continue;
    filasPorDependencia.set(dependencia, [...(filasPorDependencia.get(dependencia) ?? []), valores]);
  }
  const grupos: ValorCelda[][][] = [[], [], []];
  [...filasPorDependencia.values()].forEach((filas, i) => grupos[i % 3]?.push(...filas));

  const rutas = await Promise.all(
    grupos.map(async (filas, i) => {
      const salida = new ExcelJS.Workbook();
      const hoja = salida.addWorksheet(HOJA);
      hoja.addRow(["MATRIZ DE SEGUIMIENTO A METAS DE PRODUCTO - VIGENCIA 2025"]);
      hoja.addRow(valoresFila(encabezado, columnas));
      for (const f of filas) hoja.addRow(f);
      const ruta = path.join(carpeta, `dependencias-${i + 1}.xlsx`);
      await salida.xlsx.writeFile(ruta);
      return ruta;
    }),
  );
  const danado = path.join(carpeta, "dependencia-danada.xlsx");
  writeFileSync(danado, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(300, 7)]));
  const [a = "", b = "", c = ""] = rutas;
  return { archivos: [a, b, c], danado };
}
