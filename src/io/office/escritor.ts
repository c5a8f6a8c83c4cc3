/**
 * Writes a WorkbookPlan into the open workbook, all or nothing (SPEC §6, issue #12). Excel runs
 * a batch in order and rolls nothing back, so nothing is deleted before the new sheets are in:
 *  1. inspection: sheets (name, id, visibility, protection, tables), defined names, the records;
 *     refuses before writing anything when a needed name is taken or an owned sheet is protected;
 *  2. the new sheets are written under temporary names (SegTmpN), listed in the settings first
 *     so a run that dies leaves confirmed leftovers the next run removes;
 *  3. the last write sync also reloads sheet, table and defined names (and keeps a copy of each
 *     sheet refreshed in place); the swap sync renames the old owned sheets it replaces and their
 *     tables to backup names (SegResN), refreshes the kept ones in place (refresco.ts), renames the
 *     temporaries to the final names and saves the ownership record (with each sheet's id);
 *  4. a last sync deletes the backups; then cosmetics (widths, freeze panes, point colours, axis
 *     formats) in their own sync, whose failure is only a warning.
 * A failure up to the swap deletes the temporaries and renames back whatever the swap renamed;
 * the message says which state the workbook is in (restorer.ts).
 */
import { CLAVE_AJUSTE_PROPIEDAD, type WorkbookPlan } from "../../core/reporte/plan";
import type { ContextoExcel, EntornoExcel, HojaExcel } from "./api";
import { ErrorExcel, codigoOffice, traducirError } from "./errores";
import type { Estado, Paso } from "./paso";
import { pasosHoja } from "./pasos";
import { ESPERA_SYNC_MS, conEspera } from "./espera";
import { CARGA_POR_SYNC } from "./cargaSync";
import { CLAVE_AJUSTE_TEMPORALES } from "./propiedadOffice";
import { CLAVE_AJUSTE_EJECUCION, textoCerrojo, type Quien } from "./cerrojo";
import { inspeccionar, type Inspeccion } from "./inspeccion";
import { pedirNombres, restaurar, type Intercambio } from "./intercambio";
import { cerrarRefresco, pasoCopias, refrescarEnSuSitio } from "./refresco";

export interface InformeEscritura {
  readonly hojas: readonly string[];
  readonly eliminadas: readonly string[];
  readonly avisos: readonly string[];
}

export interface OpcionesEscritura {
  /** Request bytes per sync (default CARGA_POR_SYNC); smaller values only add syncs. */
  readonly cargaPorSync?: number;
  /** Deadline per sync (default ESPERA_SYNC_MS). */
  readonly esperaMs?: number;
  /** Who writes, for the shared lock (cerrojo.ts); default "panel". */
  readonly quien?: Quien;
  /** The clock of the lock (default Date.now). */
  readonly ahoraMs?: () => number;
}

export async function escribirPlanExcel(
  entorno: EntornoExcel,
  plan: WorkbookPlan,
  onProgress?: (fraccion: number) => void,
  opciones: OpcionesEscritura = {},
): Promise<InformeEscritura> {
  if (!entorno.soporta("1.7")) throw new ErrorExcel("F-EXCEL-API-NO-SOPORTADA", null, "No se escribió nada en el libro.");
  const carga = opciones.cargaPorSync ?? CARGA_POR_SYNC;
  try {
    return await entorno.run((ctx) => escribir(conEspera(ctx, opciones.esperaMs ?? ESPERA_SYNC_MS), entorno, plan, carga, opciones, onProgress));
  } catch (e) {
    throw codigoOffice(e) === null && !(e instanceof ErrorExcel) ? e : traducirError(e);
  }
}

/** Packs steps into syncs under the budget. */
async function enviar(ctx: ContextoExcel, estado: Estado, pasos: readonly Paso[], carga: number, avance: (bytes: number) => void): Promise<void> {
  let i = 0;
  while (i < pasos.length) {
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    let bytes = 0;
    do {
      const p = pasos[i++];
      if (!p) break;
      p.aplicar(estado);
      bytes += p.bytes;
    } while (i < pasos.length && bytes + (pasos[i]?.bytes ?? 0) <= carga);
    await ctx.sync();
    avance(bytes);
  }
}

async function escribir(
  ctx: ContextoExcel,
  entorno: EntornoExcel,
  plan: WorkbookPlan,
  carga: number,
  opciones: OpcionesEscritura,
  onProgress?: (fraccion: number) => void,
): Promise<InformeEscritura> {
  const ahora = (opciones.ahoraMs ?? Date.now)();
  const ins = await inspeccionar(ctx, plan, ahora, entorno.soporta("1.9")).catch((e: unknown) => {
    if (e instanceof ErrorExcel || codigoOffice(e) === null) throw e;
    throw traducirError(e).con("No se escribió nada en el libro.");
  });
  const avisos: string[] = [];
  const conEventos = entorno.soporta("1.8");
  if (!conEventos) avisos.push("Esta versión de Excel no permite pausar los eventos (ExcelApi 1.8).");
  if (!conEventos && plan.hojas.some((h) => h.graficos.length > 0))
    avisos.push("Esta versión de Excel no permite dar formato a los ejes de los gráficos (ExcelApi 1.8).");
  const estado: Estado = { ctx, hojas: new Map(), tablas: [], api18: conEventos, graficos: new Map(), copias: new Map() };

  const todos = plan.hojas.flatMap((h) => pasosHoja(h, ins.temporal, carga));
  // Tables and charts of a sheet refreshed in place are made on the kept sheet, in the swap sync.
  const enSuSitio = new Set(ins.refrescar.map((r) => r.name.toLowerCase()));
  const diferidos = todos.filter((p) => p.objeto !== undefined && enSuSitio.has(p.objeto.toLowerCase()));
  const pasos = todos.filter((p) => !p.cosmetico && !diferidos.includes(p));
  const cosmeticos = todos.filter((p) => p.cosmetico === true);
  const total = pasos.reduce((s, p) => s + p.bytes, 0);
  let hechos = 0;
  const avance = (b: number): void => {
    hechos += b;
    onProgress?.(Math.min(hechos / total, 0.99));
  };
  const temporales = plan.hojas.map((h) => ins.temporal(`hoja:${h.nombre}`));
  // The first write sync lists what this run creates (and drops leftovers it has confirmed).
  const preparar: Paso = {
    bytes: 400,
    aplicar: (e) => {
      if (conEventos) e.ctx.runtime.enableEvents = false;
      e.ctx.workbook.settings.add(CLAVE_AJUSTE_EJECUCION, textoCerrojo(opciones.quien ?? "panel", ahora));
      e.ctx.workbook.settings.add(CLAVE_AJUSTE_TEMPORALES, JSON.stringify([...temporales, ...ins.respaldos.values()]));
      for (const r of ins.restos) {
        const h = e.ctx.workbook.worksheets.getItem(r.id);
        if (r.visibility === "VeryHidden") h.visibility = "Hidden";
        h.delete();
      }
    },
  };
  let intercambio: Intercambio | null = null;
  let comprobar: (() => Intercambio) | null = null;
  const pedir: Paso = { bytes: 600, aplicar: (e) => void (comprobar = pedirNombres(e.ctx, plan, ins, e)) };
  try {
    await enviar(ctx, estado, [preparar, ...pasos, pasoCopias(ins), pedir], carga, avance);
    if (!comprobar) throw new RangeError("La comprobación de nombres no se pidió.");
    intercambio = (comprobar as () => Intercambio)();
    intercambiar(estado, plan, ins, intercambio, diferidos);
    await ctx.sync();
  } catch (e) {
    // A hung sync may still be applied later: nothing can be cleaned up from here.
    const frase =
      e instanceof ErrorExcel && e.codigo === "F-EXCEL-SIN-RESPUESTA"
        ? "Excel no confirmó el envío: revise el libro; las hojas «SegTmp…» o «SegRes…» que queden se eliminan en la próxima consolidación."
        : await restaurar(ctx, ins, estado, intercambio, conEventos);
    // A cancel from the progress callback (or a bug) is rethrown as it is, after the undo.
    if (codigoOffice(e) === null && !(e instanceof ErrorExcel)) throw e;
    throw traducirError(e).con(frase);
  }
  await rematar(ctx, estado, plan, ins, cosmeticos, conEventos, avisos);
  onProgress?.(1);
  return { hojas: plan.hojas.map((h) => h.nombre), eliminadas: plan.eliminar, avisos };
}

/**
 * The swap sync: old owned sheets and their tables to backup names, kept sheets refreshed in
 * place (refresco.ts), temporaries to final names, records saved.
 */
function intercambiar(e: Estado, plan: WorkbookPlan, ins: Inspeccion, x: Intercambio, diferidos: readonly Paso[]): void {
  const hojas = e.ctx.workbook.worksheets;
  for (const r of ins.reemplazar) {
    const h = hojas.getItem(r.id);
    for (const t of r.tablas) t.proxy.name = ins.respaldoTabla(t.nombre);
    h.name = ins.respaldos.get(r.id) ?? r.name;
  }
  refrescarEnSuSitio(e, plan, ins, diferidos);
  for (const t of e.tablas) t.proxy.name = t.nombre;
  const mantenidas = new Map(ins.refrescar.map((r) => [r.name.toLowerCase(), r.id]));
  const ids: Record<string, string> = {};
  for (const h of plan.hojas) {
    const mantenida = mantenidas.get(h.nombre.toLowerCase());
    const hoja: HojaExcel | undefined = e.hojas.get(h.nombre);
    if (hoja && mantenida === undefined) hoja.name = h.nombre;
    const id = mantenida ?? x.ids.get(h.nombre);
    if (id !== undefined) ids[h.nombre] = id;
  }
  e.ctx.workbook.settings.add(CLAVE_AJUSTE_PROPIEDAD, JSON.stringify({ ...plan.propiedad, ids }));
  cerrarRefresco(e, ins);
}

/**
 * After the swap the new report is in place: deleting the backups and the cosmetics can only
 * fail into warnings (backups left are listed and removed by the next run).
 */
async function rematar(
  ctx: ContextoExcel,
  e: Estado,
  plan: WorkbookPlan,
  ins: Inspeccion,
  cosmeticos: readonly Paso[],
  conEventos: boolean,
  avisos: string[],
): Promise<void> {
  try {
    for (const r of ins.reemplazar) {
      const h = ctx.workbook.worksheets.getItem(r.id);
      // A very hidden sheet cannot be deleted: make it only hidden first.
      if (r.visibility === "VeryHidden") h.visibility = "Hidden";
      h.delete();
    }
    // The copies of the refreshed sheets and the temporaries their cells came from.
    for (const r of ins.refrescar) e.copias.get(r.id)?.delete();
    for (const h of plan.hojas)
      if (e.hojas.get(h.nombre) !== undefined && ins.refrescar.some((r) => r.name.toLowerCase() === h.nombre.toLowerCase()))
        ctx.workbook.worksheets.getItem(ins.temporal(`hoja:${h.nombre}`)).delete();
    ctx.workbook.settings.add(CLAVE_AJUSTE_TEMPORALES, "[]");
    await ctx.sync();
  } catch {
    avisos.push(
      `El informe nuevo quedó en su lugar, pero no se pudieron eliminar las copias del anterior (${[...ins.respaldos.values()].map((n) => `«${n}»`).join(", ")}); se eliminarán en la próxima consolidación.`,
    );
  }
  // The lock is released first in this batch: the operations before a failing one stay applied.
  const liberar = (): void => {
    ctx.workbook.settings.getItemOrNullObject(CLAVE_AJUSTE_EJECUCION).delete();
    if (conEventos) ctx.runtime.enableEvents = true;
  };
  try {
    liberar();
    for (const p of cosmeticos) p.aplicar(e);
    await ctx.sync();
  } catch {
    avisos.push(
      "El informe quedó escrito, pero Excel no aplicó algunos detalles de formato (anchos de columna, paneles inmovilizados o colores de los gráficos).",
    );
    liberar();
    // A lock left behind expires by itself (cerrojo.ts): the report is already in place.
    await ctx.sync().catch(() => undefined);
  }
}
