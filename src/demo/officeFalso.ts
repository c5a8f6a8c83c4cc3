/**
 * A stand-in for the CDN office.js, built as dist/officeFalso.js: the e2e tests route
 * https://appsforoffice.microsoft.com/** to it so the real taskpane.html and commands.html run
 * against the fake Excel seeded with the bundled example. It must define `Office` synchronously
 * (the page's scripts run right after it) and resolve Office.onReady once the workbook is loaded.
 * `?fallo=edicion` makes every sync fail as if a cell were being edited (for the error path).
 */
import { instalarGlobales, type ExcelFalso } from "../simulador";
import { abrirXlsx } from "./anfitrion";
import { EJEMPLO } from "./ejemplo";

interface Dialogo {
  readonly url: string;
}
declare global {
  interface Window {
    seguimientoFalso?: { falso: ExcelFalso; dialogos: Dialogo[] };
  }
}

const info = { host: "Excel", platform: "OfficeOnline" };
const dialogos: Dialogo[] = [];

const listo: Promise<void> = fetch(new URL(`/${EJEMPLO}`, location.href))
  .then((r) => r.arrayBuffer())
  .then((d) => abrirXlsx(d, EJEMPLO, () => undefined))
  .then(({ falso }) => {
    if (new URLSearchParams(location.search).get("fallo") === "edicion") falso.opciones.edicion = true;
    const office = instalarGlobales(falso, window);
    Object.assign(office.context, {
      ui: {
        // Records the dialog and reports it closed at once, as if the user pressed its X.
        displayDialogAsync: (url: string, _o: unknown, cb: (r: unknown) => void) => {
          dialogos.push({ url });
          cb({ status: "succeeded", value: { addEventHandler: (_t: string, h: () => void) => setTimeout(h, 0) } });
        },
      },
    });
    Object.assign(office, {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogEventReceived: "dialogEventReceived" },
      onReady: (cb?: (i: typeof info) => void) => (cb?.(info), Promise.resolve(info)),
    });
    window.seguimientoFalso = { falso, dialogos };
  });

// Until the workbook is loaded, Office.onReady waits (as office.js waits for the host).
Object.assign(window, {
  Office: { onReady: (cb?: (i: typeof info) => void) => listo.then(() => (cb?.(info), info)) },
});
