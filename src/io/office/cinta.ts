/**
 * The ribbon command's error dialog (DialogApi 1.1). Added by the task-pane helper: the only
 * Office.js call the command needs besides Office.actions.associate.
 * Resolves when the user closes the dialog (or at once when the host has no dialog API).
 */
export function mostrarDialogoError(pagina: string, mensaje: string): Promise<void> {
  const ui = (Office.context as Partial<Pick<typeof Office.context, "ui">>).ui;
  if (!ui?.displayDialogAsync) return Promise.resolve();
  const url = `${pagina}?mensaje=${encodeURIComponent(mensaje)}`;
  return new Promise((resolver) => {
    ui.displayDialogAsync(url, { height: 30, width: 35, displayInIframe: true }, (r) => {
      if (r.status !== Office.AsyncResultStatus.Succeeded) return resolver();
      r.value.addEventHandler(Office.EventType.DialogEventReceived, () => resolver());
    });
  });
}
