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

/** The request's path decoded, or null for a malformed escape ("%E0%A4%A" throws URIError). */
function rutaPedida(url: string | undefined): string | null {
  try {
    return decodeURIComponent(new URL(url ?? "/", "http://127.0.0.1").pathname);
  } catch {
    return null;
  }
}

/**
 * The file of `dir` a decoded path names, or null when it leaves `dir`. `URL` resolves "../" only
 * before decoding, so "..%2f" arrives here as "../"; comparing prefixes would let "dist" serve
 * "distX" (issue 12, probe 13), so the path relative to `dir` is what is checked.
 */
function archivoDentro(dir: string, ruta: string): string | null {
  const archivo = path.resolve(dir, `.${path.sep}${ruta === "/" ? "demo.html" : ruta}`);
  const relativa = path.relative(dir, archivo);
  return relativa === "" || relativa.split(/[\\/]/)[0] === ".." || path.isAbsolute(relativa) ? null : archivo;
}

function responder(res: http.ServerResponse, estado: number, texto: string): void {
  res.writeHead(estado, { "content-type": "text/plain; charset=utf-8" }).end(texto);
}

/** Serves `dir` on 127.0.0.1:`puerto` (0 = any free port). */
export function servir(dir: string = DIST, puerto = 3000): Promise<Servidor> {
  const raiz = path.resolve(dir);
  const servidor = http.createServer((req, res) => {
    const ruta = rutaPedida(req.url);
    if (ruta === null) return responder(res, 400, "Dirección mal formada");
    const archivo = archivoDentro(raiz, ruta);
    if (archivo === null || !fs.existsSync(archivo) || !fs.statSync(archivo).isFile()) return responder(res, 404, "No encontrado");
    res.writeHead(200, { "content-type": TIPOS[path.extname(archivo)] ?? "application/octet-stream", "cache-control": "no-store" });
    // a file removed between the check and the read ends this response, not the server
    fs.createReadStream(archivo)
      .on("error", () => res.destroy())
      .pipe(res);
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
