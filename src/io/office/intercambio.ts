/**
 * Around the swap sync: the check just before it (the user may have added a sheet, a table or a
 * defined name since the inspection) and the way back when anything up to the swap fails.
 * Excel keeps the operations of a failed batch that ran before the failing one, so the way back
 * first reads what the workbook now holds, then deletes the temporaries and renames back what
 * the swap had renamed; the message says exactly which state the workbook is in.
 */
import type { WorkbookPlan } from "../../core/reporte/plan";
import type { ContextoExcel, HojaExcel } from "./api";
import { ErrorExcel } from "./errores";
import type { Inspeccion } from "./inspeccion";
import type { Estado } from "./paso";
import { CLAVE_AJUSTE_TEMPORALES } from "./propiedadOffice";
import { CLAVE_AJUSTE_EJECUCION } from "./cerrojo";
import { CLAVE_AJUSTE_REFRESCO } from "./refresco";

export interface Intercambio {
  /** Final sheet name → id of the temporary that takes it. */
  readonly ids: ReadonlyMap<string, string>;
}

const NADA = "No se cambió el informe anterior.";

/**
 * Queues the reload of sheet, table and defined names (sent with the last write sync, so the
 * check costs no round trip); the returned function checks them once that sync is done.
 */
export function pedirNombres(ctx: ContextoExcel, plan: WorkbookPlan, ins: Inspeccion, e: Estado): () => Intercambio {
  const libro = ctx.workbook;
  const hojas = libro.worksheets.load("items/name,items/id,items/tables/items/name");
  const nombres = libro.names.load("items/name");
  const temporales = plan.hojas.map((h) => ({ final: h.nombre, proxy: e.hojas.get(h.nombre)?.load("id") }));
  const copias = [...e.copias.values()].map((c) => c.load("id"));
  return () => {
    const reemplazadas = new Set([...ins.reemplazar, ...ins.refrescar].map((r) => r.id));
    const nuestras = new Set([...reemplazadas, ...temporales.map((t) => t.proxy?.id), ...copias.map((c) => c.id)]);
    const ajenas = hojas.items.filter((h) => !nuestras.has(h.id));
    const nombresHoja = new Set(ajenas.map((h) => h.name.toLowerCase()));
    for (const n of [...plan.hojas.map((h) => h.nombre), ...ins.respaldos.values()])
      if (nombresHoja.has(n.toLowerCase())) throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `Apareció una hoja «${n}» durante la escritura. ${NADA}`);
    const tablas = new Set([...ajenas.flatMap((h) => h.tables.items.map((t) => t.name)), ...nombres.items.map((n) => n.name)].map((n) => n.toLowerCase()));
    const finales = [
      ...plan.hojas.flatMap((h) => h.tablas.map((t) => t.nombre)),
      ...ins.reemplazar.flatMap((r) => r.tablas.map((t) => ins.respaldoTabla(t.nombre))),
    ];
    for (const t of finales)
      if (tablas.has(t.toLowerCase()))
        throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `Apareció una tabla o un nombre definido «${t}» durante la escritura. ${NADA}`);
    const ids = new Map<string, string>();
    for (const t of temporales) if (t.proxy) ids.set(t.final, t.proxy.id);
    return { ids };
  };
}

/** Undo whatever the failed batches applied; returns the sentence that says where the workbook stands. */
export async function restaurar(ctx: ContextoExcel, ins: Inspeccion, e: Estado, x: Intercambio | null, conEventos: boolean): Promise<string> {
  const libro = ctx.workbook;
  try {
    const copias = await idsDeCopias(ctx, e);
    const hojas = libro.worksheets.load("items/name,items/id,items/tables/items/name");
    // Only settings known to exist are deleted (a null object's delete() is not relied on).
    const temporalesAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_TEMPORALES).load("value");
    const cerrojoAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_EJECUCION).load("value");
    const marca = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_REFRESCO).load("value");
    await ctx.sync();
    const reemplazadas = new Map(ins.reemplazar.map((r) => [r.id, r]));
    const respaldoDe = new Map(ins.reemplazar.flatMap((r) => r.tablas.map((t) => [ins.respaldoTabla(t.nombre).toLowerCase(), t.nombre])));
    const temporales = new Set([...e.hojas.keys()].map((n) => ins.temporal(`hoja:${n}`).toLowerCase()));
    const finales = new Set([...e.hojas.keys()].map((n) => n.toLowerCase()));
    // A new sheet: under a temporary name, or under a final name with an id the check sync gave a temporary
    // (before that sync no temporary has a final name).
    const nuevas = hojas.items.filter(
      (h) =>
        !reemplazadas.has(h.id) && (temporales.has(h.name.toLowerCase()) || (finales.has(h.name.toLowerCase()) && [...(x?.ids.values() ?? [])].includes(h.id))),
    );
    for (const h of nuevas) h.delete();
    const perdidas = volverACopias(hojas.items, ins, copias, !marca.isNullObject);
    if (!marca.isNullObject) marca.delete();
    for (const h of hojas.items) {
      const r = reemplazadas.get(h.id);
      if (!r) continue;
      for (const t of h.tables.items) {
        const original = respaldoDe.get(t.name.toLowerCase());
        if (original !== undefined) t.name = original;
      }
      if (h.name !== r.name) h.name = r.name;
    }
    if (ins.temporalesPrevios !== null) libro.settings.add(CLAVE_AJUSTE_TEMPORALES, ins.temporalesPrevios);
    else if (!temporalesAj.isNullObject) temporalesAj.delete();
    if (!cerrojoAj.isNullObject) cerrojoAj.delete();
    if (conEventos) ctx.runtime.enableEvents = true;
    await ctx.sync();
    return perdidas.length === 0
      ? "El libro quedó como estaba."
      : perdidas.length === 1
        ? `El libro quedó como estaba, salvo que «${perdidas[0] ?? ""}» se recuperó de su copia: las fórmulas de otras hojas que apuntaban a ella muestran #REF!.`
        : `El libro quedó como estaba, salvo que ${perdidas.map((n) => `«${n}»`).join(", ")} se recuperaron de sus copias: las fórmulas de otras hojas que apuntaban a ellas muestran #REF!.`;
  } catch {
    // The first failure is what the user must see; this only says what is left to do by hand.
    const respaldos = ins.reemplazar.map((r) => `«${ins.respaldos.get(r.id) ?? r.name}» (antes «${r.name}»)`);
    return (
      "No se pudo deshacer por completo: elimine las hojas cuyo nombre empieza por «SegTmp»" +
      (respaldos.length > 0 ? ` y, si existen, devuelva a las hojas ${respaldos.join(", ")} su nombre anterior` : "") +
      ". La próxima consolidación elimina las hojas temporales que queden."
    );
  }
}

/**
 * The ids of the copies kept of refreshed sheets, each in its own sync: a copy whose creation
 * never ran cannot be loaded, and that must not stop the rest of the way back.
 */
async function idsDeCopias(ctx: ContextoExcel, e: Estado): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const [id, copia] of e.copias) {
    try {
      copia.load("id");
      await ctx.sync();
      ids.set(id, copia.id);
    } catch {
      // Never created: nothing to remove or to recover from.
    }
  }
  return ids;
}

/**
 * The sheets refreshed in place: untouched (no mark), their copy goes; possibly touched, the
 * sheet goes and its copy takes its name, visibility and table names. Returns the names
 * recovered from a copy.
 */
function volverACopias(hojas: readonly HojaExcel[], ins: Inspeccion, copias: ReadonlyMap<string, string>, marcada: boolean): string[] {
  const recuperadas: string[] = [];
  for (const r of ins.refrescar) {
    const copia = hojas.find((h) => h.id === copias.get(r.id));
    const original = hojas.find((h) => h.id === r.id);
    if (!marcada || !copia) {
      copia?.delete();
      continue;
    }
    original?.delete();
    copia.name = r.name;
    copia.visibility = r.visibility;
    copia.tables.items.forEach((t, i) => {
      const nombre = r.tablas[i]?.nombre;
      if (nombre !== undefined) t.name = nombre;
    });
    recuperadas.push(r.name);
  }
  return recuperadas;
}
