/** Test helpers that read a WorkbookPlan the way a writer would: cells, tables, referenced ranges. */
import { direccion, parseDireccion } from "../../../src/core/grid/direccion";
import { contiene, parseRango, type Rect } from "../../../src/core/grid/rango";
import type { HojaPlan, ValorPlan, WorkbookPlan } from "../../../src/core/reporte/plan";

export function hoja(plan: WorkbookPlan, clave: string): HojaPlan {
  const h = plan.hojas.find((x) => x.clave === clave);
  if (!h) throw new Error(`el plan no tiene la hoja ${clave}`);
  return h;
}

/** Every written cell, A1 → value (later blocks overwrite earlier ones, as a writer would). */
export function celdas(h: HojaPlan): Map<string, ValorPlan> {
  const m = new Map<string, ValorPlan>();
  for (const b of h.bloques) {
    const { fila, columna } = parseDireccion(b.inicio);
    b.valores.forEach((f, i) => f.forEach((v, j) => m.set(direccion(fila + i, columna + j), v)));
  }
  return m;
}

export function rectBloque(b: HojaPlan["bloques"][number]): Rect {
  const { fila, columna } = parseDireccion(b.inicio);
  return { fila1: fila, columna1: columna, fila2: fila + b.valores.length - 1, columna2: columna + (b.valores[0]?.length ?? 1) - 1 };
}

/** True when every cell of `rango` lies in some written block of the sheet. */
export function cubierto(h: HojaPlan, rango: string): boolean {
  const r = parseRango(rango);
  const rects = h.bloques.map(rectBloque);
  for (let f = r.fila1; f <= r.fila2; f++) {
    for (let c = r.columna1; c <= r.columna2; c++) {
      const celda = { fila1: f, columna1: c, fila2: f, columna2: c };
      if (!rects.some((b) => contiene(b, celda))) return false;
    }
  }
  return true;
}

/** Every range the plan references (formats, styles, tables, conditional formats, links, charts), with where it comes from. */
export function rangosReferenciados(plan: WorkbookPlan): { hoja: string; rango: string; origen: string }[] {
  const out: { hoja: string; rango: string; origen: string }[] = [];
  for (const h of plan.hojas) {
    const de = (origen: string) => (rango: string) => out.push({ hoja: h.nombre, rango, origen: `${h.nombre}/${origen}` });
    h.formatos.forEach((x) => de("formato")(x.rango));
    h.estilos.forEach((x) => de("estilo")(x.rango));
    h.tablas.forEach((x) => de(`tabla ${x.nombre}`)(x.rango));
    h.condicionales.forEach((x) => de("condicional")(x.rango));
    h.vinculos.forEach((x) => de("vinculo")(x.celda));
    for (const g of h.graficos) {
      out.push({ ...g.categorias, origen: `${h.nombre}/grafico ${g.id} categorias` });
      g.series.forEach((s) => out.push({ ...s.valores, origen: `${h.nombre}/grafico ${g.id} serie ${s.nombre}` }));
    }
  }
  return out;
}

/** Ranges that do not lie inside a written block of the sheet they name (empty = all good). */
export function rangosFueraDeBloques(plan: WorkbookPlan): string[] {
  return rangosReferenciados(plan)
    .filter((r) => {
      const h = plan.hojas.find((x) => x.nombre === r.hoja);
      return !h || !cubierto(h, r.rango);
    })
    .map((r) => `${r.origen}: ${r.hoja}!${r.rango}`);
}

/** A table's records as objects keyed by header text. */
export function registros(h: HojaPlan, nombreTabla: string): Record<string, ValorPlan>[] {
  const t = h.tablas.find((x) => x.nombre === nombreTabla);
  if (!t) throw new Error(`la hoja ${h.nombre} no tiene la tabla ${nombreTabla}`);
  const r = parseRango(t.rango);
  const m = celdas(h);
  const enc = Array.from({ length: r.columna2 - r.columna1 + 1 }, (_, j) => JSON.stringify(m.get(direccion(r.fila1, r.columna1 + j))));
  const sinComillas = enc.map((e) => JSON.parse(e) as string);
  const out: Record<string, ValorPlan>[] = [];
  for (let f = r.fila1 + 1; f <= (t.totales ? r.fila2 - 1 : r.fila2); f++) {
    const o: Record<string, ValorPlan> = {};
    sinComillas.forEach((e, j) => (o[e] = m.get(direccion(f, r.columna1 + j)) ?? null));
    out.push(o);
  }
  return out;
}

/** A table's totals row as an object keyed by header text. */
export function filaTotales(h: HojaPlan, nombreTabla: string): Record<string, ValorPlan> {
  const t = h.tablas.find((x) => x.nombre === nombreTabla);
  if (!t?.totales) throw new Error(`la tabla ${nombreTabla} no tiene fila de totales`);
  const r = parseRango(t.rango);
  const m = celdas(h);
  const o: Record<string, ValorPlan> = {};
  for (let c = r.columna1; c <= r.columna2; c++) o[comoTexto(m.get(direccion(r.fila1, c)))] = m.get(direccion(r.fila2, c)) ?? null;
  return o;
}

/** The A1 address of the cell in a table's column `encabezado` on record `i` (0-based). */
export function celdaDeTabla(h: HojaPlan, nombreTabla: string, encabezado: string, i: number): string {
  const t = h.tablas.find((x) => x.nombre === nombreTabla)!;
  const r = parseRango(t.rango);
  const m = celdas(h);
  for (let c = r.columna1; c <= r.columna2; c++) if (m.get(direccion(r.fila1, c)) === encabezado) return direccion(r.fila1 + 1 + i, c);
  throw new Error(`sin columna ${encabezado}`);
}

/** Formats that apply to a cell (by range containment). */
export function formatosDe(h: HojaPlan, a1: string): string[] {
  const c = parseRango(a1);
  return h.formatos.filter((f) => contiene(parseRango(f.rango), c)).map((f) => f.formato);
}

/** The value in column B next to the label in column A (Resumen sections). */
export function valorJuntoA(h: HojaPlan, etiqueta: string): { celda: string; valor: ValorPlan } {
  const m = celdas(h);
  for (const [a1, v] of m) {
    const { fila, columna } = parseDireccion(a1);
    if (columna === 0 && v === etiqueta) {
      const celda = direccion(fila, 1);
      return { celda, valor: m.get(celda) ?? null };
    }
  }
  throw new Error(`sin etiqueta ${etiqueta}`);
}

/** A cell as the text a user would read (a TextoLiteral shows its text; blank is ""). */
export function comoTexto(v: ValorPlan | undefined): string {
  if (v === null || v === undefined) return "";
  return typeof v === "object" ? v.texto : String(v);
}
