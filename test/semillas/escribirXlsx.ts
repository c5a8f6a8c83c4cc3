/**
 * `npx ts-node --transpile-only test/semillas/escribirXlsx.ts <carpeta>` writes the seed layouts of
 * libros.ts as .xlsx files (sopo-001, prosperidad-003, bogota-004), so that Consolidar's output on
 * them can be rendered and looked at (`npm run render`, issue 13) — the same grids the seed tests use.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { esValorError, type Libro } from "../../src/core/grid/libro";
import { libroBogota, libroProsperidad, libroSopo } from "./libros";

export const LIBROS_SEMILLAS: Readonly<Record<string, () => Libro>> = {
  "sopo-001": libroSopo,
  "prosperidad-003": libroProsperidad,
  "bogota-004": libroBogota,
};

export async function xlsxDeLibro(libro: Libro): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const h of libro.hojas) {
    const ws = wb.addWorksheet(h.nombre);
    h.valores.forEach((fila, f) =>
      fila.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(f + 1, c + 1).value = esValorError(v) ? { error: v.error as ExcelJS.CellErrorValue["error"] } : v;
      }),
    );
    for (const m of h.combinadas) ws.mergeCells(m.fila + 1, m.columna + 1, m.fila + m.filas, m.columna + m.columnas);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

if (require.main === module) {
  const carpeta = process.argv[2];
  if (!carpeta) {
    process.stderr.write("Uso: npx ts-node --transpile-only test/semillas/escribirXlsx.ts <carpeta>\n");
    process.exit(2);
  }
  fs.mkdirSync(carpeta, { recursive: true });
  void (async () => {
    for (const [nombre, crear] of Object.entries(LIBROS_SEMILLAS)) {
      const ruta = path.join(carpeta, `${nombre}.xlsx`);
      fs.writeFileSync(ruta, await xlsxDeLibro(crear()));
      process.stdout.write(`${ruta}\n`);
    }
  })();
}
