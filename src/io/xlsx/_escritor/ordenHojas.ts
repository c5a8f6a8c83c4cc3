/**
 * Owned sheets stay where they were (issue 12, probe 14): the writer removes the previous run's
 * sheets and appends the new ones, which moved every report tab to the end on each re-run. The
 * tab order and the active tab are taken before the removal and put back after the appends:
 * a sheet that was there returns to its place, a new one stays at the end.
 */
import type JSZip from "jszip";
import { hojasDe, leerLibro, LIBRO, remapear } from "./libroXml";

export interface OrdenHojas {
  /** Sheet names in tab order, lower-cased (Excel compares sheet names case-insensitively). */
  readonly nombres: readonly string[];
  /** The active tab's name, lower-cased. */
  readonly activa: string | null;
}

const pestanaActiva = (libro: string): number => Number(/<workbookView\b[^>]*\sactiveTab="(\d+)"/.exec(libro)?.[1] ?? 0);

/** @example const previo = await ordenDeHojas(zip); …; await restaurarOrden(zip, previo) */
export async function ordenDeHojas(zip: JSZip): Promise<OrdenHojas> {
  const { libro, rels } = await leerLibro(zip);
  const nombres = hojasDe(libro, rels).map((h) => h.nombre.toLowerCase());
  return { nombres, activa: nombres[pestanaActiva(libro)] ?? null };
}

/** Reorders the `<sheet>` entries as in `previo`; sheet-local names, first and active tab follow. */
export async function restaurarOrden(zip: JSZip, previo: OrdenHojas): Promise<void> {
  const { libro, rels } = await leerLibro(zip);
  const etiquetas = [...libro.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const nombres = hojasDe(libro, rels).map((h) => h.nombre.toLowerCase());
  const lugar = (i: number): number => {
    const antes = previo.nombres.indexOf(nombres[i] ?? "");
    return antes === -1 ? previo.nombres.length + i : antes;
  };
  const orden = nombres.map((_, i) => i).sort((a, b) => lugar(a) - lugar(b));
  if (orden.every((vieja, nueva) => vieja === nueva) && pestanaActiva(libro) === Math.max(0, nombres.indexOf(previo.activa ?? ""))) return;
  const nuevaDe = new Map(orden.map((vieja, nueva) => [vieja, nueva]));
  let k = 0;
  let xml = libro.replace(/<sheet\b[^>]*>/g, () => etiquetas[orden[k++] ?? 0] ?? "");
  xml = remapear(xml, (v) => nuevaDe.get(v) ?? null);
  const activa = orden.findIndex((vieja) => nombres[vieja] === previo.activa);
  if (activa >= 0) {
    xml = /<workbookView\b[^>]*\sactiveTab="/.test(xml)
      ? xml.replace(/(<workbookView\b[^>]*\sactiveTab=")\d+(")/, `$1${activa}$2`)
      : xml.replace(/<workbookView\b/, `<workbookView activeTab="${activa}"`);
  }
  zip.file(LIBRO, xml);
}
