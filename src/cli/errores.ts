/**
 * Every failure of a run as a Spanish line and an exit code (issue 10: never a stack trace).
 * Failures of the catalogue (core/fallos) carry their Spanish message and their kind: `uso` is bad
 * usage (exit 2), `entrada` the input stopped the run (exit 1). Anything else, and the catalogue's
 * `interno` failures, is a bug of ours, shown as «error interno» with the stack only when
 * SEGUIMIENTO_DEPURAR=1.
 */
import { ErrorSeguimiento } from "../core/fallos";

export interface Fallo {
  /** Lines for stderr, ending in a newline. */
  readonly mensaje: string;
  /** 1 = the input stopped the run, 2 = bad usage (SPEC §9). */
  readonly codigo: 1 | 2;
}

/** The command line's own wording around a failure's message, where it knows what happened and the way out. */
const REDACCION: Partial<Record<ErrorSeguimiento["codigo"], (mensaje: string) => string>> = {
  "F-HOJA-AJENA": (m) => `no se escribió el libro consolidado. ${m} Cambie el nombre de esa hoja o use --salida con otro libro.`,
};

/**
 * @example falloDe(new ErrorParametros("F-VIGENCIA-AUSENTE", { vigencia: 2031, encontradas: [2024, 2025] }), false) // { mensaje: "error: La vigencia 2031 …\n(use «--help» …)\n", codigo: 2 }
 */
export function falloDe(e: unknown, depurar: boolean): Fallo {
  if (e instanceof ErrorSeguimiento && e.tipo === "uso") return { mensaje: `error: ${e.message}\n(use «--help» para ver la ayuda)\n`, codigo: 2 };
  if (e instanceof ErrorSeguimiento && e.tipo === "entrada") return { mensaje: `error: ${REDACCION[e.codigo]?.(e.message) ?? e.message}\n`, codigo: 1 };
  const detalle = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const pila = depurar && e instanceof Error && e.stack ? `${e.stack}\n` : "";
  return {
    mensaje: `error interno: ${detalle}\nEsto es un error de Seguimiento, no de sus archivos: infórmelo con el comando usado (SEGUIMIENTO_DEPURAR=1 muestra el detalle).\n${pila}`,
    codigo: 1,
  };
}
