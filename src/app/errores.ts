/** Errors of the Consolidar service, shown to the user in Spanish. */

/** The user pressed Cancelar: nothing was written (the adapter writes all-or-nothing). */
export class ConsolidarCancelado extends Error {
  override readonly name = "ConsolidarCancelado";
  constructor() {
    super("Consolidación cancelada: el libro quedó como estaba.");
  }
}

/**
 * The Spanish text for a failure. The Office adapter's errors already carry a Spanish message
 * (mapped from `error.code`); anything else is an unexpected fault and says so.
 */
export function mensajeError(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return `Error inesperado: ${String(e)}`;
}
