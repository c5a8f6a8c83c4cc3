/**
 * `seguimiento plantillas` (issue 14): one template per dependency written into the folder asked
 * for, each listed; the input's folder untouched; bad usage exits 2 and a workbook without a
 * matrix exits 1, in Spanish; --vigencia reaches the templates' record.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { leerRegistro } from "../../src/core/plantillas";
import { abrirArchivo } from "../../src/io/xlsx/leerArchivo";
import { correrCli as correr } from "../helpers/cli";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

/** A dependency's name without accents or case: the example writes «Secretaria de gobierno» once for «Secretaría de Gobierno» (A-NOMBRE-DEPENDENCIA). */
const sinTildes = (s: string): string =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** The example's dependencies, read from its cells with exceljs: the «Dependencia» column and the «Dependencia: …» labels. */
async function dependenciasDelEjemplo(): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(EJEMPLO);
  const deps = new Set<string>();
  wb.eachSheet((ws) => {
    let col = 0;
    ws.eachRow((row) =>
      row.eachCell((c, n) => {
        const v = typeof c.value === "string" ? c.value.trim() : "";
        if (/^DEPENDENCIA( RESPONSABLE)?$/i.test(v)) col = n;
        else if (/^Dependencia: /.test(v)) deps.add(sinTildes(v.replace(/^Dependencia: /, "")));
        else if (col === n && v !== "") deps.add(sinTildes(v));
      }),
    );
  });
  return deps;
}

describe("seguimiento plantillas", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "seguimiento-plantillas-"));
  const entrada = path.join(dir, "entrada");
  const salida = path.join(dir, "salida", "nueva");

  beforeAll(() => {
    mkdirSync(entrada);
    copyFileSync(EJEMPLO, path.join(entrada, "plan.xlsx"));
  });

  it("writes one template per dependency into --salida (created), lists each, and leaves the input's folder as it was", async () => {
    const r = await correr("plantillas", path.join(entrada, "plan.xlsx"), "--salida", salida);
    expect(r).toMatchObject({ codigo: 0, err: "" });
    const escritos = readdirSync(salida).sort();
    const deps = await dependenciasDelEjemplo();
    expect(escritos).toHaveLength(deps.size);
    expect(new Set([...r.out.matchAll(/^Plantilla de (.+) \(\d+ metas\)/gm)].map((m) => sinTildes(m[1] ?? "")))).toEqual(deps);
    for (const f of escritos) expect(r.out).toContain(path.join(salida, f));
    expect(readdirSync(entrada)).toEqual(["plan.xlsx"]);
  });

  it("--vigencia is the vigencia the templates carry in their record", async () => {
    const otra = path.join(dir, "v2024");
    expect((await correr("plantillas", EJEMPLO, "--salida", otra, "--vigencia", "2024")).codigo).toBe(0);
    const [primero] = readdirSync(otra);
    const paquete = await abrirArchivo(path.join(otra, primero ?? ""));
    const registro = paquete.libro.hojas.map(leerRegistro).find((x) => x !== null);
    expect(registro?.vigencia).toBe(2024);
  });

  it("--mapa corrects the master's reading, and the templates carry it", async () => {
    const mapa = path.join(dir, "mapa.json");
    writeFileSync(mapa, JSON.stringify([{ hoja: "SEC. SALUD", columnas: { U: { campo: null } } }]));
    const otra = path.join(dir, "con-mapa");
    expect((await correr("plantillas", EJEMPLO, "--salida", otra, "--mapa", mapa)).codigo).toBe(0);
    const paquete = await abrirArchivo(path.join(otra, "plantilla-secretaria-de-salud.xlsx"));
    const registro = paquete.libro.hojas.map(leerRegistro).find((x) => x !== null);
    expect(registro?.correcciones.find((c) => c.hoja === "SEC. SALUD")?.columnas?.["U"]).toEqual({ campo: null });
  });

  it.each([
    [["plantillas", "plan.xlsx"], /falta la opción obligatoria «--salida <carpeta>»/],
    [["plantillas", "--salida", "x"], /falta el argumento obligatorio/],
    [["plantillas", "plan.xlsx", "--salida", "x", "--vigencia", "dos mil"], /vigencia/],
  ])("%j is bad usage (exit 2) with a Spanish message", async (argv, mensaje) => {
    const r = await correr(...argv);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(mensaje);
  });

  it("a workbook without a matrix exits 1 and writes nothing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notas").getCell("A1").value = "Acta de reunión";
    const ruta = path.join(dir, "notas.xlsx");
    writeFileSync(ruta, new Uint8Array(await wb.xlsx.writeBuffer()));
    const vacia = path.join(dir, "sin-matriz");
    const r = await correr("plantillas", ruta, "--salida", vacia);
    expect(r.codigo).toBe(1);
    expect(r.err).toMatch(/No se prepararon plantillas/);
    expect(() => readdirSync(vacia)).toThrow();
  });

  it("the help names the order, in Spanish", async () => {
    const r = await correr("--help");
    expect(r.out).toMatch(/plantillas \[opciones\] <matriz>/);
    const ayuda = await correr("plantillas", "--help");
    expect(ayuda.codigo).toBe(0);
    expect(ayuda.out).toMatch(/protección sin\s+contraseña/);
  });
});
