/**
 * A file that cannot be read as a workbook (issue 3: missing, locked, corrupt or non-xlsx),
 * with a stable code and a Spanish message the CLI and the pane show as is.
 */
export type CodigoErrorArchivo = "NO_ENCONTRADO" | "BLOQUEADO" | "NO_XLSX" | "PROTEGIDO" | "CORRUPTO";

function mensajeDe(codigo: CodigoErrorArchivo, archivo: string): string {
  switch (codigo) {
    case "NO_ENCONTRADO":
      return `No se encontró el archivo «${archivo}». Revise la ruta y el nombre.`;
    case "BLOQUEADO":
      return `No se pudo abrir «${archivo}»: está bloqueado o no hay permiso de lectura. Ciérrelo en Excel o revise los permisos e intente de nuevo.`;
    case "NO_XLSX":
      return `«${archivo}» no es un libro de Excel .xlsx. Guárdelo como «Libro de Excel (*.xlsx)» e intente de nuevo.`;
    case "PROTEGIDO":
      return `«${archivo}» está protegido con contraseña o es un libro .xls antiguo. Quite la contraseña o guárdelo como .xlsx.`;
    case "CORRUPTO":
      return `«${archivo}» está dañado o incompleto y no se puede leer como libro de Excel.`;
  }
}

export class ErrorArchivo extends Error {
  override readonly name = "ErrorArchivo";
  constructor(
    readonly codigo: CodigoErrorArchivo,
    readonly archivo: string,
    options?: { cause?: unknown },
  ) {
    super(mensajeDe(codigo, archivo), options);
  }
}
