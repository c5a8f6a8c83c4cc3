/**
 * A file the user picks in Consolidar as the application's ArchivoAgregado (issue 14). The
 * reader is fetched on demand — the same "lector-xlsx" chunk the demo loads — so exceljs never
 * enters the pane's first download, and each file is read and unzipped once: its recognition,
 * every validation and Consolidar share the grid.
 */
import type { ArchivoAgregado, LibroLeido } from "../app";
import type { ArchivoNavegador } from "../io/xlsx/archivoAgregado";

export function archivoDelNavegador(archivo: ArchivoNavegador): ArchivoAgregado {
  let leido: Promise<LibroLeido> | null = null;
  return {
    nombre: archivo.name,
    leer: () =>
      (leido ??= import(/* webpackChunkName: "lector-xlsx" */ "../io/xlsx/archivoAgregado.js").then(({ leerArchivoAgregado }) => leerArchivoAgregado(archivo))),
  };
}
