/**
 * `seguimiento consolidar` applies the recognition corrections of SPEC §3.7: the ones the pane
 * saved in the workbook and a `--mapa` JSON file, which wins for the sheets it names.
 * Expected figures come from the synthetic matrix's cells (_ajustesGuardados.ts), not from a run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";
import { leerCorrecciones } from "../../src/core/ajustes";
import type { ResumenJson } from "../../src/core/resumenJson";
import { conAjustesGuardados, conPartes, FILAS_OTRA, FILAS_PDM, libroMatriz, parteWebExtension } from "./_ajustesGuardados";

jest.setTimeout(60_000);

const tmp = mkdtempSync(path.join(tmpdir(), "seguimiento-mapa-"));
let n = 0;

function archivo(nombre: string, datos: Uint8Array | string): string {
  const ruta = path.join(tmp, `${n++}-${nombre}`);
  writeFileSync(ruta, datos);
  return ruta;
}

async function resumen(...argv: string[]): Promise<ResumenJson> {
  const r = await correr("consolidar", ...argv, "--sin-salida", "--json", "-");
  expect(r.err).not.toMatch(/^(error|aviso)/m);
  expect(r.codigo).toBe(0);
  return JSON.parse(r.out) as ResumenJson;
}

const pctPorCodigo = (s: ResumenJson): Record<string, number | null> => Object.fromEntries(s.metas.map((m) => [m.codigo ?? "", m.pct_vigencia]));
const letras = (s: ResumenJson, hoja: string): string[] => s.hojas.find((h) => h.hoja === hoja)?.columnas.map((c) => c.columna) ?? [];
const sinStack = (s: string): boolean => !/\n\s+at /.test(s);

/** Column G is the year's ejecutado, F is not used: the figures become G / E. */
const G_ES_EJECUTADO = [{ hoja: "PDM", columnas: { F: { campo: null }, G: { campo: "ejecutado", anio: 2025 } } }];

describe("corrections saved in the workbook and --mapa (SPEC §3.7)", () => {
  let sinCorregir: string;
  beforeAll(async () => {
    sinCorregir = archivo("plan.xlsx", await libroMatriz({ PDM: FILAS_PDM }));
  });

  it("control: without corrections F is the ejecutado 2025 (5/10, 1/2, 10/20 → 50 %)", async () => {
    const s = await resumen(sinCorregir);
    expect(pctPorCodigo(s)).toEqual({ "1001": 0.5, "1002": 0.5, "2001": 0.5 });
    expect(s.hojas.find((h) => h.hoja === "PDM")?.columnas).toContainEqual({ columna: "F", campo: "ejecutado", anio: 2025, trimestre: null });
  });

  it("a correction saved by the pane that ignores column F leaves every programmed meta without report", async () => {
    const ruta = archivo(
      "guardado.xlsx",
      await conAjustesGuardados(await libroMatriz({ PDM: FILAS_PDM }), { vigencia: 2025, correcciones: [{ hoja: "PDM", columnas: { F: { campo: null } } }] }),
    );
    const s = await resumen(ruta);
    expect(letras(s, "PDM")).not.toContain("F");
    expect(s.plan.sin_reporte).toBe(3);
    expect(pctPorCodigo(s)).toEqual({ "1001": null, "1002": null, "2001": null });
  });

  it("--mapa with a list of corrections makes G the ejecutado: 8/10, 2/2, 20/20", async () => {
    const mapa = archivo("correcciones.json", JSON.stringify(G_ES_EJECUTADO));
    const s = await resumen(sinCorregir, "--mapa", mapa);
    expect(pctPorCodigo(s)).toEqual({ "1001": 0.8, "1002": 1, "2001": 1 });
    expect(s.hojas.find((h) => h.hoja === "PDM")?.columnas).toContainEqual({ columna: "G", campo: "ejecutado", anio: 2025, trimestre: null });
    expect(letras(s, "PDM")).not.toContain("F");
  });

  it("--mapa also takes the settings object the pane saves ({…, correcciones: […]})", async () => {
    const mapa = archivo("ajustes.json", JSON.stringify({ tope: "100", correcciones: G_ES_EJECUTADO }));
    expect(pctPorCodigo(await resumen(sinCorregir, "--mapa", mapa))).toEqual({ "1001": 0.8, "1002": 1, "2001": 1 });
  });

  it("the --mapa file wins for the sheets it names; the saved corrections of other sheets still apply", async () => {
    const libro = await libroMatriz({ PDM: FILAS_PDM, OTRA: FILAS_OTRA });
    // Control: uncorrected, both sheets are consolidated.
    expect(Object.keys(pctPorCodigo(await resumen(archivo("ambos-sin.xlsx", libro)))).sort()).toEqual(["1001", "1002", "2001", "3001", "3002"]);
    const ruta = archivo(
      "ambos.xlsx",
      await conAjustesGuardados(libro, {
        correcciones: [
          { hoja: "PDM", ignorar: true },
          { hoja: "OTRA", ignorar: true },
        ],
      }),
    );
    const mapa = archivo("pdm.json", JSON.stringify(G_ES_EJECUTADO));
    const s = await resumen(ruta, "--mapa", mapa);
    // PDM is read as the file says (not ignored as saved); OTRA stays ignored as saved.
    expect(pctPorCodigo(s)).toEqual({ "1001": 0.8, "1002": 1, "2001": 1 });
  });

  it("the terminal table shows the corrected figures too", async () => {
    const mapa = archivo("terminal.json", JSON.stringify(G_ES_EJECUTADO));
    const r = await correr("consolidar", sinCorregir, "--sin-salida", "--mapa", mapa);
    expect(r.codigo).toBe(0);
    // Gobierno's only meta: G 20 of programado 20 (uncorrected: F 10 of 20, 50 %).
    expect(r.out).toMatch(/^Secretaría de Gobierno\s+1\s+1\s+0\s+100,0 %/m);
  });

  it("damaged saved settings are skipped with a Spanish notice; the run goes on uncorrected", async () => {
    const ruta = archivo(
      "danado.xlsx",
      await conPartes(await libroMatriz({ PDM: FILAS_PDM }), {
        "xl/webextensions/webextension1.xml": parteWebExtension({
          "seguimiento.ajustes": JSON.stringify('{"correcciones": [{"hoja": "PDM", "columnas": {"F": {"campo": "programdo"}}}]}'),
        }),
      }),
    );
    const r = await correr("consolidar", ruta, "--sin-salida", "--json", "-");
    expect(r.codigo).toBe(0);
    expect(r.err).toMatch(
      /aviso: las correcciones guardadas en «\d+-danado\.xlsx» no se usan:\n\s+- correcciones\[0\]\.columnas\.F\.campo: «programdo» no es válido; use meta, codigo/,
    );
    expect(pctPorCodigo(JSON.parse(r.out) as ResumenJson)).toEqual({ "1001": 0.5, "1002": 0.5, "2001": 0.5 });
  });

  it("a sheet --mapa names that no workbook has is a notice, not a silent no-op", async () => {
    const mapa = archivo("errata.json", JSON.stringify([{ hoja: "PMD", ignorar: true }]));
    const r = await correr("consolidar", sinCorregir, "--sin-salida", "--mapa", mapa);
    expect(r.codigo).toBe(0);
    expect(r.err).toBe("aviso: la hoja «PMD» de --mapa no está en el libro; su corrección no se aplica.\n");
  });

  it("consolidar --help documents --mapa", async () => {
    const r = await correr("consolidar", "--help");
    expect(r.out).toMatch(/--mapa <correcciones\.json>\s+correcciones del reconocimiento en JSON/);
    expect(r.out).toContain('[{"hoja": "PDM 2024-2027", "columnas": {"F": {"campo": null}');
  });
});

describe("a bad --mapa file is bad usage: exit 2 and a Spanish message naming what is wrong", () => {
  let plan: string;
  beforeAll(async () => {
    plan = archivo("plan.xlsx", await libroMatriz({ PDM: FILAS_PDM }));
  });

  test.each<[string, string | null, RegExp]>([
    ["missing", null, /el archivo de correcciones «.*no-existe\.json» \(--mapa\) no existe\./],
    ["not JSON", "{hoja: PDM}", /\(--mapa\) no es JSON válido/],
    ["wrong shape", '"PDM"', /no es válido:\n\s+- Debe ser una lista, no «PDM»/],
    [
      "unknown field campo",
      JSON.stringify([{ hoja: "PDM", columnas: { F: { campo: "avance" } } }]),
      /\[0\]\.columnas\.F\.campo: «avance» no es válido; use meta/,
    ],
    [
      "quarter outside 1–4",
      JSON.stringify([{ hoja: "PDM", columnas: { F: { campo: "ejecutado", trimestre: 0 } } }]),
      /\[0\]\.columnas\.F\.trimestre: 0 no es válido; use 1, 2, 3 o 4/,
    ],
    [
      "year not a number",
      JSON.stringify([{ hoja: "PDM", columnas: { F: { campo: "ejecutado", anio: "dos mil" } } }]),
      /\[0\]\.columnas\.F\.anio: debe ser un número.*, no «dos mil»/,
    ],
    [
      "lecturaTrimestral not periodo/acumuladoAnio",
      JSON.stringify([{ hoja: "PDM", lecturaTrimestral: "anual" }]),
      /\[0\]\.lecturaTrimestral: «anual» no es válido; use periodo o acumuladoAnio/,
    ],
  ])("%s", async (_, contenido, mensaje) => {
    const ruta = contenido === null ? path.join(tmp, "no-existe.json") : archivo("mapa.json", contenido);
    const r = await correr("consolidar", plan, "--sin-salida", "--mapa", ruta);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(/^error: /);
    expect(r.err).toMatch(mensaje);
    expect(sinStack(r.err)).toBe(true);
    expect(r.out).toBe("");
  });
});

describe("the documented --mapa examples are valid mappings", () => {
  it("the example of consolidar --help", async () => {
    const ayuda = (await correr("consolidar", "--help")).out;
    const ejemplo = /^\s*(\[\{"hoja".*\])$/m.exec(ayuda)?.[1];
    expect(leerCorrecciones(JSON.parse(ejemplo ?? "null"))).toMatchObject({ ok: true });
  });

  it("the example of README.md", () => {
    const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const ejemplo = /--mapa[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(leerCorrecciones(JSON.parse(ejemplo ?? "null"))).toMatchObject({ ok: true });
  });
});
