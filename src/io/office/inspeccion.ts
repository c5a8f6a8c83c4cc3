/**
 * The writer's first sync: what the workbook holds and what this run may touch. Owned sheets are
 * found by Worksheet.id through the record (propiedadOffice.ts); a plan name held by any other
 * sheet is the user's and stops the run before anything is written. Temporary and backup names
 * avoid every sheet, table and defined name (tables and defined names share one namespace).
 */
import { CLAVE_AJUSTE_PROPIEDAD, type WorkbookPlan } from "../../core/reporte/plan";
import type { ContextoExcel, TablaExcel } from "./api";
import { ErrorExcel } from "./errores";
import { CLAVE_AJUSTE_EJECUCION, cerrojoVigente, detalleCerrojo } from "./cerrojo";
import { CLAVE_AJUSTE_TEMPORALES, esResto, leerRegistro, leerTemporales, resolverPropias } from "./propiedadOffice";

export interface HojaPropia {
  readonly id: string;
  readonly name: string;
  readonly visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Its tables, as proxies of this request context, with their names before the run. */
  readonly tablas: readonly { readonly proxy: TablaExcel; readonly nombre: string }[];
  /** Names of its charts. */
  readonly graficos: readonly string[];
}

export interface Inspeccion {
  /** Owned sheets this run drops, or replaces without ExcelApi 1.9: renamed to backups at the swap, deleted last. */
  readonly reemplazar: readonly HojaPropia[];
  /** Owned sheets the plan writes again, refreshed in place (same sheet, same id) with ExcelApi 1.9. */
  readonly refrescar: readonly HojaPropia[];
  /** Every sheet id before the run: a sheet with another id is one this run made. */
  readonly idsIniciales: ReadonlySet<string>;
  /** Confirmed leftovers of a run that died (listed temporaries and backups): deleted first. */
  readonly restos: readonly { readonly id: string; readonly name: string; readonly visibility: string }[];
  /** Plan key ("hoja:Resumen", "tabla:T_Resumen") → a free temporary name. */
  readonly temporal: (clave: string) => string;
  /** Sheet id → backup name (the renamed old sheet, or the copy of a refreshed one). */
  readonly respaldos: ReadonlyMap<string, string>;
  /** Table name → backup name. */
  readonly respaldoTabla: (nombre: string) => string;
  /** The temporaries list as it was stored before this run (null: absent), restored on failure. */
  readonly temporalesPrevios: string | null;
}

const NADA = "No se escribió nada en el libro.";

export async function inspeccionar(ctx: ContextoExcel, plan: WorkbookPlan, ahoraMs: number, enSuSitio: boolean): Promise<Inspeccion> {
  const libro = ctx.workbook;
  const hojas = libro.worksheets.load("items/name,items/id,items/visibility,items/protection/protected,items/tables/items/name,items/charts/items/name");
  const nombres = libro.names.load("items/name");
  const registro = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_PROPIEDAD).load("value");
  const temporalesAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_TEMPORALES).load("value");
  const cerrojoAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_EJECUCION).load("value");
  libro.protection.load("protected");
  await ctx.sync();
  const cerrojo = cerrojoAj.isNullObject ? null : cerrojoVigente(cerrojoAj.value, ahoraMs);
  if (cerrojo) throw new ErrorExcel("F-EXCEL-EN-CURSO", null, `${detalleCerrojo(cerrojo, ahoraMs)} ${NADA}`);
  if (libro.protection.protected) throw new ErrorExcel("F-EXCEL-LIBRO-PROTEGIDO", null, NADA);

  const { propias } = resolverPropias(registro.isNullObject ? null : leerRegistro(registro.value), hojas.items);
  const idsPropios = new Set(propias.map((h) => h.id));
  const temporalesPrevios = temporalesAj.isNullObject ? null : String(temporalesAj.value);
  const listados = leerTemporales(temporalesAj.isNullObject ? null : temporalesAj.value);
  const restos = hojas.items.filter((h) => !idsPropios.has(h.id) && esResto(h.name, listados));
  const porNombre = new Map(hojas.items.map((h) => [h.name.toLowerCase(), h]));

  for (const h of plan.hojas) {
    const otra = porNombre.get(h.nombre.toLowerCase());
    if (otra && !idsPropios.has(otra.id) && !restos.includes(otra))
      throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `La hoja «${h.nombre}» es del usuario. ${NADA}`);
  }
  const escritas = new Set(plan.hojas.map((h) => h.nombre.toLowerCase()));
  const afectados = new Set([...escritas, ...plan.eliminar.map((n) => n.toLowerCase())]);
  const tocadas = hojas.items.filter((h) => idsPropios.has(h.id) && afectados.has(h.name.toLowerCase()));
  const protegida = tocadas.find((h) => h.protection.protected);
  if (protegida) throw new ErrorExcel("F-EXCEL-HOJA-PROTEGIDA", "AccessDenied", `Hoja «${protegida.name}». ${NADA}`);

  const quedan = hojas.items.filter((h) => !tocadas.includes(h) && !restos.includes(h));
  const tablasAjenas = new Set([...quedan.flatMap((h) => h.tables.items.map((t) => t.name)), ...nombres.items.map((n) => n.name)].map((n) => n.toLowerCase()));
  for (const t of plan.hojas.flatMap((h) => h.tablas))
    if (tablasAjenas.has(t.nombre.toLowerCase()))
      throw new ErrorExcel("F-EXCEL-NOMBRE-OCUPADO", null, `El nombre «${t.nombre}» ya es de una tabla o un nombre definido del libro. ${NADA}`);

  const ocupados = new Set(
    [...hojas.items.flatMap((h) => [h.name, ...h.tables.items.map((t) => t.name)]), ...nombres.items.map((n) => n.name)].map((n) => n.toLowerCase()),
  );
  const libre = (prefijo: string): string => {
    for (let i = 1; ; i++) {
      const n = `${prefijo}${i}`;
      if (!ocupados.has(n.toLowerCase())) {
        ocupados.add(n.toLowerCase());
        return n;
      }
    }
  };
  const temporales = new Map<string, string>();
  const temporal = (clave: string): string => {
    let t = temporales.get(clave);
    if (t === undefined) temporales.set(clave, (t = libre("SegTmp")));
    return t;
  };
  const respaldos = new Map(tocadas.map((h) => [h.id, libre("SegRes")]));
  const tablasRespaldo = new Map<string, string>();
  const propia = (h: (typeof tocadas)[number]): HojaPropia => ({
    id: h.id,
    name: h.name,
    visibility: h.visibility,
    tablas: h.tables.items.map((t) => {
      tablasRespaldo.set(t.name.toLowerCase(), libre("SegResT"));
      return { proxy: t, nombre: t.name };
    }),
    graficos: h.charts.items.map((g) => g.name),
  });
  const enPlan = (h: (typeof tocadas)[number]): boolean => enSuSitio && escritas.has(h.name.toLowerCase()) && h.visibility !== "VeryHidden";
  return {
    reemplazar: tocadas.filter((h) => !enPlan(h)).map(propia),
    refrescar: tocadas.filter(enPlan).map(propia),
    idsIniciales: new Set(hojas.items.map((h) => h.id)),
    restos: restos.map((h) => ({ id: h.id, name: h.name, visibility: h.visibility })),
    temporal,
    respaldos,
    respaldoTabla: (n) => tablasRespaldo.get(n.toLowerCase()) ?? n,
    temporalesPrevios,
  };
}
