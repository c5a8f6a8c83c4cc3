export { numeroDeTexto } from "./numeroTexto";
export { leerDato, textoDeValor } from "./leerDato";
