/**
 * Generates the bundled example (ejemplos/matriz-seguimiento-ejemplo.xlsx) with a seeded PRNG:
 * running it twice gives the same cells. Usage: npm run ejemplo [-- <salida.xlsx>]
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { NOMBRE_EJEMPLO, ejemploXlsx, generarEjemplo } from "./ejemplo";

async function principal(): Promise<void> {
  const salida = process.argv[2] ?? path.resolve(__dirname, "..", "ejemplos", NOMBRE_EJEMPLO);
  writeFileSync(salida, await ejemploXlsx());
  const { hojas, errores } = generarEjemplo();
  process.stdout.write(`Ejemplo escrito en ${salida}: ${hojas.map((h) => h.hoja.nombre).join(", ")}; ${errores.length} errores sembrados.\n`);
}

void principal();
