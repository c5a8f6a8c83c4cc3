/**
 * Recognition and value reading of a whole workbook (SPEC §3, §4): every sheet's matrix, its
 * metas and the findings of recognition. Owned sheets (SPEC §6: in the ownership record, or marked
 * with MARCA_HOJA_PROPIA) are never read; hidden sheets are
 * the workbook's helpers (weights, pasted fragments) and are read only when a correction names them.
 */
import type { Libro } from "../grid/libro";
import { llevaMarca } from "../reporte/propiedad";
import { crearHallazgo, delArchivo } from "../hallazgos/crear";
import type { Hallazgo } from "../hallazgos/hallazgo";
import { RegistroDependencias } from "./dependencia";
import { marcarDuplicadas } from "./hojaDuplicada";
import { hojaSinMatriz, leerHoja, type HojaLeida } from "./leerHoja";
import type { CorreccionHoja, Lectura } from "./tipos";

/**
 * @example const { metas, hallazgos } = leerLibro(libro)
 */
export function leerLibro(libro: Libro, correcciones: readonly CorreccionHoja[] = []): Lectura {
  const propias = new Set(libro.hojasPropias ?? []);
  const deps = new RegistroDependencias();
  const leidas: HojaLeida[] = [];
  for (const hoja of libro.hojas) {
    // The marker keeps our own sheets out even when the ownership record is damaged or gone.
    // a sheet the record names but without the product's marker is the user's own (issue 12, probe 2)
    if (llevaMarca(hoja) || (propias.has(hoja.nombre) && hoja.valores.length === 0)) continue;
    const corr = correcciones.find((c) => c.hoja === hoja.nombre);
    const forzada = corr !== undefined && (corr.filaEncabezado !== undefined || corr.columnas !== undefined);
    if (corr?.ignorar || (hoja.visible === false && !forzada)) {
      leidas.push({ hoja: hojaSinMatriz(hoja), metas: [], hallazgos: [] });
      continue;
    }
    leidas.push(leerHoja(hoja, libro.cultura, deps, corr));
  }
  const finales = marcarDuplicadas(leidas);
  const hallazgos: Hallazgo[] = finales.flatMap((h) => delArchivo(h.hallazgos, h.hoja.archivo));
  hallazgos.push(...deps.hallazgos.filter((d) => finales.some((h) => h.hoja.hoja === d.hoja && h.hoja.archivo === d.archivo && h.hoja.duplicadaDe === null)));
  if (!finales.some((h) => h.hoja.reconocida)) hallazgos.unshift(crearHallazgo("E-SIN-MATRIZ", null, null, null));
  const anios = new Set<number>();
  for (const h of finales) {
    if (h.hoja.duplicadaDe !== null) continue;
    for (const c of h.hoja.columnas) if ((c.campo === "programado" || c.campo === "ejecutado") && c.anio !== null) anios.add(c.anio);
    // long layouts carry their years in a column: the rows say which (SPEC §3.2)
    if (h.hoja.columnas.some((c) => c.campo === "vigencia")) for (const m of h.metas) for (const v of m.anios) anios.add(v.anio);
  }
  return {
    hojas: finales.map((h) => h.hoja),
    metas: finales.flatMap((h) => h.metas),
    hallazgos,
    anios: [...anios].sort((a, b) => a - b),
  };
}
