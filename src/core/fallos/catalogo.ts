/**
 * Every failure of the product as data: a stable code (F-…, beside the finding codes E-/A- and the
 * settings codes AJ-), its kind and its Spanish message (es-CO) from params. One catalogue for the
 * CLI, the pane and the ribbon; a test fails when a code has no message.
 */
import { formatearNumero } from "../calculo/_lib/numero";

export const CODIGOS_FALLO = [
  // The settings of a run do not fit the matrix (thrown by the core).
  "F-VIGENCIA-AUSENTE",
  "F-CORTE-INVALIDO",
  "F-CORTE-FUERA",
  "F-AJUSTES-INVALIDOS",
  // The ownership record of SPEC §6 cannot be read (never thrown: a notice, see reporte/propiedad.ts).
  "F-PROPIEDAD-JSON",
  "F-PROPIEDAD-FORMA",
  // The application layer.
  "F-CANCELADO",
  "F-AJUSTES-GUARDADOS",
  // Input files.
  "F-ARCHIVO-NO-ENCONTRADO",
  "F-ARCHIVO-BLOQUEADO",
  "F-ARCHIVO-NO-XLSX",
  "F-ARCHIVO-PROTEGIDO",
  "F-ARCHIVO-CORRUPTO",
  "F-ARCHIVO-DEMASIADO-GRANDE",
  "F-ARCHIVO-RUTA-LARGA",
  "F-ARCHIVO-ENLACES",
  "F-PAQUETE-INVALIDO",
  "F-HOJA-AJENA",
  // The command line.
  "F-AYUDA-MOSTRADA",
  "F-USO-INCORRECTO",
  "F-MAPA-NO-EXISTE",
  "F-MAPA-ES-CARPETA",
  "F-MAPA-ILEGIBLE",
  "F-MAPA-JSON",
  "F-MAPA-INVALIDO",
  // The CLI's --grafico archivo.json (issue 14).
  "F-GRAFICOS-NO-EXISTE",
  "F-GRAFICOS-ES-CARPETA",
  "F-GRAFICOS-ILEGIBLE",
  "F-GRAFICOS-JSON",
  "F-GRAFICOS-INVALIDO",
  "F-ESCRITURA-SIN-CARPETA",
  "F-ESCRITURA-RUTA-ARCHIVO",
  "F-ESCRITURA-SIN-PERMISO",
  "F-ESCRITURA-ABIERTO",
  "F-ESCRITURA-ES-CARPETA",
  "F-ESCRITURA-SIN-ESPACIO",
  "F-ESCRITURA-RUTA-LARGA",
  "F-ESCRITURA-ENLACES",
  // Excel (Office.js), mapped from `error.code`.
  "F-EXCEL-EDICION-CELDA",
  "F-EXCEL-HOJA-PROTEGIDA",
  "F-EXCEL-LIBRO-PROTEGIDO",
  "F-EXCEL-NOMBRE-OCUPADO",
  "F-EXCEL-LIMITE-DATOS",
  "F-EXCEL-API-NO-SOPORTADA",
  "F-EXCEL-ARGUMENTO-INVALIDO",
  "F-EXCEL-NO-ENCONTRADO",
  "F-EXCEL-OPERACION-NO-PERMITIDA",
  "F-EXCEL-SIN-RESPUESTA",
  "F-EXCEL-EN-CURSO",
  "F-EXCEL-GENERAL",
  // Broken contracts between our own modules: bugs, said as such.
  "F-NOMBRE-HOJA-INVALIDO",
  "F-RANGO-GRAFICO",
  "F-COLUMNA-INEXISTENTE",
] as const;

export type CodigoFallo = (typeof CODIGOS_FALLO)[number];

/**
 * What stopped the run, for the exit code of SPEC §9 and for how the pane words it:
 * `uso` the options or request (exit 2), `entrada` the user's files or workbook (exit 1),
 * `interno` a bug of Seguimiento (exit 1, «error interno»).
 */
export type TipoFallo = "uso" | "entrada" | "interno";

export type ParamsFallo = Readonly<Record<string, string | number | readonly (string | number)[]>>;

function txt(p: ParamsFallo, k: string): string {
  const v = p[k];
  if (typeof v === "number") return formatearNumero(v, 2);
  if (Array.isArray(v)) return v.map(String).join(", ");
  return String(v ?? "");
}

/** Office's failures end with what happened to the workbook (`detalle`), when the adapter knows it. */
function conDetalle(texto: string): (p: ParamsFallo) => string {
  return (p) => (txt(p, "detalle") === "" ? texto : `${texto} ${txt(p, "detalle")}`);
}

const escritura =
  (motivo: string) =>
  (p: ParamsFallo): string =>
    `No se pudo escribir «${txt(p, "ruta")}»: ${motivo}.`;
const mapa =
  (motivo: string) =>
  (p: ParamsFallo): string =>
    `el archivo de correcciones «${txt(p, "ruta")}» (--mapa) ${motivo}`;

const graficos =
  (motivo: string) =>
  (p: ParamsFallo): string =>
    `el archivo de gráficos «${txt(p, "ruta")}» (--grafico) ${motivo}`;

export interface EntradaFallo {
  readonly tipo: TipoFallo;
  readonly mensaje: (p: ParamsFallo) => string;
}

export const CATALOGO_FALLOS: Readonly<Record<CodigoFallo, EntradaFallo>> = {
  "F-VIGENCIA-AUSENTE": {
    tipo: "uso",
    mensaje: (p) => `La vigencia ${String(p.vigencia)} no está en la matriz (vigencias encontradas: ${txt(p, "encontradas")}).`,
  },
  "F-CORTE-INVALIDO": {
    tipo: "uso",
    mensaje: (p) => `El corte «${txt(p, "corte")}» no es válido: use una fecha AAAA-MM-DD (2021-09-30) o un trimestre (T1 a T4).`,
  },
  "F-CORTE-FUERA": { tipo: "uso", mensaje: (p) => `El corte ${txt(p, "corte")} no cae en la vigencia ${String(p.vigencia)}.` },
  // `detalle`: the settings problems, already worded by the AJ- catalogue (core/ajustes/problemas.ts).
  "F-AJUSTES-INVALIDOS": { tipo: "uso", mensaje: (p) => txt(p, "detalle") },
  "F-PROPIEDAD-JSON": {
    tipo: "entrada",
    mensaje: (p) =>
      `El registro de las hojas que Seguimiento creó en «${txt(p, "archivo")}» está dañado (no es JSON válido): esas hojas no se leen como datos ni se reemplazan; el informe nuevo se escribe en hojas nuevas.`,
  },
  "F-PROPIEDAD-FORMA": {
    tipo: "entrada",
    mensaje: (p) =>
      `El registro de las hojas que Seguimiento creó en «${txt(p, "archivo")}» está dañado (no tiene la forma esperada): esas hojas no se leen como datos ni se reemplazan; el informe nuevo se escribe en hojas nuevas.`,
  },
  "F-CANCELADO": { tipo: "uso", mensaje: () => "Consolidación cancelada: el libro quedó como estaba." },
  "F-AJUSTES-GUARDADOS": {
    tipo: "entrada",
    mensaje: (p) => `Los ajustes guardados en este libro están dañados; se usan los ajustes por omisión. ${txt(p, "detalle")}`,
  },
  "F-ARCHIVO-NO-ENCONTRADO": { tipo: "entrada", mensaje: (p) => `No se encontró el archivo «${txt(p, "archivo")}». Revise la ruta y el nombre.` },
  "F-ARCHIVO-BLOQUEADO": {
    tipo: "entrada",
    mensaje: (p) =>
      `No se pudo abrir «${txt(p, "archivo")}»: está bloqueado o no hay permiso de lectura. Ciérrelo en Excel o revise los permisos e intente de nuevo.`,
  },
  "F-ARCHIVO-NO-XLSX": {
    tipo: "entrada",
    mensaje: (p) => `«${txt(p, "archivo")}» no es un libro de Excel .xlsx. Guárdelo como «Libro de Excel (*.xlsx)» e intente de nuevo.`,
  },
  "F-ARCHIVO-PROTEGIDO": {
    tipo: "entrada",
    mensaje: (p) => `«${txt(p, "archivo")}» está protegido con contraseña o es un libro .xls antiguo. Quite la contraseña o guárdelo como .xlsx.`,
  },
  "F-ARCHIVO-CORRUPTO": { tipo: "entrada", mensaje: (p) => `«${txt(p, "archivo")}» está dañado o incompleto y no se puede leer como libro de Excel.` },
  "F-ARCHIVO-DEMASIADO-GRANDE": {
    tipo: "entrada",
    mensaje: (p) =>
      `«${txt(p, "archivo")}» es demasiado grande para leerlo: ${txt(p, "detalle")}. Divida el libro o quite las hojas que no son de la matriz e intente de nuevo.`,
  },
  "F-ARCHIVO-RUTA-LARGA": {
    tipo: "entrada",
    mensaje: (p) =>
      `No se puede abrir «${txt(p, "archivo")}»: la ruta es demasiado larga para el sistema de archivos. Acorte los nombres o mueva el libro a una carpeta más cercana a la raíz.`,
  },
  "F-ARCHIVO-ENLACES": {
    tipo: "entrada",
    mensaje: (p) =>
      `No se puede abrir «${txt(p, "archivo")}»: su ruta pasa por un ciclo de enlaces simbólicos. Revise los enlaces o use la ruta del archivo real.`,
  },
  "F-PAQUETE-INVALIDO": { tipo: "entrada", mensaje: (p) => `El archivo no es un libro .xlsx válido: ${txt(p, "detalle")}` },
  "F-HOJA-AJENA": { tipo: "entrada", mensaje: (p) => `La hoja "${txt(p, "hoja")}" no fue creada por Seguimiento; no se modifica ni se elimina.` },
  "F-AYUDA-MOSTRADA": { tipo: "uso", mensaje: () => "Se mostró la ayuda." },
  "F-USO-INCORRECTO": { tipo: "uso", mensaje: () => "Uso incorrecto de la orden." },
  "F-MAPA-NO-EXISTE": { tipo: "uso", mensaje: mapa("no existe.") },
  "F-MAPA-ES-CARPETA": { tipo: "uso", mensaje: mapa("es una carpeta.") },
  "F-MAPA-ILEGIBLE": { tipo: "uso", mensaje: mapa("no se puede leer.") },
  "F-MAPA-JSON": { tipo: "uso", mensaje: (p) => mapa(`no es JSON válido (${txt(p, "detalle")}).`)(p) },
  "F-MAPA-INVALIDO": { tipo: "uso", mensaje: (p) => mapa(`no es válido:\n${txt(p, "detalle")}`)(p) },
  "F-GRAFICOS-NO-EXISTE": { tipo: "uso", mensaje: graficos("no existe.") },
  "F-GRAFICOS-ES-CARPETA": { tipo: "uso", mensaje: graficos("es una carpeta.") },
  "F-GRAFICOS-ILEGIBLE": { tipo: "uso", mensaje: graficos("no se puede leer.") },
  "F-GRAFICOS-JSON": { tipo: "uso", mensaje: (p) => graficos(`no es JSON válido (${txt(p, "detalle")}).`)(p) },
  "F-GRAFICOS-INVALIDO": {
    tipo: "uso",
    mensaje: (p) => graficos(`no es válido: debe ser una lista de gráficos, como [{"medida": "pct_vigencia", "por": "dependencia"}]:\n${txt(p, "detalle")}`)(p),
  },
  "F-ESCRITURA-SIN-CARPETA": { tipo: "entrada", mensaje: escritura("la carpeta no existe") },
  "F-ESCRITURA-RUTA-ARCHIVO": { tipo: "entrada", mensaje: escritura("una parte de la ruta es un archivo, no una carpeta") },
  "F-ESCRITURA-SIN-PERMISO": { tipo: "entrada", mensaje: escritura("no hay permiso de escritura") },
  "F-ESCRITURA-ABIERTO": { tipo: "entrada", mensaje: escritura("el archivo está abierto en otro programa; ciérrelo e intente de nuevo") },
  "F-ESCRITURA-ES-CARPETA": { tipo: "entrada", mensaje: escritura("es una carpeta") },
  "F-ESCRITURA-SIN-ESPACIO": { tipo: "entrada", mensaje: escritura("no hay espacio en el disco") },
  "F-ESCRITURA-RUTA-LARGA": { tipo: "entrada", mensaje: escritura("la ruta es demasiado larga para el sistema de archivos") },
  "F-ESCRITURA-ENLACES": { tipo: "entrada", mensaje: escritura("la ruta pasa por un ciclo de enlaces simbólicos") },
  "F-EXCEL-EDICION-CELDA": { tipo: "entrada", mensaje: conDetalle("Excel está editando una celda. Termine la edición (Enter o Esc) y vuelva a intentarlo.") },
  "F-EXCEL-HOJA-PROTEGIDA": {
    tipo: "entrada",
    mensaje: conDetalle("Una hoja que el complemento debe reemplazar está protegida. Desprotéjala y vuelva a intentarlo."),
  },
  "F-EXCEL-LIBRO-PROTEGIDO": {
    tipo: "entrada",
    mensaje: conDetalle("La estructura del libro está protegida: no se pueden agregar ni eliminar hojas. Desproteja el libro y vuelva a intentarlo."),
  },
  "F-EXCEL-NOMBRE-OCUPADO": {
    tipo: "entrada",
    mensaje: conDetalle("Ya existe en el libro una hoja o tabla con un nombre que el complemento necesita. Vuelva a consolidar."),
  },
  "F-EXCEL-LIMITE-DATOS": { tipo: "entrada", mensaje: conDetalle("El volumen de datos de un envío supera el límite de Excel (5 MB en Excel para la web).") },
  "F-EXCEL-API-NO-SOPORTADA": {
    tipo: "entrada",
    mensaje: conDetalle(
      "Esta versión de Excel no admite una función que el complemento necesita (se requiere ExcelApi 1.7 o posterior, Office 2019 o más reciente).",
    ),
  },
  "F-EXCEL-ARGUMENTO-INVALIDO": { tipo: "entrada", mensaje: conDetalle("Excel rechazó los datos enviados (argumento no válido).") },
  "F-EXCEL-NO-ENCONTRADO": {
    tipo: "entrada",
    mensaje: conDetalle("No se encontró una hoja u objeto del libro; puede haberse eliminado durante la operación."),
  },
  "F-EXCEL-OPERACION-NO-PERMITIDA": { tipo: "entrada", mensaje: conDetalle("Excel no permite esta operación en este momento.") },
  "F-EXCEL-SIN-RESPUESTA": { tipo: "entrada", mensaje: conDetalle("Excel no respondió a tiempo (puede estar ocupado o sin conexión). Vuelva a intentarlo.") },
  "F-EXCEL-EN-CURSO": {
    tipo: "entrada",
    mensaje: conDetalle("Hay una consolidación en curso en este libro (desde la cinta o desde el panel). Espere a que termine y vuelva a intentarlo."),
  },
  "F-EXCEL-GENERAL": { tipo: "entrada", mensaje: conDetalle("Excel no pudo completar la operación.") },
  "F-NOMBRE-HOJA-INVALIDO": {
    tipo: "interno",
    mensaje: (p) => `Nombre de hoja inválido para Excel: "${txt(p, "hoja")}" (1 a 31 caracteres, sin : \\ / ? * [ ] ni apóstrofo al inicio o al final).`,
  },
  "F-RANGO-GRAFICO": { tipo: "interno", mensaje: (p) => `El gráfico apunta a la hoja "${txt(p, "hoja")}", que el plan no escribe.` },
  "F-COLUMNA-INEXISTENTE": { tipo: "interno", mensaje: (p) => `La tabla no tiene la columna «${txt(p, "encabezado")}».` },
};

/**
 * The Spanish text of a failure.
 * @example mensajeFallo("F-CORTE-FUERA", { corte: "2019-01-01", vigencia: 2025 }) // "El corte 2019-01-01 no cae en la vigencia 2025."
 */
export function mensajeFallo(codigo: CodigoFallo, params: ParamsFallo = {}): string {
  return CATALOGO_FALLOS[codigo].mensaje(params);
}
