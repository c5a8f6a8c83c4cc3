/**
 * Writes a WorkbookPlan into the open workbook, all or nothing (SPEC §6, issue #5):
 *  1. one sync inspects sheets, tables, protection and the ownership record, and refuses
 *     before writing anything when a needed name is taken or an owned sheet is protected;
 *  2. new sheets are written under temporary names, steps packed into syncs under the
 *     payload budget (only payload adds syncs: their number does not grow with metas);
 *  3. the last sync deletes the previous owned sheets, renames tables and sheets to their
 *     final names and saves the ownership record.
 * On any failure the temporaries are deleted, leaving the workbook as it was.
 * Excel does not roll back a failed batch, so the swap is kept to renames and deletes of
 * names checked in step 1 (a swap interrupted inside Excel itself is not recoverable).
 */
import { CLAVE_AJUSTE_PROPIEDAD, type Propiedad, type WorkbookPlan } from "../../core/reporte/plan";
import type { ContextoExcel, EntornoExcel } from "./api";
import { ErrorExcel, codigoOffice, traducirError } from "./errores";
import { pasosHoja, type Estado, type Paso } from "./pasos";
import { ESPERA_SYNC_MS, conEspera } from "./espera";
import { PRESUPUESTO_SYNC } from "./presupuesto";

export interface InformeEscritura {
  readonly hojas: readonly string[];
  readonly eliminadas: readonly string[];
  readonly avisos: readonly string[];
}

/** Letters and digits only: valid both as a sheet and as a table name. */
const PREFIJO_TEMPORAL = "SegTmp";

export interface OpcionesEscritura {
  /** Request bytes per sync (default PRESUPUESTO_SYNC); smaller values only add syncs. */
  readonly presupuestoSync?: number;
  /** Deadline per sync (default ESPERA_SYNC_MS). */
  readonly esperaMs?: number;
}

export async function escribirPlanExcel(
  entorno: EntornoExcel,
  plan: WorkbookPlan,
  onProgress?: (fraccion: number) => void,
  opciones: OpcionesEscritura = {},
): Promise<InformeEscritura> {
  if (!entorno.soporta("1.7")) throw new ErrorExcel("F-EXCEL-API-NO-SOPORTADA", null, "No se escribió nada en el libro.");
  const presupuesto = opciones.presupuestoSync ?? PRESUPUESTO_SYNC;
  try {
    return await entorno.run((ctx) =>
      escribir(conEspera(ctx, opciones.esperaMs ?? ESPERA_SYNC_MS), entorno, plan, presupuesto, onProgress),
    );
  } catch (e) {
    throw codigoOffice(e) === null && !(e instanceof ErrorExcel) ? e : traducirError(e);
  }
}

interface Inspeccion {
  readonly eliminar: string[];
  readonly temporal: (n: string) => string;
}

async function inspeccionar(ctx: ContextoExcel, plan: WorkbookPlan): Promise<Inspeccion> {
  const hojas = ctx.workbook.worksheets.load("items/name,items/protection/protected,items/tables/items/name");
  const registro = ctx.workbook.settings.getItemOrNullObject(CLAVE_AJUSTE_PROPIEDAD).load("value");
  const proteccion = ctx.workbook.protection;
  proteccion.load("protected");
  await ctx.sync();
  if (proteccion.protected) throw new ErrorExcel("F-EXCEL-LIBRO-PROTEGIDO", null, "No se escribió nada en el libro.");

  let propiedad: Propiedad | null = null;
  if (!registro.isNullObject && typeof registro.value === "string") propiedad = JSON.parse(registro.value) as Propiedad;
  const propias = new Set(Object.keys(propiedad?.hojas ?? {}).map((n) => n.toLowerCase()));
  const existentes = new Map(hojas.items.map((h) => [h.name.toLowerCase(), h]));
  const nuevas = new Set(plan.hojas.map((h) => h.nombre.toLowerCase()));

  for (const h of plan.hojas)
    if (existentes.has(h.nombre.toLowerCase()) && !propias.has(h.nombre.toLowerCase()))
      throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `La hoja «${h.nombre}» es del usuario. No se escribió nada en el libro.`);
  const eliminar = hojas.items
    .filter((h) => propias.has(h.name.toLowerCase()))
    .filter((h) => nuevas.has(h.name.toLowerCase()) || plan.eliminar.some((x) => x.toLowerCase() === h.name.toLowerCase()));
  const protegida = eliminar.find((h) => h.protection.protected);
  if (protegida)
    throw new ErrorExcel("F-EXCEL-HOJA-PROTEGIDA", "AccessDenied", `Hoja «${protegida.name}». No se escribió nada en el libro.`);

  const quedan = hojas.items.filter((h) => !eliminar.includes(h));
  const tablas = new Set(quedan.flatMap((h) => h.tables.items.map((t) => t.name.toLowerCase())));
  for (const t of plan.hojas.flatMap((h) => h.tablas))
    if (tablas.has(t.nombre.toLowerCase()))
      throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `La tabla «${t.nombre}» ya existe. No se escribió nada en el libro.`);

  const ocupados = new Set([...existentes.keys(), ...tablas]);
  const temporales = new Map<string, string>();
  let i = 1;
  const temporal = (n: string): string => {
    let t = temporales.get(n);
    while (t === undefined) {
      const candidato = `${PREFIJO_TEMPORAL}${i++}`;
      if (!ocupados.has(candidato.toLowerCase())) temporales.set(n, (t = candidato));
    }
    return t;
  };
  return { eliminar: eliminar.map((h) => h.name), temporal };
}

async function escribir(
  ctx: ContextoExcel,
  entorno: EntornoExcel,
  plan: WorkbookPlan,
  presupuesto: number,
  onProgress?: (fraccion: number) => void,
): Promise<InformeEscritura> {
  const { eliminar, temporal } = await inspeccionar(ctx, plan);
  const avisos: string[] = [];
  const conEventos = entorno.soporta("1.8");
  if (!conEventos) avisos.push("Esta versión de Excel no permite pausar los eventos (ExcelApi 1.8).");
  const estado: Estado = { ctx, hojas: new Map(), tablas: [], api18: conEventos };
  if (!conEventos && plan.hojas.some((h) => h.graficos.length > 0))
    avisos.push("Esta versión de Excel no permite dar formato a los ejes de los gráficos (ExcelApi 1.8).");

  const pasos: Paso[] = plan.hojas.flatMap((h) => pasosHoja(h, temporal, presupuesto));
  pasos.push({ bytes: 2000, aplicar: (e) => intercambiar(e, plan, eliminar, temporal) });
  const total = pasos.reduce((s, p) => s + p.bytes, 0);
  let hechos = 0;
  let tocado = false;
  try {
    let i = 0;
    while (i < pasos.length) {
      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (!tocado && conEventos) ctx.runtime.enableEvents = false;
      let bytes = 0;
      do {
        const p = pasos[i++];
        if (!p) break;
        p.aplicar(estado);
        bytes += p.bytes;
        hechos += p.bytes;
      } while (i < pasos.length && bytes + (pasos[i]?.bytes ?? 0) <= presupuesto);
      tocado = true;
      await ctx.sync();
      if (i < pasos.length) onProgress?.(hechos / total);
    }
  } catch (e) {
    if (!tocado) throw e;
    // A hung sync may still be applied later: nothing can be cleaned up from here.
    const limpio = e instanceof ErrorExcel && e.codigo === "F-EXCEL-SIN-RESPUESTA" ? false : await limpiar(ctx, plan, temporal, conEventos);
    const frase = limpio
      ? "El libro quedó como estaba."
      : "No se pudieron borrar todas las hojas temporales (nombres que empiezan por «SegTmp»): elimínelas a mano.";
    const error = traducirError(e);
    if (codigoOffice(e) === null && !(e instanceof ErrorExcel)) throw e;
    throw error.con(frase);
  }
  onProgress?.(1);
  return { hojas: plan.hojas.map((h) => h.nombre), eliminadas: eliminar, avisos };
}

function intercambiar(e: Estado, plan: WorkbookPlan, eliminar: readonly string[], temporal: (n: string) => string): void {
  const hojas = e.ctx.workbook.worksheets;
  for (const n of eliminar) hojas.getItem(n).delete();
  for (const t of e.tablas) t.proxy.name = t.nombre;
  for (const h of plan.hojas) {
    const hoja = e.hojas.get(h.nombre) ?? hojas.getItem(temporal(`hoja:${h.nombre}`));
    hoja.name = h.nombre;
  }
  e.ctx.workbook.settings.add(CLAVE_AJUSTE_PROPIEDAD, JSON.stringify(plan.propiedad));
  if (e.api18) e.ctx.runtime.enableEvents = true;
}

/** Delete whatever temporaries exist; true when it succeeded. */
async function limpiar(ctx: ContextoExcel, plan: WorkbookPlan, temporal: (n: string) => string, conEventos: boolean): Promise<boolean> {
  try {
    const hojas = plan.hojas.map((h) => ctx.workbook.worksheets.getItemOrNullObject(temporal(`hoja:${h.nombre}`)));
    await ctx.sync();
    for (const h of hojas) if (!h.isNullObject) h.delete();
    if (conEventos) ctx.runtime.enableEvents = true;
    await ctx.sync();
    return true;
  } catch {
    // The original failure is what the user must see; this only changes the advice given.
    return false;
  }
}
