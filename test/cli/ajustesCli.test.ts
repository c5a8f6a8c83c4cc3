/**
 * The CLI's settings go through the settings contract (issue 11): every setting the pane has is
 * an option, a bad value is a Spanish message with exit 2, and the options give the pane's figures.
 */
import path from "node:path";
import { correrCli as correr } from "../helpers/cli";
import { OPCIONES_ESPERADO, OPCIONES_PONDERACION, OPCIONES_SEMAFORO, OPCIONES_TOPE } from "../../src/core/ajustes";
import { resumenJson, type ResumenJson } from "../../src/core/resumenJson";
import { leerXlsx } from "../../src/io/xlsx/lector";
import { ExcelFalso } from "../../src/simulador";
import { crearServicioOffice } from "../../src/taskpane/services/office";
import { promises as fs } from "node:fs";

jest.setTimeout(120_000);

const EJEMPLO = path.resolve(__dirname, "../../ejemplos/matriz-seguimiento-ejemplo.xlsx");

describe("bad settings on the command line: a Spanish message, exit 2, no stack trace", () => {
  test.each([
    [
      ["--semaforo", "nada"],
      /el valor «nada» de la opción «--semaforo <preset>» no es válido: «nada» no es válido; use municipal-3, dnp-5, cuatro-niveles o segplan\./,
    ],
    [["--pesos-anio", "10,10"], /«--pesos-anio <pesos>» no es válido: Se necesitan 4 pesos, uno por año del cuatrienio, y hay 2/],
    [["--pesos-anio", "10,20,30,20"], /Los pesos por año deben sumar 100 % y suman 80 %/],
    [["--pesos-anio", "15,treinta,35,15"], /«treinta» no es un número/],
    [["--esperado", "lineal"], /«lineal» no es válido; use programacion, iguales o pesos/],
    [["--ponderacion", "presupuesto"], /«presupuesto» no es válido; use iguales o matriz/],
    [["--bandas", "Bajo=0"], /«Bajo=0» no es un nivel; escriba Nombre:desde/],
    [["--bandas", "Bajo:0,Alto:50,Medio:50"], /^error: semaforo\.niveles: los niveles «Alto» y «Medio» se superponen en 50\./m],
    [["--bandas", "Bajo:10,Alto:60"], /el primer nivel \(«Bajo»\) debe empezar en 0/],
    [["--esperado", "pesos"], /^error: El esperado por pesos necesita 4 pesos por año/m],
    [["--corte", "2019-01-01"], /^error: El corte 2019-01-01 no cae en la vigencia \d{4}\./m],
  ])("%j", async (opciones, mensaje) => {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", ...opciones);
    expect(r.codigo).toBe(2);
    expect(r.err).toMatch(mensaje);
    expect(r.err).not.toMatch(/\n\s+at |Error:|ZodError/);
    expect(r.out).toBe("");
  });
});

describe("--help lists every choice from the settings registry", () => {
  it("each CLI word and its label, and the --bandas syntax", async () => {
    const { out } = await correr("consolidar", "--help");
    const ayuda = out.replace(/\s+/g, " ");
    for (const o of [...OPCIONES_TOPE, ...OPCIONES_SEMAFORO, ...OPCIONES_ESPERADO, ...OPCIONES_PONDERACION])
      expect(ayuda).toContain(`${o.claves[0]} (${o.etiqueta}`);
    for (const o of ["--esperado", "--pesos-anio", "--ponderacion", "--bandas"]) expect(ayuda).toContain(o);
    expect(ayuda).toContain("Bajo:0,Aceptable:56,Sobresaliente:81");
  });
});

describe("the CLI's options give the pane's figures (issue 11: both weight by the matrix and by year)", () => {
  const OPCIONES = ["--ponderacion", "matriz", "--esperado", "pesos", "--pesos-anio", "15,35,35,15"];

  async function jsonDelCli(...extra: string[]): Promise<ResumenJson> {
    const r = await correr("consolidar", EJEMPLO, "--sin-salida", "--json", "-", ...extra);
    expect(r.codigo).toBe(0);
    return JSON.parse(r.out) as ResumenJson;
  }

  it("--ponderacion matriz --esperado pesos --pesos-anio 15,35,35,15 equals the pane's service with the same settings", async () => {
    const libro = await leerXlsx(new Uint8Array(await fs.readFile(EJEMPLO)), path.basename(EJEMPLO));
    const servicio = crearServicioOffice(new ExcelFalso({ modo: "web" }).cargarLibro(libro).entorno);
    // The settings as the pane's form holds them: year weights as fractions.
    const { consolidacion } = await servicio.consolidar({ ponderacion: "matriz", esperado: "pesos", pesosAnio: [0.15, 0.35, 0.35, 0.15] }, {});
    // Through JSON as the CLI prints it: undefined fields vanish the same way on both sides.
    const panel = JSON.parse(JSON.stringify(resumenJson(consolidacion))) as ResumenJson;
    const cli = await jsonDelCli(...OPCIONES);
    expect(cli.plan).toEqual(panel.plan);
    expect(cli.grupos).toEqual(panel.grupos);
    expect(cli.metas).toEqual(panel.metas);
  });

  it("the options change the figures (else the comparison above could not fail)", async () => {
    const [con, sin] = [await jsonDelCli(...OPCIONES), await jsonDelCli()];
    expect(con.plan.esperado).not.toBe(sin.plan.esperado);
    expect(con.plan.cumplimiento).not.toBe(sin.plan.cumplimiento);
  });
});
