/**
 * The `seguimiento` command line (SPEC §9). `main` is exported so tests run it in-process
 * with captured output; exit codes: 0 success, 1 the input stopped the run, 2 bad usage.
 */
import { ErrorArchivo } from "../io/xlsx/leerArchivo";
import { leerArgumentos, SalidaAnticipada } from "./argumentos";
import { ErrorEscritura } from "./archivos";
import { consolidarArchivos, type Io } from "./consolidarArchivos";

export type { Io } from "./consolidarArchivos";

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let orden;
  try {
    orden = leerArgumentos(argv, { escribirSalida: (s) => io.stdout.write(s), escribirError: (s) => io.stderr.write(s) });
  } catch (e) {
    if (e instanceof SalidaAnticipada) return e.codigo;
    throw e;
  }
  try {
    return await consolidarArchivos(orden, io);
  } catch (e) {
    // Failures of the user's files are messages, not stack traces (issue 3).
    if (e instanceof ErrorArchivo || e instanceof ErrorEscritura) {
      io.stderr.write(`error: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((codigo) => {
    process.exitCode = codigo;
  });
}
