export { ExcelFalso, excelFalsoDesdeXlsx } from "./excelFalso";
export { ErrorOfficeFalso, type CodigoErrorFalso } from "./errores";
export type { OpcionesFalso, RegistroSync } from "./opciones";
export { LIMITE_PAYLOAD } from "./opciones";
export type { Instantanea, HojaInstantanea, GraficoInstantanea } from "./instantanea";
export { instalarGlobales } from "./globales";
