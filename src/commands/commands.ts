/**
 * Ribbon "Consolidar" (ExecuteFunction): the same service as the pane, without the pane.
 * Feedback, honest with the 1.7 API set and no shared runtime: on success the Resumen sheet
 * is activated (the report itself is the feedback, its Hallazgos sheet lists every finding);
 * on failure nothing was written (the adapter is all-or-nothing), so writing a Hallazgos sheet
 * would be one more write to a workbook that just refused one — instead a dialog
 * (DialogApi 1.1, this same page with ?mensaje=) shows the Spanish message, and the command
 * completes when the user closes it (completing first would close the dialog with the runtime).
 */
import { consolidarLibro } from "../taskpane/services/consolidar";
import { mensajeError } from "../taskpane/services/errores";
import { crearPuertoOffice, type PuertoOffice } from "../taskpane/services/office";

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

function mostrarDialogo(mensaje: string): Promise<void> {
  const ui = Office.context.ui as Office.UI | undefined;
  if (!ui?.displayDialogAsync) return Promise.resolve();
  const url = `${location.origin}${location.pathname}?mensaje=${encodeURIComponent(mensaje)}`;
  return new Promise((resolver) => {
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return resolver();
      r.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolver());
    });
  });
}

function mostrarMensajeEnPagina(mensaje: string): void {
  const caja = document.getElementById("mensaje");
  const texto = document.getElementById("texto");
  if (caja && texto) {
    texto.textContent = mensaje;
    caja.hidden = false;
  }
}

void Office.onReady(() => {
  const mensaje = new URLSearchParams(location.search).get("mensaje");
  if (mensaje !== null) return mostrarMensajeEnPagina(mensaje);
  Office.actions.associate("consolidar", (event: Office.AddinCommands.Event) => {
    consolidarDesdeCinta(crearPuertoOffice(), mostrarDialogo).finally(() => event.completed());
  });
});
