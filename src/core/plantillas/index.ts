/** Templates for dependencies (issue 14): the plan of each one's workbook, and reading filled ones back. */
export * from "./tipos";
export { planificarPlantillas, correccionFija } from "./planificarPlantillas";
export { conPlantillas, registrosPlantilla } from "./conPlantillas";
export { leerRegistro, registroAFilas, HOJA_REGISTRO, MARCA_PLANTILLA } from "./registro";
export { HOJA_INSTRUCCIONES } from "./instrucciones";
export { nombresArchivoPlantilla } from "./nombreArchivo";
