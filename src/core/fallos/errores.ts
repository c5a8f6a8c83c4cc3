/**
 * Every Error class of the product, in one module (issue 11): each carries a code of the
 * catalogue (catalogo.ts) and takes its Spanish message from it, so the CLI, the pane and the
 * ribbon say the same thing. Bad user data is a finding, not one of these (STYLE §4).
 * The fake Excel's ErrorOfficeFalso (src/simulador) is not ours: it imitates Office's own error.
 */
import { CATALOGO_FALLOS, mensajeFallo, type CodigoFallo, type ParamsFallo, type TipoFallo } from "./catalogo";

type CodigosDe<P extends string> = Extract<CodigoFallo, `${P}${string}`>;

/** The base of every failure: `codigo` is stable, `message` is the catalogue's Spanish text. */
export class ErrorSeguimiento extends Error {
  override readonly name: string = "ErrorSeguimiento";
  constructor(
    readonly codigo: CodigoFallo,
    readonly params: ParamsFallo = {},
    opciones?: { cause?: unknown },
  ) {
    super(mensajeFallo(codigo, params), opciones);
  }

  get tipo(): TipoFallo {
    return CATALOGO_FALLOS[this.codigo].tipo;
  }
}

/** Settings a caller passed that the matrix cannot honour (a vigencia it does not hold, a corte outside it). */
export class ErrorParametros extends ErrorSeguimiento {
  override readonly name = "ErrorParametros";
  constructor(codigo: "F-VIGENCIA-AUSENTE" | "F-CORTE-INVALIDO" | "F-CORTE-FUERA" | "F-AJUSTES-INVALIDOS", params: ParamsFallo) {
    super(codigo, params);
  }
}

/** A chart asked for a column the table does not have: a bug in the sheet module. */
export class ErrorColumnaInexistente extends ErrorSeguimiento {
  override readonly name = "ErrorColumnaInexistente";
  constructor(encabezado: string) {
    super("F-COLUMNA-INEXISTENTE", { encabezado });
  }
}

/** The user pressed Cancelar: nothing was written (the writers write all-or-nothing). */
export class ErrorCancelado extends ErrorSeguimiento {
  override readonly name = "ErrorCancelado";
  constructor() {
    super("F-CANCELADO");
  }
}

/** Saved settings the contract refuses: the pane says so and works with the defaults. */
export class ErrorAjustesGuardados extends ErrorSeguimiento {
  override readonly name = "ErrorAjustesGuardados";
  constructor(detalle: string) {
    super("F-AJUSTES-GUARDADOS", { detalle });
  }
}

/** A file that cannot be read as a workbook (missing, locked, corrupt or not .xlsx). */
export class ErrorArchivo extends ErrorSeguimiento {
  override readonly name = "ErrorArchivo";
  constructor(
    codigo: CodigosDe<"F-ARCHIVO-">,
    readonly archivo: string,
    opciones?: { cause?: unknown; detalle?: string },
  ) {
    super(codigo, { archivo, detalle: opciones?.detalle ?? "" }, opciones);
  }
}

/** The package is not a well-formed xlsx. */
export class ErrorPaqueteInvalido extends ErrorSeguimiento {
  override readonly name = "ErrorPaqueteInvalido";
  constructor(detalle: string) {
    super("F-PAQUETE-INVALIDO", { detalle });
  }
}

/** The plan would overwrite or delete a sheet the product does not own (SPEC §6). */
export class ErrorHojaAjena extends ErrorSeguimiento {
  override readonly name = "ErrorHojaAjena";
  constructor(readonly hoja: string) {
    super("F-HOJA-AJENA", { hoja });
  }
}

/** Broken contract: Excel refuses a workbook with such a sheet name (planificar must not produce it). */
export class ErrorNombreHojaInvalido extends ErrorSeguimiento {
  override readonly name = "ErrorNombreHojaInvalido";
  constructor(readonly hoja: string) {
    super("F-NOMBRE-HOJA-INVALIDO", { hoja });
  }
}

/** Broken contract: a chart points at a sheet the plan does not write. */
export class ErrorRangoGrafico extends ErrorSeguimiento {
  override readonly name = "ErrorRangoGrafico";
  constructor(readonly hoja: string) {
    super("F-RANGO-GRAFICO", { hoja });
  }
}

/** Why the CLI's parsing stopped without an order: help shown (exit 0) or bad usage already said (exit 2). */
export class ErrorSalidaAnticipada extends ErrorSeguimiento {
  override readonly name = "ErrorSalidaAnticipada";
  constructor(readonly salida: 0 | 2) {
    super(salida === 0 ? "F-AYUDA-MOSTRADA" : "F-USO-INCORRECTO");
  }
}

/** A `--mapa` file that cannot be used: bad usage, with what is wrong. */
export class ErrorMapa extends ErrorSeguimiento {
  override readonly name = "ErrorMapa";
  constructor(codigo: CodigosDe<"F-MAPA-">, ruta: string, detalle = "", opciones?: { cause?: unknown }) {
    super(codigo, { ruta, detalle }, opciones);
  }
}

/** The CLI's --grafico JSON file (issue 14) that cannot be read or holds no valid list of charts. */
export class ErrorArchivoGraficos extends ErrorSeguimiento {
  override readonly name = "ErrorArchivoGraficos";
  constructor(codigo: CodigosDe<"F-GRAFICOS-">, ruta: string, detalle = "", opciones?: { cause?: unknown }) {
    super(codigo, { ruta, detalle }, opciones);
  }
}

/** A file the CLI could not write (folder missing, no permission, open in Excel). */
export class ErrorEscritura extends ErrorSeguimiento {
  override readonly name = "ErrorEscritura";
  constructor(codigo: CodigosDe<"F-ESCRITURA-">, ruta: string, opciones?: { cause?: unknown }) {
    super(codigo, { ruta }, opciones);
  }
}

/** An Office failure (STYLE §4): branch on `codigo`, never on Office's localized message. */
export class ErrorExcel extends ErrorSeguimiento {
  override readonly name = "ErrorExcel";
  constructor(
    override readonly codigo: CodigosDe<"F-EXCEL-">,
    /** Office's `error.code`, when the failure came from Excel. */
    readonly codigoOffice: string | null,
    /** What happened to the workbook, appended to the message. */
    readonly detalle = "",
  ) {
    super(codigo, { detalle });
  }

  /** The same error with a sentence appended (e.g. whether the workbook was left untouched). */
  con(frase: string): ErrorExcel {
    return new ErrorExcel(this.codigo, this.codigoOffice, this.detalle === "" ? frase : `${this.detalle} ${frase}`);
  }
}

export type CodigoErrorExcel = ErrorExcel["codigo"];
export type CodigoErrorArchivo = CodigosDe<"F-ARCHIVO-">;
