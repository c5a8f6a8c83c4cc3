/** Chromium for the e2e tests: Debian's binary, the flags this machine needs, a served dist/. */
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST, servir, type Servidor } from "../../scripts/servirDemo";

export const RESULTADOS = path.resolve(__dirname, "../../test-results");
const BANDERAS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export interface Entorno {
  readonly servidor: Servidor;
  readonly navegador: Browser;
}

export async function abrirEntorno(): Promise<Entorno> {
  fs.mkdirSync(RESULTADOS, { recursive: true });
  const ejecutable = process.env.CHROMIUM ?? "/usr/bin/chromium";
  // A missing browser is a setup problem, not a product failure: say how to fix it.
  if (!fs.existsSync(ejecutable)) throw new Error(`No se encuentra Chromium en ${ejecutable}: instálelo con «apt-get install -y chromium» o defina CHROMIUM.`);
  const servidor = await servir(DIST, 0);
  const navegador = await chromium.launch({ executablePath: ejecutable, args: BANDERAS });
  return { servidor, navegador };
}

export async function cerrarEntorno(e: Entorno | undefined): Promise<void> {
  await e?.navegador.close();
  await e?.servidor.cerrar();
}

/** A page whose CDN office.js is the fake (dist/officeFalso.js); nothing else leaves 127.0.0.1. */
export async function paginaConOfficeFalso(e: Entorno, ancho = 320): Promise<Page> {
  const pagina = await e.navegador.newPage({ viewport: { width: ancho, height: 900 } });
  // The stub's lazy chunks (exceljs) are requested next to "office.js": serve them from dist/ too.
  await pagina.route("https://appsforoffice.microsoft.com/**", (r) => {
    const nombre = path.basename(new URL(r.request().url()).pathname);
    return r.fulfill({ contentType: "text/javascript", path: path.join(DIST, nombre === "office.js" ? "officeFalso.js" : nombre) });
  });
  return pagina;
}

export function captura(nombre: string): string {
  return path.join(RESULTADOS, `${nombre}.png`);
}
