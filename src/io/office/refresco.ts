/**
 * Refresh in place (issue #12 §3): an owned sheet the plan writes again keeps its sheet (same
 * Worksheet.id), so formulas, names and charts of the user that point into it survive. Its new
 * contents are written and checked on a temporary like any new sheet; in the swap sync the kept
 * sheet loses its tables and charts, is cleared, receives the temporary's cells with one
 * `Range.copyFrom` (ExcelApi 1.9, no payload) and gets its tables and charts again.
 * That is not undoable in place, so the last write sync keeps a full copy (`Worksheet.copy`,
 * 1.7) and the swap sync marks, before touching any kept sheet, that it started
 * (CLAVE_AJUSTE_REFRESCO). After a failure with the mark present the kept sheet is replaced by its
 * copy: the contents come back, but references of the user into that sheet become #REF! — the
 * failure window that remains, said in the message. Without ExcelApi 1.9 sheets are replaced.
 */
import type { WorkbookPlan } from "../../core/reporte/plan";
import type { HojaExcel } from "./api";
import type { Inspeccion } from "./inspeccion";
import type { Estado, Paso } from "./paso";
import { extension } from "./pasos";

export const CLAVE_AJUSTE_REFRESCO = "seguimiento.refresco";

/** Last write sync: a hidden full copy of every sheet refreshed in place, under its backup name. */
export function pasoCopias(ins: Inspeccion): Paso {
  return {
    bytes: 600 * ins.refrescar.length,
    aplicar: (e) => {
      for (const r of ins.refrescar) {
        const copia = e.ctx.workbook.worksheets.getItem(r.id).copy("End");
        copia.name = ins.respaldos.get(r.id) ?? r.name;
        copia.visibility = "Hidden";
        e.copias.set(r.id, copia);
      }
    },
  };
}

/** In the swap sync, before the tables and temporaries are renamed: refresh every kept sheet. */
export function refrescarEnSuSitio(e: Estado, plan: WorkbookPlan, ins: Inspeccion, diferidos: readonly Paso[]): void {
  if (ins.refrescar.length === 0) return;
  const libro = e.ctx.workbook;
  libro.settings.add(CLAVE_AJUSTE_REFRESCO, JSON.stringify(ins.refrescar.map((r) => r.id)));
  for (const r of ins.refrescar) {
    const h = plan.hojas.find((x) => x.nombre.toLowerCase() === r.name.toLowerCase());
    if (!h) continue;
    const hoja: HojaExcel = libro.worksheets.getItem(r.id);
    for (const g of r.graficos) hoja.charts.getItem(g).delete();
    for (const t of r.tablas) t.proxy.delete();
    hoja.getRange().clear("All");
    hoja.freezePanes.unfreeze();
    const caja = extension(h);
    hoja.getRange(caja).copyFrom(`'${ins.temporal(`hoja:${h.nombre}`)}'!${caja}`, "All");
    // From here on the plan sheet is the kept one: its tables, charts and cosmetics go there.
    e.hojas.set(h.nombre, hoja);
    for (const p of diferidos) if (p.objeto === h.nombre) p.aplicar(e);
  }
}

/** Closes the swap sync: the mark goes last, so a failure anywhere in the sync leaves it. */
export function cerrarRefresco(e: Estado, ins: Inspeccion): void {
  if (ins.refrescar.length > 0) e.ctx.workbook.settings.getItemOrNullObject(CLAVE_AJUSTE_REFRESCO).delete();
}
