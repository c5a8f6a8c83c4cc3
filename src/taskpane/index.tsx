/** Task pane entry: React renders only once Office is ready (the template's rule). */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { crearServicioOffice } from "./services/office";

void Office.onReady(() => {
  const raiz = document.getElementById("raiz");
  if (!raiz) throw new Error("taskpane.html no tiene el elemento #raiz");
  createRoot(raiz).render(
    <FluentProvider theme={webLightTheme} lang="es-CO">
      <App servicio={crearServicioOffice()} />
    </FluentProvider>,
  );
});
