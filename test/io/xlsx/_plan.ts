/**
 * A hand-built, realistic WorkbookPlan for the writer tests (until planificar lands): Resumen,
 * Por dependencia (table, semáforo formats, a bar chart with per-point colours and a pie) and
 * Alertas (table, links to the input sheet, formula-looking texts).
 */
import type { GraficoPlan, HojaPlan, ValorPlan, WorkbookPlan } from "../../../src/core/reporte/plan";

export const SEMAFORO = {
  Sobresaliente: { relleno: "#C6EFCE", fuente: "#006100", barra: "#2E7D32" },
  Aceptable: { relleno: "#FFEB9C", fuente: "#9C5700", barra: "#F9A825" },
  Bajo: { relleno: "#FFC7CE", fuente: "#9C0006", barra: "#C62828" },
} as const;
type Nivel = keyof typeof SEMAFORO;

/** [dependencia, metas, programadas, con reporte, % vigencia, % cuatrienio, semáforo] */
export const DEPENDENCIAS: readonly [string, number, number, number, number, number, Nivel][] = [
  ["Secretaría de Salud", 42, 40, 38, 0.912, 0.48, "Sobresaliente"],
  ["Secretaría de Educación", 35, 33, 30, 0.764, 0.41, "Aceptable"],
  ["Secretaría de Gobierno", 28, 25, 20, 0.583, 0.33, "Aceptable"],
  ["Secretaría de Infraestructura", 19, 19, 12, 0.412, 0.22, "Bajo"],
  ["Oficina de Planeación", 11, 10, 10, 0.875, 0.52, "Sobresaliente"],
];

/** Texts that look like formulas and must arrive as text (SPEC §4). */
export const TEXTOS_FORMULA = ["=SUMA(A1)", "+57 300", "-", "@x"] as const;

/** The parts of a plan sheet a test leaves empty (shared by the xlsx and Office writer tests). */
export const vacia = (): Omit<HojaPlan, "clave" | "nombre" | "bloques"> => ({
  formatos: [],
  estilos: [],
  tablas: [],
  condicionales: [],
  vinculos: [],
  graficos: [],
  anchos: [],
  altos: [],
  inmovilizar: null,
});

function resumen(nombre: string): HojaPlan {
  return {
    ...vacia(),
    clave: "resumen",
    nombre,
    bloques: [
      { inicio: "A1", valores: [["Consolidado del plan de desarrollo — vigencia 2024"]] },
      {
        inicio: "A3",
        valores: [
          ["Indicador", "Valor"],
          ["Metas", 135],
          ["% ejecución vigencia", 0.7412],
          ["% avance cuatrienio", 0.4015],
          ["Semáforo", "Aceptable"],
          ["Corte", "2024-12-31"],
          ["Tope", { texto: "-" }],
        ],
      },
    ],
    formatos: [
      { rango: "B4", formato: "#,##0" },
      { rango: "B5:B6", formato: "0.0%" },
    ],
    estilos: [
      { rango: "A1", negrita: true, tamano: 14 },
      { rango: "A3:B3", negrita: true, relleno: "#1F4E78", colorFuente: "#FFFFFF" },
    ],
    condicionales: [{ tipo: "texto", rango: "B7", igualA: "Aceptable", relleno: SEMAFORO.Aceptable.relleno, colorFuente: SEMAFORO.Aceptable.fuente }],
    anchos: [
      { columna: 0, ancho: 34 },
      { columna: 1, ancho: 16 },
    ],
  };
}

function graficos(hoja: string, n: number): GraficoPlan[] {
  const fin = n + 1;
  return [
    {
      id: "dependencias-vigencia",
      tipo: "barras",
      titulo: "% ejecución vigencia 2024 por dependencia",
      categorias: { hoja, rango: `A2:A${fin}` },
      series: [
        {
          nombre: "% vigencia",
          valores: { hoja, rango: `E2:E${fin}` },
          color: "#1F4E78",
          coloresPuntos: DEPENDENCIAS.map((d) => SEMAFORO[d[6]].barra),
        },
      ],
      ejeValores: { formato: "0%", minimo: 0, maximo: 1, titulo: "% ejecución", unidad: null },
      ejeCategorias: { titulo: "Dependencia", saltoEtiquetas: 1, ordenInverso: true, tamanoEtiquetas: 9 },
      separacion: 60,
      etiquetas: true,
      leyenda: false,
      ancla: `A${fin + 3}`,
      ancho: 520,
      alto: 300,
    },
    {
      id: "metas-semaforo",
      tipo: "circular",
      titulo: "Metas por nivel del semáforo",
      categorias: { hoja, rango: "J2:J4" },
      series: [{ nombre: "Metas", valores: { hoja, rango: "K2:K4" }, color: "#1F4E78", coloresPuntos: Object.values(SEMAFORO).map((s) => s.barra) }],
      ejeValores: { formato: "#,##0", minimo: null, maximo: null, titulo: null, unidad: null },
      ejeCategorias: { titulo: null, saltoEtiquetas: 1, ordenInverso: false, tamanoEtiquetas: 9 },
      separacion: 60,
      etiquetas: true,
      leyenda: true,
      ancla: `H${fin + 3}`,
      ancho: 360,
      alto: 300,
    },
  ];
}

function porDependencia(nombre: string): HojaPlan {
  const n = DEPENDENCIAS.length;
  const fin = n + 1;
  const filas: ValorPlan[][] = DEPENDENCIAS.map(([d, m, p, r, v, c, s]) => [d, m, p, r, v, c, s]);
  const cuenta = (nivel: Nivel): number => DEPENDENCIAS.filter((d) => d[6] === nivel).reduce((a, d) => a + d[1], 0);
  return {
    ...vacia(),
    clave: "dependencias",
    nombre,
    bloques: [
      {
        inicio: "A1",
        valores: [
          ["Dependencia", "Metas", "Programadas", "Con reporte", "% vigencia", "% cuatrienio", "Semáforo"],
          ...filas,
          ["Total", 135, 127, 110, 0.7412, 0.4015, "Aceptable"],
        ],
      },
      { inicio: "J1", valores: [["Nivel", "Metas"], ...(Object.keys(SEMAFORO) as Nivel[]).map((k) => [k, cuenta(k)])] },
    ],
    formatos: [
      { rango: `B2:D${fin + 1}`, formato: "#,##0" },
      { rango: `E2:F${fin + 1}`, formato: "0.0%" },
    ],
    tablas: [{ nombre: "SeguimientoDependencias", rango: `A1:G${fin + 1}`, estilo: "TableStyleMedium2", totales: true }],
    condicionales: [
      { tipo: "valor", rango: `E2:E${fin}`, desde: 0.81, hasta: null, relleno: SEMAFORO.Sobresaliente.relleno, colorFuente: SEMAFORO.Sobresaliente.fuente },
      { tipo: "valor", rango: `E2:E${fin}`, desde: 0.56, hasta: 0.8099, relleno: SEMAFORO.Aceptable.relleno, colorFuente: SEMAFORO.Aceptable.fuente },
      { tipo: "valor", rango: `E2:E${fin}`, desde: null, hasta: 0.5599, relleno: SEMAFORO.Bajo.relleno, colorFuente: SEMAFORO.Bajo.fuente },
      ...(Object.keys(SEMAFORO) as Nivel[]).map((k) => ({
        tipo: "texto" as const,
        rango: `G2:G${fin}`,
        igualA: k,
        relleno: SEMAFORO[k].relleno,
        colorFuente: SEMAFORO[k].fuente,
      })),
    ],
    graficos: graficos(nombre, n),
    anchos: [{ columna: 0, ancho: 32 }, ...[1, 2, 3, 4, 5].map((c) => ({ columna: c, ancho: 13 })), { columna: 6, ancho: 15 }, { columna: 9, ancho: 15 }],
    altos: [],
    inmovilizar: { filas: 1, columnas: 1 },
  };
}

function alertas(nombre: string, hojaFuente: string): HojaPlan {
  const filas: [string, string, string, string, ValorPlan, number | null][] = [
    ["Bajo 50 %", "Matriz", "C3", "Secretaría de Infraestructura", { texto: TEXTOS_FORMULA[0] }, 0.412],
    ["Sin reporte", "Matriz", "D4", "Secretaría de Gobierno", { texto: TEXTOS_FORMULA[1] }, null],
    ["Sobreejecutada", "Matriz", "C5", "Secretaría de Salud", { texto: TEXTOS_FORMULA[2] }, 1.35],
    ["Bajo 50 %", "Matriz", "C6", "Secretaría de Educación", { texto: TEXTOS_FORMULA[3] }, 0.3],
  ];
  return {
    ...vacia(),
    clave: "alertas",
    nombre,
    bloques: [{ inicio: "A1", valores: [["Alerta", "Hoja", "Celda", "Dependencia", "Meta", "% vigencia"], ...filas] }],
    formatos: [{ rango: "F2:F5", formato: "0.0%" }],
    tablas: [{ nombre: "SeguimientoAlertas", rango: "A1:F5", estilo: "TableStyleLight9", totales: false }],
    vinculos: filas.map((f, i) => ({ celda: `C${i + 2}`, hoja: hojaFuente, destino: f[2], info: "Ir a la celda de origen" })),
    anchos: [
      { columna: 0, ancho: 18 },
      { columna: 3, ancho: 30 },
      { columna: 4, ancho: 24 },
    ],
    altos: [],
    inmovilizar: { filas: 1, columnas: 0 },
  };
}

/** The sample plan; `nombres` lets a test use "Resumen (2)" when a user sheet holds "Resumen". */
export function planEjemplo(nombres: { resumen?: string; eliminar?: readonly string[] } = {}): WorkbookPlan {
  const hojas = [resumen(nombres.resumen ?? "Resumen"), porDependencia("Por dependencia"), alertas("Alertas", "Matriz")];
  return {
    hojas,
    eliminar: nombres.eliminar ?? [],
    propiedad: { hojas: Object.fromEntries(hojas.map((h) => [h.nombre, h.clave])) },
  };
}

// ---- test support shared by the writer tests: a synthetic user workbook and snapshots ----

import ExcelJS from "exceljs";
import JSZip from "jszip";

/** A user workbook with what must survive: formulas, fills, merges, a validation, a defined name. */
export async function libroUsuario(opciones: { conResumen?: boolean } = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Matriz");
  ws.mergeCells("A1:D1");
  ws.getCell("A1").value = "SEGUIMIENTO PLAN DE DESARROLLO 2024";
  ws.getCell("A1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.getRow(2).values = ["Meta", "Dependencia", "Programado 2024", "Ejecutado 2024", "% 2024"];
  const filas: [string, string, number, number | null][] = [
    ["Vacunar niños", "Secretaría de Salud", 100, 92],
    ["Construir aulas", "Secretaría de Educación", 4, 1],
    ["Pavimentar vías (km)", "Secretaría de Infraestructura", 12.5, 4.25],
    ["Capacitar líderes", "Secretaría de Gobierno", 30, null],
  ];
  filas.forEach(([m, d, p, e], i) => {
    const r = i + 3;
    ws.getRow(r).values = [m, d, p, e];
    ws.getCell(`E${r}`).value = { formula: `IF(C${r}=0,"",D${r}/C${r})`, result: e === null ? 0 : e / p };
    ws.getCell(`E${r}`).numFmt = "0.0%";
  });
  ws.getCell("C3").numFmt = "#,##0.00";
  ws.getCell("D4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  ws.mergeCells("F3:F6");
  ws.getCell("F3").value = "Observación combinada";
  ws.getCell("D3").dataValidation = { type: "decimal", operator: "greaterThanOrEqual", formulae: [0], showErrorMessage: true, allowBlank: true };
  ws.getCell("B3").dataValidation = { type: "list", formulae: ['"Secretaría de Salud,Secretaría de Educación"'], allowBlank: true };
  wb.definedNames.add("Matriz!$C$3:$C$6", "Programado2024");
  if (opciones.conResumen) {
    const r = wb.addWorksheet("Resumen");
    r.getCell("A1").value = "Resumen hecho a mano por la oficina";
    r.getCell("B2").value = { formula: "SUM(Matriz!C3:C6)", result: 146.5 };
    r.getCell("B2").font = { bold: true };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export interface FotoCelda {
  valor: string;
  formula: string | null;
  formato: string | null;
  relleno: string | null;
}

/** Everything the issue lists for an input sheet, as comparable plain data (read with exceljs). */
export interface FotoHoja {
  celdas: Record<string, FotoCelda>;
  combinadas: string[];
  validaciones: string;
}

export async function fotoLibro(datos: Uint8Array, soloHojas?: readonly string[]): Promise<Record<string, FotoHoja>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(datos as unknown as ArrayBuffer);
  const fotos: Record<string, FotoHoja> = {};
  for (const ws of wb.worksheets) {
    if (soloHojas && !soloHojas.includes(ws.name)) continue;
    const celdas: Record<string, FotoCelda> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        const v = c.value;
        celdas[c.address] = {
          valor: JSON.stringify(v && typeof v === "object" && "formula" in v ? (v.result ?? null) : v),
          formula: c.formula || null,
          formato: c.numFmt || null,
          relleno: c.fill ? JSON.stringify(c.fill) : null,
        };
      }),
    );
    const merges = (ws.model as unknown as { merges?: string[] }).merges ?? [];
    fotos[ws.name] = {
      celdas,
      combinadas: [...merges].sort(),
      validaciones: JSON.stringify((ws as unknown as { dataValidations: { model: unknown } }).dataValidations.model),
    };
  }
  return fotos;
}

/** The <definedName> elements of xl/workbook.xml as written (exceljs drops some when reading). */
export async function nombresDefinidos(datos: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(datos);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  return [...xml.matchAll(/<definedName\b[^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]).sort();
}
