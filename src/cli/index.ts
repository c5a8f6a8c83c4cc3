/**
 * The `seguimiento` command line (SPEC §9). `main` is exported so tests run it in-process
 * with captured output; exit codes: 0 success, 1 the input stopped the run, 2 bad usage.
 * `main` never throws: every failure is a Spanish message (errores.ts).
 */
import { ErrorSalidaAnticipada } from "../core/fallos";
import { leerArgumentos } from "./argumentos";
import { consolidarArchivos, type Io } from "./consolidarArchivos";
import { falloDe } from "./errores";
import { esOrdenPlantillas } from "./ordenPlantillas";
import { plantillasArchivos } from "./plantillasArchivos";

export type { Io } from "./consolidarArchivos";

async function correr(argv: readonly string[], io: Io): Promise<number> {
  let orden;
  try {
    orden = leerArgumentos(argv, { escribirSalida: (s) => io.stdout.write(s), escribirError: (s) => io.stderr.write(s) });
  } catch (e) {
    // commander has already said what was wrong (or shown the help): only the exit code is left.
    if (e instanceof ErrorSalidaAnticipada) return e.salida;
    throw e;
  }
  return esOrdenPlantillas(orden) ? await plantillasArchivos(orden, io) : await consolidarArchivos(orden, io);
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  try {
    return await correr(argv, io);
  } catch (e) {
    const fallo = falloDe(e, process.env.SEGUIMIENTO_DEPURAR === "1");
    io.stderr.write(fallo.mensaje);
    return fallo.codigo;
  }
}

if (require.main === module) {
  // a reader that stops early (`| head`) closes the pipe: that ends the output, it is not a failure
  for (const flujo of [process.stdout, process.stderr]) {
    flujo.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((codigo) => {
    process.exitCode = codigo;
  });
}
