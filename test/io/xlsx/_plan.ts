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

const vacia = (): Omit<HojaPlan, "clave" | "nombre" | "bloques"> => ({
  formatos: [],
  estilos: [],
  tablas: [],
  condicionales: [],
  vinculos: [],
  graficos: [],
  anchos: [],
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
      ejeValores: { formato: "0%", minimo: 0, maximo: 1, titulo: "% ejecución" },
      ejeCategorias: { titulo: "Dependencia" },
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
      ejeValores: { formato: "#,##0", minimo: null, maximo: null, titulo: null },
      ejeCategorias: { titulo: null },
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
    anchos: [
      { columna: 0, ancho: 32 },
      ...[1, 2, 3, 4, 5].map((c) => ({ columna: c, ancho: 13 })),
      { columna: 6, ancho: 15 },
      { columna: 9, ancho: 15 },
    ],
    inmovilizar: { filas: 1, columnas: 1 },
  };
}

function alertas(nombre: string, hojaFuente: string): HojaPlan {
  const filas: ValorPlan[][] = [
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
    vinculos: filas.map((f, i) => ({ celda: `C${i + 2}`, hoja: hojaFuente, destino: String(f[2]), info: "Ir a la celda de origen" })),
    anchos: [
      { columna: 0, ancho: 18 },
      { columna: 3, ancho: 30 },
      { columna: 4, ancho: 24 },
    ],
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
