/**
 * The demo's host: the fake Excel seeded from an .xlsx (exceljs is imported only here, on
 * demand, so it never lands in the pane's initial bundle), an Excel.run that tells the page
 * to repaint after every batch, and the "user edited a cell" event Excel would raise.
 * Its workbook serves the application's ports through the Office adapter, as Excel's would.
 */
import type { EntornoExcel } from "../io/office/api";
import { libroOffice, type LibroOffice } from "../io/office/libroOffice";
import { ExcelFalso, excelFalsoDesdeXlsx } from "../simulador";
import type { HojaModelo } from "../simulador/modelo";
import { escribirCelda } from "../simulador/valores";

export interface Anfitrion {
  readonly falso: ExcelFalso;
  readonly entorno: EntornoExcel;
  /** The source and plan writer of src/app over the fake workbook. */
  readonly libro: LibroOffice;
  /** The user typed into a cell: write it as Excel would and raise the change event. */
  editar(hoja: HojaModelo, fila: number, columna: number, texto: string): void;
  /** Subscribe to user edits (never to the add-in's own writes, as triggerSource says in Excel). */
  alEditar(f: () => void): () => void;
}

export async function abrirXlsx(datos: ArrayBuffer | Uint8Array, nombre: string, alTerminarLote: () => void): Promise<Anfitrion> {
  const { leerXlsx } = await import(/* webpackChunkName: "lector-xlsx" */ "../io/xlsx/lector.js");
  const falso = await excelFalsoDesdeXlsx(datos, nombre, leerXlsx);
  const oyentes = new Set<() => void>();
  const entorno: EntornoExcel = {
    run: (lote) => falso.run(lote).finally(alTerminarLote),
    soporta: falso.soporta,
  };
  return {
    falso,
    entorno,
    libro: libroOffice(entorno),
    editar: (hoja, fila, columna, texto) => {
      escribirCelda(hoja, fila, columna, texto === "" ? "" : texto);
      alTerminarLote();
      oyentes.forEach((f) => f());
    },
    alEditar: (f) => {
      oyentes.add(f);
      return () => void oyentes.delete(f);
    },
  };
}
