/**
 * What the ribbon's "Consolidar" does, without the pane: the shared Consolidar use case, then
 * the Resumen sheet activated (the report is the feedback; its Hallazgos sheet lists every
 * finding). A failure wrote nothing (the writer is all-or-nothing), so it is shown, not
 * written: `mostrarError` opens a dialog in Excel and a message bar in the demo.
 * Excel closes a function command after 5 minutes (office-addin-notes §4): above LIMITE_METAS_CINTA
 * the ribbon writes nothing and says to use the pane, which has no such limit and shows progress.
 */
import { calcularLibro, cargarAjustes, escribirCalculo, mensajeError } from "../app";
import type { LibroOffice } from "../io/office/libroOffice";

/**
 * 50,000 metas take ~25 write syncs of ~4 MB (npm run bench); at an assumed 5–10 s per such
 * sync on Excel on the web that is 2–4 minutes, too close to 5. 15,000 metas take ~10 syncs.
 * An assumption to check on a real host (docs/verificacion-excel.md).
 */
export const LIMITE_METAS_CINTA = 15_000;

export function mensajeDemasiadoGrande(metas: number): string {
  const n = new Intl.NumberFormat("es-CO").format(metas);
  return (
    `El libro tiene ${n} metas: más de las que el botón de la cinta puede consolidar en los 5 minutos que Excel le concede. ` +
    "No se escribió nada. Abra el panel (pestaña Seguimiento › Abrir panel) y pulse Consolidar allí: el panel no tiene ese límite y muestra el avance."
  );
}

export async function consolidarDesdeCinta(libro: LibroOffice, mostrarError: (mensaje: string) => Promise<void>): Promise<void> {
  try {
    const calculo = await calcularLibro(libro, await cargarAjustes(libro));
    const metas = calculo.consolidacion.metas.length;
    if (metas > LIMITE_METAS_CINTA) return await mostrarError(mensajeDemasiadoGrande(metas));
    const { plan } = await escribirCalculo(calculo, libro);
    const resumen = plan.hojas.find((h) => h.clave === "resumen") ?? plan.hojas[0];
    if (resumen) await libro.seleccionarCelda(resumen.nombre, "A1");
  } catch (e) {
    await mostrarError(mensajeError(e));
  }
}
