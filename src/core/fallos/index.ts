/** The failure catalogue (issue 11): every Error class of the product, its codes and Spanish messages. */
export { CATALOGO_FALLOS, CODIGOS_FALLO, mensajeFallo, type CodigoFallo, type EntradaFallo, type ParamsFallo, type TipoFallo } from "./catalogo";
export {
  ErrorAjustesGuardados,
  ErrorArchivo,
  ErrorCancelado,
  ErrorColumnaInexistente,
  ErrorEscritura,
  ErrorExcel,
  ErrorHojaAjena,
  ErrorMapa,
  ErrorArchivoGraficos,
  ErrorNombreHojaInvalido,
  ErrorPaqueteInvalido,
  ErrorParametros,
  ErrorRangoGrafico,
  ErrorSalidaAnticipada,
  ErrorSeguimiento,
  type CodigoErrorArchivo,
  type CodigoErrorExcel,
} from "./errores";
