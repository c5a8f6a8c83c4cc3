/** The task pane's initial JavaScript (gzip): the scripts taskpane.html loads from dist/ (issue 6). */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { kb, linea } from "./medir";

export function benchPaquete(dist: string): string[] | null {
  const html = path.join(dist, "taskpane.html");
  if (!existsSync(html)) return null;
  // Minified HTML may drop the quotes: src=taskpane.js
  const scripts = [...readFileSync(html, "utf8").matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? "")
    .filter((src) => !/^https?:/.test(src))
    .map((src) => path.join(dist, src.replace(/^\.?\//, "").split("?")[0] ?? ""));
  const presentes = scripts.filter((s) => existsSync(s));
  const crudo = presentes.reduce((a, s) => a + readFileSync(s).byteLength, 0);
  const gzip = presentes.reduce((a, s) => a + gzipSync(readFileSync(s), { level: 9 }).byteLength, 0);
  return [
    "Panel de tareas (dist/)",
    linea(`JS inicial: ${presentes.map((s) => path.basename(s)).join(", ") || "ninguno"}`, kb(crudo)),
    linea("JS inicial comprimido (gzip)", kb(gzip)),
  ];
}
