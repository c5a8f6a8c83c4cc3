/**
 * Reads the open workbook into the core's grid (Libro) in few round trips:
 * sync 1 sheet names + settings + culture, sync 2 used ranges, then value blocks packed
 * under the payload budget (a 50,000-meta matrix is ~5 MB of values, over the web limit).
 */
import { CULTURA_ES_CO, type Combinada, type Cultura, type Hoja, type Valor } from "../../core/grid/libro";
import { CLAVE_AJUSTE_AJUSTES, CLAVE_AJUSTE_PROPIEDAD } from "../../core/reporte/plan";
import type { AjustesGuardados, LibroLeido } from "../../app/puertos";
import type { AjusteExcel, AreasExcel, ContextoExcel, EntornoExcel, RangoExcel } from "./api";
import { ErrorExcel, esLimiteDatos, traducirError } from "./errores";
import { ESPERA_SYNC_MS, conEspera } from "./espera";
import { CARGA_POR_SYNC, bytesJson } from "./cargaSync";
import { CLAVE_AJUSTE_EJECUCION, cerrojoVigente, detalleCerrojo } from "./cerrojo";
import { CLAVE_AJUSTE_TEMPORALES, esResto, leerRegistro, leerTemporales, resolverPropias } from "./propiedadOffice";

/** The open workbook as the application's source port sees it. */
export type LecturaExcel = LibroLeido;

interface HojaPorLeer {
  readonly nombre: string;
  readonly visible: boolean;
  fila: number;
  columna: number;
  filas: number;
  columnas: number;
  /** Next row (relative to the used range) still to read. */
  siguiente: number;
  /** Estimated response bytes per row (values + valueTypes + numberFormat). */
  bytesFila: number;
  valores: Valor[][];
  formatos: (string | null)[][];
  combinadas: Combinada[];
}

/** A first guess before a block is measured: ~48 bytes per cell for the three arrays. */
const BYTES_CELDA_INICIAL = 48;

export interface OpcionesLectura {
  /** Response bytes per sync (default CARGA_POR_SYNC); smaller values only add syncs. */
  readonly cargaPorSync?: number;
  /** Deadline per sync (default ESPERA_SYNC_MS). */
  readonly esperaMs?: number;
  /** The clock of the shared lock (default Date.now). */
  readonly ahoraMs?: () => number;
}

export async function leerLibroExcel(entorno: EntornoExcel, opciones: OpcionesLectura = {}): Promise<LecturaExcel> {
  if (!entorno.soporta("1.7")) throw new ErrorExcel("F-EXCEL-API-NO-SOPORTADA", null);
  const carga = opciones.cargaPorSync ?? CARGA_POR_SYNC;
  try {
    return await entorno.run((ctx) => leer(conEspera(ctx, opciones.esperaMs ?? ESPERA_SYNC_MS), entorno, carga, (opciones.ahoraMs ?? Date.now)()));
  } catch (e) {
    throw traducirError(e);
  }
}

async function leer(ctx: ContextoExcel, entorno: EntornoExcel, carga: number, ahoraMs: number): Promise<LecturaExcel> {
  const avisos: string[] = [];
  const libro = ctx.workbook;
  libro.load("name");
  const hojas = libro.worksheets.load("items/name,items/visibility,items/id");
  const propiedadAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_PROPIEDAD).load("value");
  const temporalesAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_TEMPORALES).load("value");
  const cerrojoAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_EJECUCION).load("value");
  const ajustesAj = libro.settings.getItemOrNullObject(CLAVE_AJUSTE_AJUSTES).load("value");
  const conCultura = entorno.soporta("1.11");
  const cultura = conCultura ? libro.application.cultureInfo.load("name,numberFormat/numberDecimalSeparator,numberFormat/numberGroupSeparator") : null;
  await ctx.sync();

  // While the other runtime writes, its temporaries and half-swapped sheets are no input.
  const cerrojo = cerrojoAj.isNullObject ? null : cerrojoVigente(cerrojoAj.value, ahoraMs);
  if (cerrojo) throw new ErrorExcel("F-EXCEL-EN-CURSO", null, detalleCerrojo(cerrojo, ahoraMs));
  // Owned sheets by id (names only for display) and confirmed leftovers of a run that died: never input.
  const { propiedad } = resolverPropias(propiedadAj.isNullObject ? null : leerRegistro(propiedadAj.value), hojas.items);
  const propias = new Set(Object.keys(propiedad?.hojas ?? {}));
  const temporales = temporalesAj.isNullObject ? [] : leerTemporales(temporalesAj.value);
  let culturaLibro: Cultura = CULTURA_ES_CO;
  if (cultura)
    culturaLibro = {
      nombre: cultura.name,
      decimal: cultura.numberFormat.numberDecimalSeparator,
      miles: cultura.numberFormat.numberGroupSeparator,
    };
  else avisos.push("Esta versión de Excel no informa la configuración regional (ExcelApi 1.11): se usa es-CO.");

  const entrada = hojas.items.filter((h) => !propias.has(h.name) && !esResto(h.name, temporales));
  const usados = entrada.map((h) => ({
    hoja: h,
    usado: h.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  }));
  await ctx.sync();

  const porLeer: HojaPorLeer[] = usados.map(({ hoja, usado }) => {
    const vacia = usado.isNullObject;
    return {
      nombre: hoja.name,
      visible: hoja.visibility === "Visible",
      fila: vacia ? 0 : usado.rowIndex,
      columna: vacia ? 0 : usado.columnIndex,
      filas: vacia ? 0 : usado.rowCount,
      columnas: vacia ? 0 : usado.columnCount,
      siguiente: 0,
      bytesFila: vacia ? 0 : usado.columnCount * BYTES_CELDA_INICIAL,
      valores: [],
      formatos: [],
      combinadas: [],
    };
  });
  const conCombinadas = entorno.soporta("1.13");
  if (!conCombinadas && porLeer.some((h) => h.filas > 0))
    avisos.push("Esta versión de Excel no informa las celdas combinadas (ExcelApi 1.13): se leen como celdas sueltas.");
  await leerBloques(ctx, porLeer, conCombinadas, carga);

  return {
    libro: {
      hojas: porLeer.map((h) => hojaLeida(h, libro.name)),
      cultura: culturaLibro,
      archivos: [libro.name],
      hojasPropias: [...propias],
    },
    propiedad,
    ajustesGuardados: textoAjuste(ajustesAj, libro.name),
    hojasExistentes: hojas.items.map((h) => h.name),
    avisos,
  };
}

/** The settings text, as the pane stored it (an object set by other code is serialised back). */
function textoAjuste(aj: AjusteExcel, archivo: string): AjustesGuardados[] {
  if (aj.isNullObject || aj.value === null || aj.value === undefined) return [];
  return [{ archivo, texto: typeof aj.value === "string" ? aj.value : JSON.stringify(aj.value) }];
}

/** Only the settings the pane saved, in one sync (the pane loads them before the first validation). */
export async function leerAjustesExcel(entorno: EntornoExcel): Promise<string | null> {
  try {
    return await entorno.run(async (excel) => {
      const ctx = conEspera(excel, ESPERA_SYNC_MS);
      ctx.workbook.load("name");
      const aj = ctx.workbook.settings.getItemOrNullObject(CLAVE_AJUSTE_AJUSTES).load("value");
      await ctx.sync();
      return textoAjuste(aj, ctx.workbook.name)[0]?.texto ?? null;
    });
  } catch (e) {
    throw traducirError(e);
  }
}

interface Pedido {
  readonly hoja: HojaPorLeer;
  readonly desde: number;
  readonly filas: number;
  readonly rango: RangoExcel;
  readonly areas: AreasExcel | null;
}

/** Row blocks packed into syncs under the budget; on a size error the batch retries at half. */
async function leerBloques(ctx: ContextoExcel, hojas: HojaPorLeer[], conCombinadas: boolean, carga: number): Promise<void> {
  let factor = 1;
  for (;;) {
    const pendientes = hojas.filter((h) => h.siguiente < h.filas);
    if (pendientes.length === 0) return;
    const pedidos: Pedido[] = [];
    let bytes = 0;
    for (const h of pendientes) {
      const cabe = Math.floor((carga * factor - bytes) / Math.max(h.bytesFila, 1));
      const filas = Math.min(h.filas - h.siguiente, pedidos.length === 0 ? Math.max(cabe, 1) : cabe);
      if (filas < 1) break;
      const hojaX = ctx.workbook.worksheets.getItem(h.nombre);
      const rango = hojaX.getRangeByIndexes(h.fila + h.siguiente, h.columna, filas, h.columnas).load("values,valueTypes,numberFormat");
      const areas =
        conCombinadas && h.siguiente === 0
          ? hojaX
              .getRangeByIndexes(h.fila, h.columna, h.filas, h.columnas)
              .getMergedAreasOrNullObject()
              .load("areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount")
          : null;
      pedidos.push({ hoja: h, desde: h.siguiente, filas, rango, areas });
      bytes += filas * h.bytesFila;
    }
    try {
      await ctx.sync();
    } catch (e) {
      if (!esLimiteDatos(e) || factor < 1 / 64) throw e;
      factor /= 2;
      continue;
    }
    for (const p of pedidos) guardarBloque(p);
  }
}

function guardarBloque(p: Pedido): void {
  const { hoja: h, rango } = p;
  const valores = rango.values;
  const tipos = rango.valueTypes;
  const formatos = rango.numberFormat;
  valores.forEach((fila, i) => {
    const f = h.fila + p.desde + i;
    const vs: Valor[] = (h.valores[f] = Array<Valor>(h.columna).fill(null));
    const fs: (string | null)[] = (h.formatos[f] = Array<string | null>(h.columna).fill(null));
    fila.forEach((v, j) => {
      const t = tipos[i]?.[j];
      vs.push(t === "Empty" ? null : t === "Error" ? { error: String(v) } : v);
      const nf = formatos[i]?.[j];
      fs.push(typeof nf === "string" && nf !== "General" ? nf : null);
    });
  });
  const medidos = (bytesJson(valores) + bytesJson(tipos) + bytesJson(formatos)) / Math.max(p.filas, 1);
  h.bytesFila = Math.max(h.bytesFila, Math.ceil(medidos * 1.2));
  h.siguiente = p.desde + p.filas;
  if (p.areas && !p.areas.isNullObject)
    h.combinadas = p.areas.areas.items.map((a) => ({
      fila: a.rowIndex,
      columna: a.columnIndex,
      filas: a.rowCount,
      columnas: a.columnCount,
    }));
}

function hojaLeida(h: HojaPorLeer, archivo: string): Hoja {
  const valores: Valor[][] = Array.from({ length: h.fila + h.filas }, (_, i) => h.valores[i] ?? []);
  const formatos = Array.from({ length: h.fila + h.filas }, (_, i) => h.formatos[i] ?? []);
  return { nombre: h.nombre, valores, combinadas: h.combinadas, formatos, visible: h.visible, archivo };
}
