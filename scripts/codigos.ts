/**
 * `npm run codigos`: writes the table of finding codes (SPEC §7) into README.md's architecture
 * section, between the `codigos` markers: each code of src/core/hallazgos/codigos.ts, its
 * severity and the core files that raise it (those passing the code literal as a call's first
 * argument: `crear("A-SIN-REPORTE", …)`, `crearHallazgo("E-SIN-MATRIZ", …)`).
 * `npm run codigos -- --comprobar` only checks and exits 1 when the README is stale;
 * test/scripts/codigos.test.ts does the same in the test run.
 */
import fs from "node:fs";
import path from "node:path";
import { CODIGOS, SEVERIDAD_POR_CODIGO } from "../src/core/hallazgos/codigos";

const RAIZ = path.resolve(__dirname, "..");
export const README = path.join(RAIZ, "README.md");
export const INICIO = "<!-- codigos:inicio (generado por npm run codigos; no editar a mano) -->";
export const FIN = "<!-- codigos:fin -->";

/** The .ts files under src/core outside hallazgos/ (the registry and its messages name every code). */
function fuentesCore(dir = path.join(RAIZ, "src", "core")): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const ruta = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "hallazgos" ? [] : fuentesCore(ruta);
    return e.name.endsWith(".ts") ? [ruta] : [];
  });
}

/** Code → the repo paths of the files that raise it, sorted. */
export function origenes(): Map<string, string[]> {
  const textos = fuentesCore().map((f) => ({ f: path.relative(RAIZ, f).split(path.sep).join("/"), texto: fs.readFileSync(f, "utf8") }));
  return new Map(
    CODIGOS.map((c) => [
      c,
      textos
        .filter(({ texto }) => new RegExp(`\\(\\s*"${c}"`).test(texto))
        .map(({ f }) => f)
        .sort(),
    ]),
  );
}

/** The markdown table, markers included. */
export function tablaCodigos(): string {
  const filas = [...origenes()].map(([c, archivos]) => {
    if (archivos.length === 0) throw new Error(`Ningún archivo de src/core genera ${c}.`);
    return `| \`${c}\` | ${SEVERIDAD_POR_CODIGO[c as keyof typeof SEVERIDAD_POR_CODIGO]} | ${archivos.map((a) => `\`${a}\``).join(", ")} |`;
  });
  return [INICIO, "| Código | Severidad | Lo genera |", "|---|---|---|", ...filas, FIN].join("\n");
}

/** The README with its table replaced by `tabla`; throws when the markers are missing. */
export function conTabla(readme: string, tabla: string): string {
  const a = readme.indexOf(INICIO);
  const b = readme.indexOf(FIN);
  if (a < 0 || b < a) throw new Error(`README.md no tiene los marcadores ${INICIO} … ${FIN}.`);
  return readme.slice(0, a) + tabla + readme.slice(b + FIN.length);
}

function main(argumentos: readonly string[]): number {
  const actual = fs.readFileSync(README, "utf8");
  const nuevo = conTabla(actual, tablaCodigos());
  if (argumentos.includes("--comprobar")) {
    if (nuevo === actual) return 0;
    console.error("La tabla de códigos de README.md está desactualizada: ejecute npm run codigos.");
    return 1;
  }
  if (nuevo !== actual) fs.writeFileSync(README, nuevo);
  console.log(`Tabla de ${CODIGOS.length} códigos escrita en README.md.`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
