/** Writes one plan sheet into an empty exceljs worksheet (cells, tables, formats, panes). */
import type { CellIsRuleType, CellValue, ConditionalFormattingRule, TableColumnProperties, Worksheet } from "exceljs";
import { direccion } from "../../../core/grid/direccion";
import type { CondicionalPlan, HojaPlan, TablaPlan, ValorPlan } from "../../../core/reporte/plan";
import { aplicarEstilos, argb } from "./estilos";
import { parseRango } from "./rango";

/**
 * Plan value → exceljs value. exceljs only writes a formula for `{ formula }` objects, so a
 * string such as "=SUMA(A1)" is stored as a plain shared string (SPEC §4: text stays text).
 */
export function valorCelda(v: ValorPlan): CellValue {
  if (v === null) return null;
  if (typeof v === "object") return v.texto;
  if (typeof v === "number" && !Number.isFinite(v)) return null;
  return v;
}

function escribirBloques(ws: Worksheet, hoja: HojaPlan): void {
  for (const bloque of hoja.bloques) {
    const { fila1, columna1 } = parseRango(bloque.inicio);
    bloque.valores.forEach((fila, i) => {
      const row = ws.getRow(fila1 + i + 1);
      fila.forEach((v, j) => {
        if (v !== null) row.getCell(columna1 + j + 1).value = valorCelda(v);
      });
    });
  }
}

function textoCelda(ws: Worksheet, f: number, c: number): string {
  const v = ws.getRow(f + 1).getCell(c + 1).value;
  return v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v);
}

/**
 * An Excel table over cells the blocks already wrote. exceljs re-stores the rows we pass;
 * the totals row it blanks is rewritten from the blocks afterwards (the plan's values, not
 * SUBTOTAL formulas).
 */
function agregarTabla(ws: Worksheet, t: TablaPlan): void {
  const r = parseRango(t.rango);
  const usados = new Set<string>();
  const columnas: TableColumnProperties[] = [];
  for (let c = r.columna1; c <= r.columna2; c++) {
    // Excel requires unique, non-empty header names.
    const base = textoCelda(ws, r.fila1, c).trim() || `Columna${c - r.columna1 + 1}`;
    let nombre = base;
    for (let n = 2; usados.has(nombre.toLowerCase()); n++) nombre = `${base} ${n}`;
    usados.add(nombre.toLowerCase());
    columnas.push({ name: nombre, filterButton: true });
  }
  const finDatos = t.totales ? r.fila2 - 1 : r.fila2;
  const filas: CellValue[][] = [];
  for (let f = r.fila1 + 1; f <= finDatos; f++) {
    const row = ws.getRow(f + 1);
    const valores: CellValue[] = [];
    for (let c = r.columna1; c <= r.columna2; c++) valores.push(row.getCell(c + 1).value);
    filas.push(valores);
  }
  // A table needs at least one data row.
  if (filas.length === 0) filas.push(columnas.map(() => null));
  const totales = t.totales ? ws.getRow(r.fila2 + 1) : null;
  const guardados = totales ? columnas.map((_, j) => totales.getCell(r.columna1 + j + 1).value) : [];
  const primero = columnas[0];
  if (totales && primero) primero.totalsRowLabel = typeof guardados[0] === "string" ? guardados[0] : "Total";
  ws.addTable({
    name: t.nombre,
    displayName: t.nombre,
    ref: direccion(r.fila1, r.columna1),
    headerRow: true,
    totalsRow: t.totales,
    style: { theme: t.estilo as "TableStyleMedium2", showRowStripes: true },
    columns: columnas,
    rows: filas,
  });
  if (totales) guardados.forEach((v, j) => (totales.getCell(r.columna1 + j + 1).value = v ?? null));
}

/**
 * exceljs renders any ST_ConditionalFormattingOperator it is given; its typings list only four.
 */
function operador(o: "equal" | "between" | "greaterThanOrEqual" | "lessThanOrEqual"): NonNullable<CellIsRuleType["operator"]> {
  return o as NonNullable<CellIsRuleType["operator"]>;
}

function regla(c: CondicionalPlan, prioridad: number): ConditionalFormattingRule {
  const style = {
    fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: argb(c.relleno) } },
    font: { color: { argb: argb(c.colorFuente) } },
  };
  if (c.tipo === "texto") {
    // Equality, not "contains": "Bajo" must not paint "Bajo 50 %".
    return { type: "cellIs", operator: operador("equal"), formulae: [`"${c.igualA.replace(/"/g, '""')}"`], style, priority: prioridad };
  }
  if (c.desde !== null && c.hasta !== null) {
    return { type: "cellIs", operator: operador("between"), formulae: [c.desde, c.hasta], style, priority: prioridad };
  }
  if (c.desde !== null) return { type: "cellIs", operator: operador("greaterThanOrEqual"), formulae: [c.desde], style, priority: prioridad };
  if (c.hasta !== null) return { type: "cellIs", operator: operador("lessThanOrEqual"), formulae: [c.hasta], style, priority: prioridad };
  return { type: "expression", formulae: ["TRUE"], style, priority: prioridad };
}

export function escribirHoja(ws: Worksheet, hoja: HojaPlan): void {
  escribirBloques(ws, hoja);
  for (const t of hoja.tablas) agregarTabla(ws, t);
  aplicarEstilos(ws, hoja.formatos, hoja.estilos, hoja.vinculos.map((v) => v.celda));
  hoja.condicionales.forEach((c, i) => ws.addConditionalFormatting({ ref: c.rango, rules: [regla(c, i + 1)] }));
  for (const { columna, ancho } of hoja.anchos) ws.getColumn(columna + 1).width = ancho;
  // Reports are printed: landscape, one page wide (SPEC §6 "a report a planning office would hand in").
  ws.pageSetup = { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  if (hoja.inmovilizar && (hoja.inmovilizar.filas > 0 || hoja.inmovilizar.columnas > 0)) {
    const { filas, columnas } = hoja.inmovilizar;
    ws.views = [{ state: "frozen", xSplit: columnas, ySplit: filas, topLeftCell: direccion(filas, columnas), activeCell: "A1" }];
  }
}
