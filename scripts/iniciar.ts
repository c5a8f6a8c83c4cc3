/**
 * `npm run start`: prints how to sideload the add-in into Excel, then runs
 * `office-addin-debugging start manifest.xml` when that tool is installed (Windows and Mac only; it
 * starts `npm run dev-server` itself, as in Microsoft's add-in template). Without it — Linux, CI —
 * the steps are the whole output and the exit code is 0: nothing here needs Excel.
 * OFFICE_ADDIN_DEBUGGING names another copy of the tool (e.g. a global 6.x, since 7.x needs keytar).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const RAIZ = path.resolve(__dirname, "..");

export const PASOS = `Cargar Seguimiento en Excel (carga lateral, para desarrollo):
  1. Certificado de desarrollo, una sola vez: npx office-addin-dev-certs install
     (queda en ~/.office-addin-dev-certs/; en Linux pide sudo para confiar en la CA).
  2. Servidor del panel: npm run dev-server  →  https://localhost:3000/taskpane.html
  3. Cargue manifest.xml:
     - Excel en Windows o Mac: npx office-addin-debugging@6 start manifest.xml desktop
     - Excel en la web: Inicio → Complementos → Más complementos → Mis complementos →
       Cargar mi complemento, y elija manifest.xml.
  4. Aparece la pestaña «Seguimiento». Para quitarlo: npx office-addin-debugging@6 stop manifest.xml
Sin Excel, npm run demo muestra el mismo panel sobre un Excel simulado.`;

function herramienta(): string | null {
  const ruta = process.env["OFFICE_ADDIN_DEBUGGING"] ?? path.join(RAIZ, "node_modules", ".bin", "office-addin-debugging");
  return fs.existsSync(ruta) ? ruta : null;
}

function main(): number {
  console.log(PASOS);
  const ruta = herramienta();
  if (ruta === null) {
    console.log("\noffice-addin-debugging no está instalado aquí: siga los pasos 2 y 3 a mano.");
    return 0;
  }
  console.log(`\nEjecutando ${path.basename(ruta)} start manifest.xml…`);
  const r = spawnSync(ruta, ["start", "manifest.xml", "--dev-server", "npm run dev-server", "--dev-server-port", "3000"], {
    cwd: RAIZ,
    stdio: "inherit",
  });
  if (r.error) {
    console.error(`No se pudo ejecutar ${ruta}: ${r.error.message}`);
    return 1;
  }
  return r.status ?? 1;
}

if (require.main === module) process.exitCode = main();
