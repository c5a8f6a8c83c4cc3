/**
 * Change events for re-validation while the user types (added by the task-pane helper).
 * worksheets.onChanged is ExcelApi 1.9; on 1.7 hosts each worksheet's onChanged (1.7) is used.
 * The add-in's own writes are filtered by the caller (it knows when Consolidar runs) and, where
 * ExcelApi 1.14 gives it, by triggerSource "ThisLocalAddin". Handlers are removed in the
 * context that added them (../shared/reference/office-addin-notes.md §3.7). Rejects when the host has no events; the
 * pane then says so and validates on demand.
 */
import type { EntornoExcel } from "./api";

export async function suscribirCambiosExcel(entorno: EntornoExcel, alCambiar: () => void): Promise<() => void> {
  const manejador = (e: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if ((e as { triggerSource?: string }).triggerSource !== "ThisLocalAddin") alCambiar();
    return Promise.resolve();
  };
  const registros = await Excel.run(async (ctx) => {
    const hechos: OfficeExtension.EventHandlerResult<Excel.WorksheetChangedEventArgs>[] = [];
    if (entorno.soporta("1.9")) hechos.push(ctx.workbook.worksheets.onChanged.add(manejador));
    else {
      const hojas = ctx.workbook.worksheets;
      hojas.load("items/name");
      await ctx.sync();
      for (const h of hojas.items) hechos.push(h.onChanged.add(manejador));
    }
    await ctx.sync();
    return hechos;
  });
  return () => {
    const primero = registros[0];
    if (!primero) return;
    void Excel.run(primero.context, async (ctx) => {
      for (const r of registros) r.remove();
      await ctx.sync();
    });
  };
}
