/**
 * `npm run bench`: every timing of the product in one run (timings never gate tests).
 * Medians of a few runs after a warm-up, on this machine as it is.
 */
import os from "node:os";
import path from "node:path";
import { benchArchivo } from "./cli";
import { benchMotor } from "./motor";
import { benchOffice } from "./office";
import { benchPaquete } from "./paquete";
import { benchReconocimiento } from "./reconocimiento";

const VECES = 3;
const VECES_MOTOR = 5;

async function principal(): Promise<void> {
  const escribir = (lineas: readonly string[]): void => void process.stdout.write(`${lineas.join("\n")}\n\n`);
  const carga = new Intl.NumberFormat("es-CO", { maximumFractionDigits: 1 }).format(os.loadavg()[0] ?? 0);
  escribir([
    `Seguimiento — bench (mediana de ${VECES_MOTOR} corridas del motor y del reconocimiento, alternadas con JSON.parse, y de ${VECES} de lo demás; tras un calentamiento, cada corrida con la memoria recién recolectada; Node ${process.version}, ${os.cpus().length} núcleos)`,
    // Wall-clock figures grow with other work on the machine: the load shows how much there was.
    `Carga del sistema al empezar: ${carga} (con carga mayor que el número de núcleos, los tiempos crecen)`,
  ]);
  // More runs for the engine and recognition: their ratios hang on JSON.parse, short and noisy.
  escribir(await benchMotor(50_000, VECES_MOTOR));
  escribir(await benchReconocimiento(1_000, 1_000, VECES_MOTOR));
  escribir(await benchArchivo(5_000, VECES));
  escribir([await benchOffice()]);
  const paquete = benchPaquete(path.resolve(__dirname, "..", "dist"));
  if (paquete) escribir(paquete);
}

void principal();
