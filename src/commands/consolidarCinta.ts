/**
 * What the ribbon's "Consolidar" does, without the pane: the shared Consolidar service, then
 * the Resumen sheet activated (the report is the feedback; its Hallazgos sheet lists every
 * finding). A failure wrote nothing (the adapter is all-or-nothing), so it is shown, not
 * written: `mostrarError` opens a dialog in Excel and a message bar in the demo.
 */
import { consolidarLibro } from "../taskpane/services/consolidar";
import { mensajeError } from "../taskpane/services/errores";
import type { PuertoOffice } from "../taskpane/services/office";

export async function consolidarDesdeCinta(puerto: PuertoOffice, mostrarError: (mensaje: string) => Promise<void>): Promise<void> {
  try {
    const ajustes = await puerto.cargarAjustes();
    const { plan } = await consolidarLibro(puerto, ajustes);
    const resumen = plan.hojas.find((h) => h.clave === "resumen") ?? plan.hojas[0];
    if (resumen) await puerto.seleccionarCelda(resumen.nombre, "A1");
  } catch (e) {
    await mostrarError(mensajeError(e));
  }
}
