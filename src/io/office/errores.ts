/**
 * Office failures mapped to ErrorExcel (core/fallos: its codes and Spanish messages) — STYLE §4:
 * a host failure is a typed error the pane shows, never caught and logged.
 * Branch on `error.code` (stable), never on Office's localized message (../shared/reference/office-addin-notes.md §5).
 */
import { ErrorExcel, type CodigoErrorExcel } from "../../core/fallos";

export { ErrorExcel, type CodigoErrorExcel } from "../../core/fallos";

const POR_CODIGO_OFFICE: Readonly<Record<string, CodigoErrorExcel>> = {
  InvalidOperationInCellEditMode: "F-EXCEL-EDICION-CELDA",
  AccessDenied: "F-EXCEL-HOJA-PROTEGIDA",
  ItemAlreadyExists: "F-EXCEL-NOMBRE-OCUPADO",
  RequestPayloadSizeLimitExceeded: "F-EXCEL-LIMITE-DATOS",
  ResponsePayloadSizeLimitExceeded: "F-EXCEL-LIMITE-DATOS",
  RangeExceedsLimit: "F-EXCEL-LIMITE-DATOS",
  ApiNotFound: "F-EXCEL-API-NO-SOPORTADA",
  InvalidArgument: "F-EXCEL-ARGUMENTO-INVALIDO",
  InvalidReference: "F-EXCEL-ARGUMENTO-INVALIDO",
  ItemNotFound: "F-EXCEL-NO-ENCONTRADO",
  InvalidOperation: "F-EXCEL-OPERACION-NO-PERMITIDA",
};

export function codigoOffice(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") return e.code;
  return null;
}

/** Any failure of a batch → ErrorExcel. */
export function traducirError(e: unknown): ErrorExcel {
  if (e instanceof ErrorExcel) return e;
  const c = codigoOffice(e);
  const r = new ErrorExcel((c !== null ? POR_CODIGO_OFFICE[c] : undefined) ?? "F-EXCEL-GENERAL", c);
  // Kept for diagnosis (the pane shows `message`; debugInfo may hold data, ../shared/reference/office-addin-notes.md §5).
  Object.defineProperty(r, "cause", { value: e, enumerable: false });
  return r;
}

export function esLimiteDatos(e: unknown): boolean {
  const c = codigoOffice(e);
  return c === "RequestPayloadSizeLimitExceeded" || c === "ResponsePayloadSizeLimitExceeded";
}
