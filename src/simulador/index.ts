/**
 * The fake Excel (issue #5), shared by the adapter tests and the browser demo.
 *   const falso = new ExcelFalso({ modo: "web", versionApi: "1.17" }).cargarLibro(libro);
 *   await leerLibroExcel(falso.entorno);               // run + isSetSupported for the adapter
 *   instalarGlobales(falso, window);                    // Excel.run / Office.* for office.js pages
 *   falso.instantanea(); falso.registro; falso.totalSyncs; falso.editarCelda("PDM", "D17", 5);
 * Faults: opciones.edicion, fallarEnSync { n, codigo }, colgarEnSync n, modo "web" (5 MB limit).
 */
export { ExcelFalso, excelFalsoDesdeXlsx } from "./excelFalso";
export { ErrorOfficeFalso, type CodigoErrorFalso } from "./errores";
export type { OpcionesFalso, RegistroSync } from "./opciones";
export { LIMITE_PAYLOAD } from "./opciones";
export type { Instantanea, HojaInstantanea, GraficoInstantanea } from "./instantanea";
export type { CambioFalso } from "./eventos";
export { instalarGlobales } from "./globales";
