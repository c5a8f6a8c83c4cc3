/**
 * `npm run demo`: builds dist/ when it is missing or older than the sources, then serves it on
 * http://127.0.0.1:3000/demo.html (plain http on loopback: no dev certificates needed).
 * The e2e tests reuse `construirSiHaceFalta` and `servir` with a random free port (0).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const RAIZ = path.resolve(__dirname, "..");
export const DIST = path.join(RAIZ, "dist");
const FUENTES = ["src", "ejemplos", "assets", "webpack.config.js", "package.json"];

const TIPOS: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".map": "application/json",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function ultimaModificacion(ruta: string): number {
  if (!fs.existsSync(ruta)) return 0;
  const st = fs.statSync(ruta);
  if (!st.isDirectory()) return st.mtimeMs;
  return fs.readdirSync(ruta).reduce((m, n) => Math.max(m, ultimaModificacion(path.join(ruta, n))), st.mtimeMs);
}

/** Runs the production build when dist/ is missing or stale. */
export function construirSiHaceFalta(): void {
  const construido = ultimaModificacion(path.join(DIST, "demo.html"));
  const fuentes = Math.max(...FUENTES.map((f) => ultimaModificacion(path.join(RAIZ, f))));
  if (construido > 0 && construido >= fuentes) return;
  console.log("Construyendo dist/ (webpack --mode production)…");
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], { cwd: RAIZ, stdio: "inherit" });
}

export interface Servidor {
  readonly url: string;
  cerrar(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1:`puerto` (0 = any free port). */
export function servir(dir: string = DIST, puerto = 3000): Promise<Servidor> {
  const servidor = http.createServer((req, res) => {
    const ruta = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    const archivo = path.join(dir, ruta === "/" ? "demo.html" : ruta);
    if (!archivo.startsWith(dir) || !fs.existsSync(archivo) || fs.statSync(archivo).isDirectory()) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("No encontrado");
      return;
    }
    res.writeHead(200, { "content-type": TIPOS[path.extname(archivo)] ?? "application/octet-stream", "cache-control": "no-store" });
    fs.createReadStream(archivo).pipe(res);
  });
  return new Promise((resolver, rechazar) => {
    servidor.once("error", rechazar);
    servidor.listen(puerto, "127.0.0.1", () => {
      const { port } = servidor.address() as AddressInfo;
      resolver({ url: `http://127.0.0.1:${port}/`, cerrar: () => new Promise((r) => servidor.close(() => r())) });
    });
  });
}

if (require.main === module) {
  const puerto = Number(process.env.PUERTO ?? 3000);
  construirSiHaceFalta();
  servir(DIST, puerto).then(
    (s) => console.log(`Demo de Seguimiento en ${s.url}demo.html  (Ctrl+C para terminar)`),
    (e: unknown) => {
      console.error(`No se pudo abrir el puerto ${puerto}: ${String(e)}. Pruebe PUERTO=3001 npm run demo`);
      process.exit(1);
    },
  );
}
