/**
 * What the ribbon's "Consolidar" does, without the pane: the shared Consolidar use case, then
 * the Resumen sheet activated (the report is the feedback; its Hallazgos sheet lists every
 * finding). A failure wrote nothing (the writer is all-or-nothing), so it is shown, not
 * written: `mostrarError` opens a dialog in Excel and a message bar in the demo.
 */
import { cargarAjustes, consolidarLibro, mensajeError } from "../app";
import type { LibroOffice } from "../io/office/libroOffice";

export async function consolidarDesdeCinta(libro: LibroOffice, mostrarError: (mensaje: string) => Promise<void>): Promise<void> {
  try {
    const { plan } = await consolidarLibro(libro, libro, await cargarAjustes(libro));
    const resumen = plan.hojas.find((h) => h.clave === "resumen") ?? plan.hojas[0];
    if (resumen) await libro.seleccionarCelda(resumen.nombre, "A1");
  } catch (e) {
    await mostrarError(mensajeError(e));
  }
}
