/**
 * `npm run ciclos`: the import cycles of `src/`, the check `npx madge --circular src` would give.
 * madge cannot be installed here (its optional peer typescript@^5 conflicts with the pinned
 * TypeScript 6), so the graph is built with the compiler itself: `ts.preProcessFile` lists each
 * file's imports (type-only and dynamic ones too, as madge counts them) and `ts.resolveModuleName`
 * resolves them with the repository's tsconfig. Tarjan's algorithm finds the strongly connected
 * components; each one with more than one file, or a file importing itself, is a cycle, printed
 * as one concrete path through it. Exit code 1 when there is any.
 */
import path from "node:path";
import ts from "typescript";

const RAIZ = path.resolve(__dirname, "..");

/** Each file under `carpeta` (absolute paths) → the files under `carpeta` it imports. */
export type Grafo = ReadonlyMap<string, readonly string[]>;

/** The compiler options of a tsconfig, as `tsc -p` reads them. */
export function opcionesDe(tsconfig: string): ts.CompilerOptions {
  const leido = ts.readConfigFile(tsconfig, (f) => ts.sys.readFile(f));
  if (leido.error) throw new Error(ts.flattenDiagnosticMessageText(leido.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(leido.config, ts.sys, path.dirname(tsconfig)).options;
}

/** The import graph of the .ts/.tsx files under `carpeta`; imports leaving it are left out. */
export function grafoImportaciones(carpeta: string, opciones: ts.CompilerOptions): Grafo {
  const base = path.resolve(carpeta);
  const dentro = (f: string): boolean => !path.relative(base, f).startsWith("..") && !f.endsWith(".d.ts");
  const archivos = ts.sys
    .readDirectory(base, [".ts", ".tsx"])
    .map((f) => path.resolve(f))
    .filter(dentro)
    .sort();
  const grafo = new Map<string, string[]>();
  for (const archivo of archivos) {
    const { importedFiles } = ts.preProcessFile(ts.sys.readFile(archivo) ?? "", true, true);
    const destinos = new Set<string>();
    for (const { fileName } of importedFiles) {
      const r = ts.resolveModuleName(fileName, archivo, opciones, ts.sys).resolvedModule;
      if (r && !r.isExternalLibraryImport && dentro(path.resolve(r.resolvedFileName))) destinos.add(path.resolve(r.resolvedFileName));
    }
    grafo.set(archivo, [...destinos].sort());
  }
  return grafo;
}

/** Tarjan's strongly connected components of more than one file, or of a file importing itself. */
function componentes(grafo: Grafo): string[][] {
  const indice = new Map<string, number>();
  const bajo = new Map<string, number>();
  const pila: string[] = [];
  const enPila = new Set<string>();
  const resultado: string[][] = [];
  let siguiente = 0;
  const visitar = (v: string): void => {
    indice.set(v, siguiente);
    bajo.set(v, siguiente++);
    pila.push(v);
    enPila.add(v);
    for (const w of grafo.get(v) ?? []) {
      if (!indice.has(w)) {
        visitar(w);
        bajo.set(v, Math.min(bajo.get(v) ?? 0, bajo.get(w) ?? 0));
      } else if (enPila.has(w)) bajo.set(v, Math.min(bajo.get(v) ?? 0, indice.get(w) ?? 0));
    }
    if (bajo.get(v) !== indice.get(v)) return;
    const componente: string[] = [];
    let w: string | undefined;
    do {
      w = pila.pop();
      if (w === undefined) break;
      enPila.delete(w);
      componente.push(w);
    } while (w !== v);
    if (componente.length > 1 || (grafo.get(v) ?? []).includes(v)) resultado.push(componente);
  };
  for (const v of grafo.keys()) if (!indice.has(v)) visitar(v);
  return resultado;
}

/** A shortest path from the component's first file (in name order) back to itself, inside the component. */
function caminoCiclo(grafo: Grafo, componente: readonly string[]): string[] {
  const miembros = new Set(componente);
  const inicio = [...componente].sort()[0] ?? "";
  const previo = new Map<string, string>();
  const cola = [inicio];
  for (let i = 0; i < cola.length; i++) {
    const v = cola[i] ?? "";
    for (const w of grafo.get(v) ?? []) {
      if (w === inicio) {
        const camino = [v];
        for (let p = previo.get(v); p !== undefined; p = previo.get(p)) camino.unshift(p);
        return [...camino, inicio];
      }
      if (miembros.has(w) && !previo.has(w) && w !== inicio) {
        previo.set(w, v);
        cola.push(w);
      }
    }
  }
  return [inicio, inicio];
}

/**
 * Every cycle of the graph, one per strongly connected component, each as a path that starts and
 * ends at the same file: `[a.ts, b.ts, a.ts]`. Empty when the graph is acyclic.
 */
export function ciclos(grafo: Grafo): string[][] {
  return componentes(grafo)
    .map((c) => caminoCiclo(grafo, c))
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}

/** `npm run ciclos [carpeta]` (src by default): prints each cycle and returns the exit code. */
export function main(argumentos: readonly string[], escribir: (linea: string) => void = console.log): number {
  const carpeta = path.resolve(RAIZ, argumentos[0] ?? "src");
  const grafo = grafoImportaciones(carpeta, opcionesDe(path.join(RAIZ, "tsconfig.json")));
  const encontrados = ciclos(grafo);
  const rel = (f: string): string => path.relative(RAIZ, f).split(path.sep).join("/");
  if (encontrados.length === 0) {
    escribir(`Sin importaciones circulares en ${rel(carpeta) || "."} (${grafo.size} archivos).`);
    return 0;
  }
  escribir(`${encontrados.length} importación(es) circular(es) en ${rel(carpeta) || "."}:`);
  for (const c of encontrados) escribir(`  ${c.map(rel).join(" → ")}`);
  return 1;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
