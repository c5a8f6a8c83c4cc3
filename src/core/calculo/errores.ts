/**
 * Bad settings passed by a caller (a vigencia the matrix does not hold, a malformed corte):
 * API misuse, so a named error rather than a finding (STYLE §4). The message is Spanish
 * because the pane and the CLI show it as is.
 */
export class ErrorParametros extends Error {
  override readonly name = "ErrorParametros";
  constructor(mensaje: string) {
    super(mensaje);
  }
}
