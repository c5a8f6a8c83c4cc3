/**
 * FunctionFile of the ribbon (ExecuteFunction "consolidar"). `event.completed()` always runs
 * (finally). Errors open this same page as a dialog (?mensaje=…, DialogApi 1.1) and the command
 * completes when the user closes it — completing first would close the dialog with the runtime.
 * No shared runtime: Office 2019 must keep working (../shared/reference/office-addin-notes.md §4).
 */
import { mostrarDialogoError } from "../io/office/cinta";
import { libroOffice } from "../io/office/libroOffice";
import { consolidarDesdeCinta } from "./consolidarCinta";

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
    const pagina = `${location.origin}${location.pathname}`;
    void consolidarDesdeCinta(libroOffice(undefined, "cinta"), (m) => mostrarDialogoError(pagina, m)).finally(() => event.completed());
  });
});
