export type { EntornoExcel, Ejecutor, ContextoExcel } from "./api";
export { leerLibroExcel, type LecturaExcel } from "./lector";
export { escribirPlanExcel, type InformeEscritura } from "./escritor";
export { seleccionarCelda, guardarAjustes } from "./navegacion";
export { ErrorExcel, type CodigoErrorExcel } from "./errores";
