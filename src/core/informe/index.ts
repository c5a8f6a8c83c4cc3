export * from "./tipos";
export { construirInforme, fechaLarga } from "./construirInforme";
export { esCifra, textoCifra, textoFragmento, textoParrafo } from "./cifra";
export { metasPorId, tablaMetas, tituloGrupo } from "./tablaMetas";
