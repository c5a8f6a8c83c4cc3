/** The application layer: the use cases every host runs (pane, ribbon, CLI, demo) and the ports they implement. */
export {
  calcularLibro,
  consolidarLibro,
  escribirCalculo,
  planificarCalculo,
  validarLibro,
  RELOJ_SISTEMA,
  type AjustesDeLibro,
  type Calculo,
} from "./consolidar";
export { ajustesConGuardadas, ajustesDeLaCorrida, conArchivos, revisarArchivo, type ArchivoAgregado, type RevisionArchivo } from "./archivosAgregados";
export { documentoInforme, type GeneradorInforme } from "./informe";
export { cargarAjustes, conCorrecciones, guardarAjustes, interpretarAjustes } from "./ajustes";
export { mensajeError } from "./errores";
export { ErrorAjustesGuardados, ErrorCancelado, ErrorSeguimiento } from "../core";
export type { AjustesGuardados, DestinoAjustes, EscritorPlan, FuenteLibro, LibroLeido } from "./puertos";
export type { Etapa, OpcionesConsolidar, Progreso, Reloj, ResultadoConsolidar } from "./tipos";
