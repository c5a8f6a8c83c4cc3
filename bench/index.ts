/**
 * `npm run bench`: every timing of the product in one run (timings never gate tests).
 * Medians of a few runs after a warm-up, on this machine as it is.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { benchArchivo } from "./cli";
import { benchMotor } from "./motor";
import { benchPaquete } from "./paquete";

const VECES = 3;
const VECES_MOTOR = 5;

async function principal(): Promise<void> {
  const escribir = (lineas: readonly string[]): void => void process.stdout.write(`${lineas.join("\n")}\n\n`);
  const carga = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 }).format(os.loadavg()[0] ?? 0);
  escribir([
    `Seguimiento — bench (mediana de ${VECES_MOTOR} corridas del motor y ${VECES} de lo demás, tras un calentamiento; Node ${process.version}, ${os.cpus().length} núcleos)`,
    // Wall-clock figures grow with other work on the machine: the load shows how much there was.
    `Carga del sistema al empezar: ${carga} (con carga mayor que el número de núcleos, los tiempos crecen)`,
  ]);
  // More runs for the engine: its ratio hangs on JSON.parse, short and noisy.
  escribir(await benchMotor(50_000, VECES_MOTOR));
  escribir(await benchArchivo(5_000, VECES));
  if (existsSync(path.join(__dirname, "office.ts"))) {
    // Loaded by path: bench/office.ts belongs to the Office adapter and may not exist yet.
    const { benchOffice } = createRequire(__filename)(path.join(__dirname, "office")) as { benchOffice: () => Promise<string | readonly string[] | void> };
    const salida = await benchOffice();
    if (typeof salida === "string") escribir([salida]);
    else if (salida) escribir(salida);
  }
  const paquete = benchPaquete(path.resolve(__dirname, "..", "dist"));
  if (paquete) escribir(paquete);
}

void principal();
