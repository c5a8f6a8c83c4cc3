/**
 * The architecture of DEVELOPERS.md and STYLE.md §1, checked on the source text:
 *  - src/core imports only src/core (no exceljs, React, Fluent UI, Office, Node built-ins, nor any
 *    relative path that climbs out of src/core);
 *  - Office.js is used only where it belongs: anything in src/io/office, src/demo and src/simulador (the
 *    fake Excel installs the globals), Office.actions.associate / Office.onReady in src/commands, Office.onReady in
 *    src/taskpane/index.tsx. Type positions (`Excel.Range` in a signature) are not usage;
 *  - one application layer (issue 11): src/commands and src/cli import only src/app, the core and
 *    their own I/O (io/office, io/xlsx), never src/taskpane; only src/app runs consolidar + planificar.
 * Each checker is first run on hand-written snippets, so these tests can fail.
 */
import * as fs from "fs";
import { builtinModules } from "module";
import * as path from "path";
import * as ts from "typescript";

const RAIZ = path.resolve(__dirname, "..");
const CORE = path.join(RAIZ, "src", "core");

/** Bare module names src/core must never import (besides Node built-ins). */
const PAQUETES_PROHIBIDOS_EN_CORE = [/^exceljs$/, /^jszip$/, /^react(-dom)?(\/|$)/, /^@fluentui\//, /^office-js/, /^@microsoft\//, /^@types\/office/];

/** Where Office.js value-level usage is allowed, and which member chains (null = any). */
const USO_OFFICE_PERMITIDO: ReadonlyArray<{ ruta: RegExp; cadenas: readonly string[] | null }> = [
  { ruta: /^src\/io\/office\//, cadenas: null },
  { ruta: /^src\/demo\//, cadenas: null },
  { ruta: /^src\/simulador\//, cadenas: null },
  { ruta: /^src\/commands\//, cadenas: ["Office.actions.associate", "Office.onReady"] },
  { ruta: /^src\/taskpane\/index\.tsx$/, cadenas: ["Office.onReady"] },
];
const GLOBALES_OFFICE = new Set(["Office", "Excel", "OfficeExtension"]);

function archivosTs(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith(".d.ts"))
    .map((f) => path.join(dir, f));
}

function esModuloNode(especificador: string): boolean {
  return especificador.startsWith("node:") || builtinModules.includes(especificador.split("/")[0] ?? "");
}

/** Imports (static, dynamic, require, `/// <reference types>`) of a core file that break the rule. */
export function importacionesProhibidasEnCore(archivo: string, texto: string): string[] {
  const info = ts.preProcessFile(texto, true, true);
  const malas: string[] = [];
  for (const { fileName: esp } of info.importedFiles) {
    if (esp.startsWith(".")) {
      const destino = path.resolve(path.dirname(archivo), esp);
      if (destino !== CORE && !destino.startsWith(CORE + path.sep)) malas.push(`${esp} (sale de src/core)`);
    } else if (esModuloNode(esp) || PAQUETES_PROHIBIDOS_EN_CORE.some((p) => p.test(esp))) {
      malas.push(esp);
    }
  }
  for (const ref of info.typeReferenceDirectives) malas.push(`/// <reference types="${ref.fileName}" />`);
  return malas;
}

/** `Office.x.y` / `Excel.run` chains used as values (calls, reads), with their line numbers. */
export function usosDeOffice(nombre: string, texto: string): Array<{ cadena: string; linea: number }> {
  const fuente = ts.createSourceFile(nombre, texto, ts.ScriptTarget.Latest, true, nombre.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const usos: Array<{ cadena: string; linea: number }> = [];
  const visitar = (nodo: ts.Node): void => {
    if (ts.isPropertyAccessExpression(nodo) && ts.isIdentifier(nodo.expression) && GLOBALES_OFFICE.has(nodo.expression.text)) {
      // Take the longest member chain starting here: Office.actions.associate, not Office.actions.
      let cadena: ts.Node = nodo;
      while (ts.isPropertyAccessExpression(cadena.parent) && cadena.parent.expression === cadena) cadena = cadena.parent;
      usos.push({
        cadena: cadena.getText(fuente).replace(/\s+/g, ""),
        linea: fuente.getLineAndCharacterOfPosition(nodo.getStart(fuente)).line + 1,
      });
    }
    ts.forEachChild(nodo, visitar);
  };
  visitar(fuente);
  return usos;
}

/** Usages of Office.js in a repository file that the table USO_OFFICE_PERMITIDO does not allow. */
export function usosDeOfficeFueraDeLugar(relativo: string, texto: string): string[] {
  const regla = USO_OFFICE_PERMITIDO.find((r) => r.ruta.test(relativo));
  return usosDeOffice(relativo, texto)
    .filter((u) => regla === undefined || (regla.cadenas !== null && !regla.cadenas.includes(u.cadena)))
    .map((u) => `${relativo}:${u.linea} ${u.cadena}`);
}

describe("the core imports only the core (STYLE.md §1, DEVELOPERS.md Architecture)", () => {
  const enCore = path.join(CORE, "calculo", "ejemplo.ts");

  it.each([
    ['import ExcelJS from "exceljs";', ["exceljs"]],
    ['import * as fs from "fs";', ["fs"]],
    ['import { join } from "node:path";', ["node:path"]],
    ['const cp = require("child_process");', ["child_process"]],
    ['import { useState } from "react";', ["react"]],
    ['import { Button } from "@fluentui/react-components";', ["@fluentui/react-components"]],
    ['import type { X } from "../../io/xlsx/lector";', ["../../io/xlsx/lector (sale de src/core)"]],
    ['export * from "../../taskpane/App";', ["../../taskpane/App (sale de src/core)"]],
    ['const m = await import("../../cli/index");', ["../../cli/index (sale de src/core)"]],
    ['/// <reference types="office-js" />', ['/// <reference types="office-js" />']],
    ['import { Libro } from "../grid/libro";\nimport { x } from "./_lib/y";', []],
  ])("%s is reported as %j", (codigo, esperado) => {
    expect(importacionesProhibidasEnCore(enCore, codigo)).toEqual(esperado);
  });

  const archivos = archivosTs(CORE);
  it("src/core holds TypeScript files", () => {
    expect(archivos.length).toBeGreaterThan(0);
  });

  it("no file of src/core imports outside src/core or a forbidden module", () => {
    const violaciones = archivos.flatMap((a) => importacionesProhibidasEnCore(a, fs.readFileSync(a, "utf8")).map((m) => `${path.relative(RAIZ, a)}: ${m}`));
    expect(violaciones).toEqual([]);
  });
});

describe("Office.js is used only in src/io/office, src/commands, src/taskpane/index.tsx, src/demo and src/simulador", () => {
  it.each([
    ["src/taskpane/App.tsx", "await Excel.run(async (ctx) => ctx.sync());", ["src/taskpane/App.tsx:1 Excel.run"]],
    ["src/taskpane/index.tsx", "Office.onReady(() => render());", []],
    ["src/taskpane/index.tsx", "const d = Office.context.document;", ["src/taskpane/index.tsx:1 Office.context.document"]],
    ["src/commands/commands.ts", 'Office.actions.associate("consolidar", h);', []],
    ["src/commands/commands.ts", "\nawait Excel.run(f);", ["src/commands/commands.ts:2 Excel.run"]],
    ["src/io/office/lector.ts", "await Excel.run(f); Office.context.requirements.isSetSupported('ExcelApi', '1.8');", []],
    ["src/demo/instalar.ts", "(globalThis as any).Office = x; Office.onReady();", []],
    ["src/core/x.ts", "function f(r: Excel.Range): void {}", []],
    ["src/cli/index.ts", "const e = new OfficeExtension.Error();", ["src/cli/index.ts:1 OfficeExtension.Error"]],
    ["src/taskpane/App.tsx", "// Excel.run is not called here", []],
  ])("%s: %s → %j", (ruta, codigo, esperado) => {
    expect(usosDeOfficeFueraDeLugar(ruta, codigo)).toEqual(esperado);
  });

  it("no file of src/, scripts/ or bench/ uses Office.js outside its place", () => {
    const archivos = ["src", "scripts", "bench"].flatMap((d) => archivosTs(path.join(RAIZ, d)));
    expect(archivos.length).toBeGreaterThan(0);
    const violaciones = archivos.flatMap((a) => usosDeOfficeFueraDeLugar(path.relative(RAIZ, a).split(path.sep).join("/"), fs.readFileSync(a, "utf8")));
    expect(violaciones).toEqual([]);
  });
});

/** The src/ folder a relative import of `archivo` lands in ("app", "core", "io/xlsx"…), null for a package. */
function carpetaDestino(archivo: string, especificador: string): string | null {
  if (!especificador.startsWith(".")) return null;
  const partes = path.relative(path.join(RAIZ, "src"), path.resolve(path.dirname(archivo), especificador)).split(path.sep);
  return partes[0] === "io" ? `io/${partes[1] ?? ""}` : (partes[0] ?? null);
}

/** What each entry folder may import (issue 11): the use cases, the pure core, its own I/O, itself. */
const IMPORTS_PERMITIDOS: Readonly<Record<string, readonly string[]>> = {
  commands: ["commands", "app", "core", "io/office"],
  cli: ["cli", "app", "core", "io/xlsx", "io/docx"],
};

/** Relative imports of a src/commands or src/cli file that leave the folders it may use. */
export function importacionesFueraDeCapa(relativo: string, texto: string): string[] {
  const carpeta = relativo.split("/")[1] ?? "";
  const permitidas = IMPORTS_PERMITIDOS[carpeta];
  if (!permitidas) return [];
  const archivo = path.join(RAIZ, relativo);
  return ts
    .preProcessFile(texto, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((esp) => {
      const destino = carpetaDestino(archivo, esp);
      return destino !== null && !permitidas.includes(destino);
    })
    .map((esp) => `${relativo}: ${esp}`);
}

/** The core modules that run Consolidar: only src/app strings them together (one orchestration). */
const ORQUESTACION = [path.join(CORE, "calculo", "consolidar"), path.join(CORE, "reporte", "planificar")];

export function orquestaFueraDeApp(relativo: string, texto: string): string[] {
  if (relativo.startsWith("src/app/") || relativo.startsWith("src/core/")) return [];
  const archivo = path.join(RAIZ, relativo);
  return ts
    .preProcessFile(texto, true, true)
    .importedFiles.map((i) => i.fileName)
    .filter((esp) => esp.startsWith(".") && ORQUESTACION.includes(path.resolve(path.dirname(archivo), esp).replace(/\.(ts|js)$/, "")))
    .map((esp) => `${relativo}: ${esp}`);
}

describe("one application layer: the entry points call src/app (issue 11)", () => {
  it.each([
    [
      "src/commands/commands.ts",
      'import { crearServicioOffice } from "../taskpane/services/office";',
      ["src/commands/commands.ts: ../taskpane/services/office"],
    ],
    ["src/commands/commands.ts", 'import { libroOffice } from "../io/office/libroOffice";\nimport { consolidarLibro } from "../app";', []],
    ["src/commands/consolidarCinta.ts", 'import { abrirXlsx } from "../io/xlsx/lector";', ["src/commands/consolidarCinta.ts: ../io/xlsx/lector"]],
    ["src/cli/index.ts", 'import { ExcelFalso } from "../simulador";', ["src/cli/index.ts: ../simulador"]],
    [
      "src/cli/index.ts",
      'import type { Ajustes } from "../core/calculo/tipos";\nimport { libroXlsx } from "../io/xlsx/libroXlsx";\nimport { x } from "./mapa";',
      [],
    ],
    ["src/taskpane/App.tsx", 'import { x } from "../demo/y";', []],
  ])("%s: %s → %j", (ruta, codigo, esperado) => {
    expect(importacionesFueraDeCapa(ruta, codigo)).toEqual(esperado);
  });

  it.each([
    [
      "src/cli/consolidarArchivos.ts",
      'import { consolidar } from "../core/calculo/consolidar";',
      ["src/cli/consolidarArchivos.ts: ../core/calculo/consolidar"],
    ],
    [
      "src/taskpane/services/x.ts",
      'import { planificar } from "../../core/reporte/planificar";',
      ["src/taskpane/services/x.ts: ../../core/reporte/planificar"],
    ],
    ["src/app/consolidar.ts", 'import { consolidar } from "../core/calculo/consolidar";', []],
    ["src/cli/x.ts", 'import type { Consolidacion } from "../core/calculo/tipos";', []],
  ])("%s: %s → %j", (ruta, codigo, esperado) => {
    expect(orquestaFueraDeApp(ruta, codigo)).toEqual(esperado);
  });

  const fuentes = archivosTs(path.join(RAIZ, "src")).map((a) => ({
    relativo: path.relative(RAIZ, a).split(path.sep).join("/"),
    texto: fs.readFileSync(a, "utf8"),
  }));

  it("src/commands and src/cli import only src/app, the core and their own I/O (never src/taskpane)", () => {
    expect(fuentes.filter((f) => /^src\/(commands|cli)\//.test(f.relativo)).length).toBeGreaterThan(0);
    expect(fuentes.flatMap((f) => importacionesFueraDeCapa(f.relativo, f.texto))).toEqual([]);
  });

  it("nothing outside src/app runs consolidar and planificar", () => {
    expect(fuentes.flatMap((f) => orquestaFueraDeApp(f.relativo, f.texto))).toEqual([]);
  });
});
