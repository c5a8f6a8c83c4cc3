/**
 * Every failure of a run as a Spanish line and an exit code (issue 10: never a stack trace).
 * Errors about the user's files or options carry their own Spanish message; anything else is a
 * bug of ours, shown as «error interno» with the stack only when SEGUIMIENTO_DEPURAR=1.
 */
import { ErrorParametros } from "../core/calculo/errores";
import { PaqueteInvalidoError } from "../io/xlsx/_escritor/paquete";
import { HojaAjenaError } from "../io/xlsx/escritor";
import { ErrorArchivo } from "../io/xlsx/leerArchivo";
import { ErrorEscritura } from "./archivos";
import { ErrorMapa } from "./mapa";

export interface Fallo {
  /** Lines for stderr, ending in a newline. */
  readonly mensaje: string;
  /** 1 = the input stopped the run, 2 = bad usage (SPEC §9). */
  readonly codigo: 1 | 2;
}

/**
 * @example falloDe(new ErrorParametros("La vigencia 2031 no está en la matriz …"), false) // { mensaje: "error: La vigencia 2031 …\n", codigo: 2 }
 */
export function falloDe(e: unknown, depurar: boolean): Fallo {
  // Options the matrix cannot honour (--vigencia 2031, a corte outside the vigencia) and a bad --mapa are usage.
  if (e instanceof ErrorParametros || e instanceof ErrorMapa) return { mensaje: `error: ${e.message}\n(use «--help» para ver la ayuda)\n`, codigo: 2 };
  if (e instanceof ErrorArchivo || e instanceof ErrorEscritura || e instanceof PaqueteInvalidoError) return { mensaje: `error: ${e.message}\n`, codigo: 1 };
  if (e instanceof HojaAjenaError) return { mensaje: `error: no se escribió el libro consolidado. ${e.message} Cambie el nombre de esa hoja o use --salida con otro libro.\n`, codigo: 1 };
  const detalle = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const pila = depurar && e instanceof Error && e.stack ? `${e.stack}\n` : "";
  return {
    mensaje: `error interno: ${detalle}\nEsto es un error de Seguimiento, no de sus archivos: infórmelo con el comando usado (SEGUIMIENTO_DEPURAR=1 muestra el detalle).\n${pila}`,
    codigo: 1,
  };
}
