/**
 * Office failures mapped to one named error with a Spanish message (STYLE §4: a broken
 * contract or host failure is a typed error the pane shows, never caught and logged).
 * Branch on `error.code` (stable), never on Office's localized message (office-addin-notes §5).
 */
export type CodigoErrorExcel =
  | "edicion-celda"
  | "hoja-protegida"
  | "libro-protegido"
  | "nombre-ocupado"
  | "limite-datos"
  | "api-no-soportada"
  | "argumento-invalido"
  | "no-encontrado"
  | "operacion-no-permitida"
  | "sin-respuesta"
  | "general";

const MENSAJES: Readonly<Record<CodigoErrorExcel, string>> = {
  "edicion-celda": "Excel está editando una celda. Termine la edición (Enter o Esc) y vuelva a intentarlo.",
  "hoja-protegida": "Una hoja que el complemento debe reemplazar está protegida. Desprotéjala y vuelva a intentarlo.",
  "libro-protegido": "La estructura del libro está protegida: no se pueden agregar ni eliminar hojas. Desproteja el libro y vuelva a intentarlo.",
  "nombre-ocupado": "Ya existe en el libro una hoja o tabla con un nombre que el complemento necesita. Vuelva a consolidar.",
  "limite-datos": "El volumen de datos de un envío supera el límite de Excel (5 MB en Excel para la web).",
  "api-no-soportada": "Esta versión de Excel no admite una función que el complemento necesita (se requiere ExcelApi 1.7 o posterior, Office 2019 o más reciente).",
  "argumento-invalido": "Excel rechazó los datos enviados (argumento no válido).",
  "no-encontrado": "No se encontró una hoja u objeto del libro; puede haberse eliminado durante la operación.",
  "operacion-no-permitida": "Excel no permite esta operación en este momento.",
  "sin-respuesta": "Excel no respondió a tiempo (puede estar ocupado o sin conexión). Vuelva a intentarlo.",
  general: "Excel no pudo completar la operación.",
};

const POR_CODIGO_OFFICE: Readonly<Record<string, CodigoErrorExcel>> = {
  InvalidOperationInCellEditMode: "edicion-celda",
  AccessDenied: "hoja-protegida",
  ItemAlreadyExists: "nombre-ocupado",
  RequestPayloadSizeLimitExceeded: "limite-datos",
  ResponsePayloadSizeLimitExceeded: "limite-datos",
  RangeExceedsLimit: "limite-datos",
  ApiNotFound: "api-no-soportada",
  InvalidArgument: "argumento-invalido",
  InvalidReference: "argumento-invalido",
  ItemNotFound: "no-encontrado",
  InvalidOperation: "operacion-no-permitida",
};

export class ErrorExcel extends Error {
  override readonly name = "ErrorExcel";
  constructor(
    readonly codigo: CodigoErrorExcel,
    /** Office's `error.code`, when the failure came from Excel. */
    readonly codigoOffice: string | null,
    readonly detalle = "",
  ) {
    super(detalle === "" ? MENSAJES[codigo] : `${MENSAJES[codigo]} ${detalle}`);
  }

  /** The same error with a sentence appended (e.g. whether the workbook was left untouched). */
  con(frase: string): ErrorExcel {
    return new ErrorExcel(this.codigo, this.codigoOffice, this.detalle === "" ? frase : `${this.detalle} ${frase}`);
  }
}

export function codigoOffice(e: unknown): string | null {
  if (typeof e === "object" && e !== null && "code" in e && typeof e.code === "string") return e.code;
  return null;
}

/** Any failure of a batch → ErrorExcel. */
export function traducirError(e: unknown): ErrorExcel {
  if (e instanceof ErrorExcel) return e;
  const c = codigoOffice(e);
  const r = new ErrorExcel((c !== null ? POR_CODIGO_OFFICE[c] : undefined) ?? "general", c);
  // Kept for diagnosis (the pane shows `message`; debugInfo may hold data, notes §5).
  Object.defineProperty(r, "cause", { value: e, enumerable: false });
  return r;
}

export function esLimiteDatos(e: unknown): boolean {
  const c = codigoOffice(e);
  return c === "RequestPayloadSizeLimitExceeded" || c === "ResponsePayloadSizeLimitExceeded";
}
