/** How the pane and the ribbon say a failure: the catalogue's Spanish text (core/fallos), the CLI's words. */
import { ErrorSeguimiento } from "../core";

/**
 * The Spanish text for a failure. Failures of the catalogue carry their message; anything else
 * (a SyntaxError, a TypeError) is a bug of ours and says so, in Spanish, with its detail.
 * @example mensajeError(new ErrorCancelado()) // "Consolidación cancelada: el libro quedó como estaba."
 */
export function mensajeError(e: unknown): string {
  if (e instanceof ErrorSeguimiento && e.tipo !== "interno") return e.message;
  const detalle = e instanceof Error ? e.message : String(e);
  return `Error interno de Seguimiento (no de su libro): ${detalle}. Vuelva a intentarlo; si se repite, infórmelo.`;
}
