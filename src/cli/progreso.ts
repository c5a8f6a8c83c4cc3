/**
 * Progress of reading several files: a cli-progress bar on stderr, only on a terminal
 * (never when stderr is piped, and never mixed with JSON on stdout).
 */
import { SingleBar } from "cli-progress";

export interface Progreso {
  avanzar(archivo: string): void;
  terminar(): void;
}

const NULO: Progreso = { avanzar: () => undefined, terminar: () => undefined };

export function crearProgreso(total: number, stderr: { write(s: string): unknown; isTTY?: boolean }, habilitado: boolean): Progreso {
  if (!habilitado || total < 2 || !stderr.isTTY) return NULO;
  const barra = new SingleBar({
    // A TTY stderr is the process's own WriteStream (tests pass plain captures, never TTYs).
    stream: stderr as NodeJS.WritableStream,
    format: "Leyendo archivos |{bar}| {value}/{total} {archivo}",
    barCompleteChar: "█",
    barIncompleteChar: "░",
    hideCursor: true,
    clearOnComplete: true,
  });
  barra.start(total, 0, { archivo: "" });
  return {
    avanzar: (archivo) => barra.increment(1, { archivo }),
    terminar: () => barra.stop(),
  };
}
