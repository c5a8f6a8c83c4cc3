export type { EntornoExcel, Ejecutor, ContextoExcel } from "./api";
export { leerAjustesExcel, leerLibroExcel, type LecturaExcel, type OpcionesLectura } from "./lector";
export { escribirPlanExcel, type InformeEscritura, type OpcionesEscritura } from "./escritor";
export { seleccionarCelda, guardarAjustes } from "./navegacion";
export { ErrorExcel, type CodigoErrorExcel } from "./errores";
export { libroOffice, type LibroOffice } from "./libroOffice";
