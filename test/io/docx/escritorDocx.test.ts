/**
 * The Informe as Word (issue 13): a hand-built Informe (plain data) written by informeADocx and
 * read back from word/document.xml — headings by level, the paragraphs' figures written es-CO,
 * lists as bullets, one native table per group with a repeated header and semáforo fills, and the
 * plan's charts as tables of the values their ranges hold.
 */
import { PRESETS_SEMAFORO } from "../../../src/core";
import type { Informe, Seccion, TablaInforme } from "../../../src/core/informe";
import { informeADocx, TITULO_GRAFICOS } from "../../../src/io/docx/escritorDocx";
import { formatoDeEje, tablasDeGraficos } from "../../../src/io/docx/graficos";
import { DEPENDENCIAS, planEjemplo } from "../xlsx/_plan";
import { esParrafo, esTabla, leerDocx, type BloqueLeido } from "./_docx";

const semaforo = PRESETS_SEMAFORO["municipal-3"];

const tablaSalud: TablaInforme = {
  titulo: "Metas de Secretaría de Salud",
  columnas: [
    { titulo: "Código", ancho: 10 },
    { titulo: "Meta", ancho: 60 },
    { titulo: "Ejecutado", ancho: 12 },
    { titulo: "% vigencia", ancho: 11 },
    { titulo: "Semáforo", ancho: 15, semaforo: true },
  ],
  filas: [
    [
      { texto: "1.1" },
      { texto: "Vacunar 1.200 niños & niñas <5 años" },
      { cifra: 1234.5, formato: "decimal", origen: "meta:a#ejecutado" },
      { cifra: 0.934, formato: "pct", origen: "meta:a#pctVigencia.bruto" },
      { texto: "Sobresaliente" },
    ],
    [null, { texto: "Dotar el hospital" }, null, null, { texto: "Sin reporte" }],
  ],
};

const secciones: Seccion[] = [
  {
    titulo: "Resultados generales del plan",
    nivel: 1,
    parrafos: [
      {
        fragmentos: [
          { texto: "El plan cuenta con " },
          { cifra: 1234, formato: "entero", origen: "plan#conteos.metas" },
          { texto: " metas y alcanzó un " },
          { cifra: 0.934, formato: "pct", origen: "plan#pctVigencia" },
          { texto: "." },
        ],
      },
    ],
    listas: [],
    tablas: [],
  },
  {
    titulo: "Secretaría de Salud",
    nivel: 2,
    parrafos: [
      {
        fragmentos: [
          { texto: "Presupuesto de " },
          { cifra: 1234567, formato: "moneda", origen: "grupo:dependencia/salud#presupuesto" },
          { texto: " en " },
          { cifra: 2021, formato: "anio", origen: "parametros#vigencia" },
        ],
      },
    ],
    listas: [],
    tablas: [tablaSalud],
  },
  { titulo: "1.1 Salud pública", nivel: 3, parrafos: [], listas: [], tablas: [] },
  {
    titulo: "Metas en rezago",
    nivel: 2,
    parrafos: [],
    listas: [
      {
        titulo: "Secretaría de Salud",
        elementos: [
          { fragmentos: [{ texto: "1.1 – Vacunar: " }, { cifra: 0.25, formato: "pct", origen: "meta:a#pctVigencia.bruto" }, { texto: " de lo programado." }] },
        ],
      },
    ],
    tablas: [],
  },
];
const informe: Informe = { titulo: "Informe de seguimiento al plan de desarrollo", secciones };

const parrafos = (b: readonly BloqueLeido[]) => b.filter(esParrafo);

describe("informeADocx", () => {
  let bloques: readonly BloqueLeido[];
  beforeAll(async () => {
    ({ bloques } = await leerDocx(await informeADocx(informe, { semaforo })));
  });

  it("writes the title and one heading per section, its level the section's", () => {
    expect(
      parrafos(bloques)
        .filter((p) => /^(Title|Heading)/.test(p.estilo ?? ""))
        .map((p) => [p.estilo, p.texto]),
    ).toEqual([
      ["Title", "Informe de seguimiento al plan de desarrollo"],
      ["Heading1", "Resultados generales del plan"],
      ["Heading2", "Secretaría de Salud"],
      ["Heading3", "1.1 Salud pública"],
      ["Heading2", "Metas en rezago"],
    ]);
  });

  it("writes every figure es-CO, each in a run of its own", () => {
    const textos = parrafos(bloques)
      .filter((p) => p.estilo === null && !p.vineta)
      .map((p) => p.texto);
    expect(textos).toContain("El plan cuenta con 1.234 metas y alcanzó un 93,4 %.");
    expect(textos).toContain("Presupuesto de $ 1.234.567 en 2021");
    const plan = parrafos(bloques).find((p) => p.texto.startsWith("El plan cuenta"));
    expect(plan?.runs).toEqual(["El plan cuenta con ", "1.234", " metas y alcanzó un ", "93,4 %", "."]);
  });

  it("writes a list as its title then one bullet per element", () => {
    const i = bloques.findIndex((b) => esParrafo(b) && b.vineta);
    expect(bloques[i - 1]).toMatchObject({ tipo: "parrafo", texto: "Secretaría de Salud", vineta: false });
    expect(bloques[i]).toMatchObject({ texto: "1.1 – Vacunar: 25 % de lo programado.", vineta: true });
  });

  it("writes a group's table as its caption then a native table with a repeated header row", () => {
    const i = bloques.findIndex(esTabla);
    expect(bloques[i - 1]).toMatchObject({ tipo: "parrafo", texto: "Metas de Secretaría de Salud" });
    const t = bloques[i];
    if (!t || !esTabla(t)) throw new Error("sin tabla");
    expect(t.encabezadoRepetido).toBe(true);
    expect(t.filas.map((f) => f.map((c) => c.texto))).toEqual([
      ["Código", "Meta", "Ejecutado", "% vigencia", "Semáforo"],
      ["1.1", "Vacunar 1.200 niños & niñas <5 años", "1.234,5", "93,4 %", "Sobresaliente"],
      ["", "Dotar el hospital", "", "", "Sin reporte"],
    ]);
    expect(bloques.filter(esTabla)).toHaveLength(1);
  });

  it("right-aligns figures and fills semáforo cells with the level's colour", () => {
    const t = bloques.find(esTabla);
    const fila = t?.filas[1] ?? [];
    expect(fila.map((c) => c.alineacion)).toEqual(["left", "left", "right", "right", "left"]);
    const verde = semaforo.niveles.find((n) => n.nombre === "Sobresaliente")?.color.replace("#", "");
    expect(fila[4]?.relleno).toBe(verde);
    expect(fila[3]?.relleno).toBeNull();
  });

  it("writes no charts chapter without a plan", () => {
    expect(parrafos(bloques).map((p) => p.texto)).not.toContain(TITULO_GRAFICOS);
  });
});

describe("the plan's charts as tables", () => {
  it.each([
    ["0%", "pct"],
    ["0.0%", "pct"],
    ["#,##0", "entero"],
    ["#,##0,,", "moneda"],
    ["0.00", "decimal"],
  ])("an axis formatted %s writes its figures as %s", (codigo, formato) => {
    expect(formatoDeEje(codigo)).toBe(formato);
  });

  it("closes the document with one table per chart: categories and the values their ranges hold", async () => {
    const plan = planEjemplo();
    const { bloques } = await leerDocx(await informeADocx(informe, { semaforo, plan }));
    const i = bloques.findIndex((b) => esParrafo(b) && b.texto === TITULO_GRAFICOS);
    expect(bloques[i]).toMatchObject({ estilo: "Heading1" });
    const tablas = bloques.slice(i).filter(esTabla);
    const graficos = plan.hojas.flatMap((h) => h.graficos);
    expect(tablas).toHaveLength(graficos.length);
    // _plan.ts's bar chart plots DEPENDENCIAS' % vigencia (0.912 → "91,2 %")
    expect(tablas[0]?.filas.map((f) => f.map((c) => c.texto))).toEqual([
      ["Dependencia", "% vigencia"],
      ...DEPENDENCIAS.map(([d, , , , v]) => [d, `${String(Math.round(v * 1000) / 10).replace(".", ",")} %`]),
    ]);
    expect(tablasDeGraficos(plan).map((t) => t.titulo)).toEqual(graficos.map((g) => g.titulo));
  });
});
