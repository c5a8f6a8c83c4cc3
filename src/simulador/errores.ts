/** Errors shaped like OfficeExtension.Error: `{ name: "RichApi.Error", code, message, debugInfo }`. */
export type CodigoErrorFalso =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "InvalidArgument"
  | "InvalidReference"
  | "AccessDenied"
  | "InvalidOperation"
  | "InvalidOperationInCellEditMode"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "ApiNotFound"
  | "InvalidRequestContext"
  | "GeneralException";

export class ErrorOfficeFalso extends Error {
  override readonly name = "RichApi.Error";
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation: string };
  constructor(
    readonly code: CodigoErrorFalso,
    message: string,
    ubicacion = "",
  ) {
    super(message);
    this.debugInfo = { code, message, errorLocation: ubicacion };
  }
}

export function falla(code: CodigoErrorFalso, mensaje: string, ubicacion = ""): never {
  throw new ErrorOfficeFalso(code, mensaje, ubicacion);
}
