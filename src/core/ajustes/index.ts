/** The settings contract (issue 11): one schema for the CLI, the pane, saved settings and `--mapa`. */
export { leerAjustes, leerAjustesGuardados, leerCorrecciones, mensajesAjuste } from "./leer";
export { componerAjustes, leerTexto, semaforoPersonalizado, type BandaTexto, type CampoTexto, type ValoresTexto } from "./textos";
export { validarNiveles, type BandaSemaforo } from "./niveles";
export {
  ayudaOpciones,
  buscarOpcion,
  listaTexto,
  OPCIONES_ESPERADO,
  OPCIONES_PLAN,
  OPCIONES_PONDERACION,
  OPCIONES_SEMAFORO,
  OPCIONES_TOPE,
  POR_OMISION,
  type Opcion,
} from "./opciones";
export { CODIGOS_AJUSTE, MENSAJES_AJUSTE, mensajeAjuste, type CodigoAjuste, type ProblemaAjuste, type Resultado } from "./problemas";
export { ANIOS_CUATRIENIO } from "./esquema";
export {
  leerSolicitudGrafico,
  leerSolicitudesGrafico,
  OPCIONES_MEDIDA_GRAFICO,
  OPCIONES_TIPO_GRAFICO,
  partesFiltro,
  POR_DEPENDENCIA,
  POR_TIEMPO,
  porTiempo,
  textoSolicitudGrafico,
} from "./graficos";
