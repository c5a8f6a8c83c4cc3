/**
 * The fuzz run (issue 12, deliverable 10): each generated workbook goes through the command line
 * in-process (`main`, as a user would call it, JSON included), and every output is checked —
 * re-read by the .xlsx reader, every XML part well-formed and namespace-correct, the JSON parsed,
 * no internal error. Shared by the short jest test and `npm run fuzz` (the long release run).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../../src/cli";
import { abrirXlsx } from "../../src/io/xlsx/lector";
import { problemasXml } from "./espaciosNombres";
import { libroFuzz, type FormaXml } from "./generador";

export interface CasoFuzz {
  readonly semilla: number;
  readonly forma: FormaXml;
  /** The CLI's exit code: 0 written, 1 no matrix or a refused input, 2 bad usage. */
  readonly codigo: number;
  /** What went wrong, empty when the case passed. */
  readonly problemas: readonly string[];
}

const silencio = (): { write: (s: string) => boolean; texto: () => string } => {
  let t = "";
  return { write: (s: string) => ((t += s), true), texto: () => t };
};

/** Runs one seed in its own folder (removed afterwards unless it failed, to keep the evidence). */
export async function casoFuzz(semilla: number): Promise<CasoFuzz> {
  const dir = mkdtempSync(path.join(tmpdir(), `seguimiento-fuzz-${semilla}-`));
  const { datos, forma } = await libroFuzz(semilla);
  const entrada = path.join(dir, "entrada.xlsx");
  const salida = path.join(dir, "salida.xlsx");
  const json = path.join(dir, "salida.json");
  writeFileSync(entrada, datos);
  const stdout = silencio();
  const stderr = silencio();
  const problemas: string[] = [];
  let codigo = -1;
  try {
    codigo = await main(["consolidar", entrada, "--salida", salida, "--json", json], { stdout, stderr, ahora: () => new Date("2026-01-31T10:00:00Z") });
  } catch (e) {
    problemas.push(`excepción: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  if (/error interno/i.test(stderr.texto())) problemas.push(`error interno: ${stderr.texto().slice(0, 500)}`);
  if (codigo !== 0 && codigo !== 1) problemas.push(`código de salida ${codigo}: ${stderr.texto().slice(0, 300)}`);
  if (codigo === 0) {
    if (!existsSync(salida)) problemas.push("código 0 sin libro escrito");
    else {
      const escrito = new Uint8Array(readFileSync(salida));
      problemas.push(...(await problemasXml(escrito)));
      try {
        const { libro } = await abrirXlsx(escrito, "salida.xlsx");
        if (libro.hojas.length === 0) problemas.push("el libro escrito no tiene hojas");
      } catch (e) {
        problemas.push(`el libro escrito no se puede leer: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    try {
      JSON.parse(readFileSync(json, "utf8"));
    } catch (e) {
      problemas.push(`JSON ilegible: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (problemas.length === 0) rmSync(dir, { recursive: true, force: true });
  else problemas.push(`archivos en ${dir}`);
  return { semilla, forma, codigo, problemas };
}

/** `n` seeds from `desde`, one after another (each run is already CPU-bound). */
export async function corridaFuzz(n: number, desde = 1, alAvanzar?: (c: CasoFuzz, i: number) => void): Promise<CasoFuzz[]> {
  const casos: CasoFuzz[] = [];
  for (let i = 0; i < n; i++) {
    const c = await casoFuzz(desde + i);
    casos.push(c);
    alAvanzar?.(c, i);
  }
  return casos;
}
