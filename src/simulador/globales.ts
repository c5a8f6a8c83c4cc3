/**
 * Install the fake as the browser globals office.js would define (`Excel`, `Office`), so the demo
 * page can route the CDN office.js to it and the real task pane runs unchanged.
 */
import type { ExcelFalso } from "./excelFalso";

export interface OfficeFalso {
  readonly HostType: { readonly Excel: "Excel" };
  readonly context: {
    readonly displayLanguage: string;
    readonly contentLanguage: string;
    readonly requirements: { isSetSupported(nombre: string, version?: string): boolean };
  };
  readonly actions: {
    associate(id: string, fn: (evento: { completed(): void }) => unknown): void;
    /** Test hook: what the ribbon would call. */
    readonly registradas: Map<string, (evento: { completed(): void }) => unknown>;
  };
  onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
}

export function instalarGlobales(falso: ExcelFalso, destino: object = globalThis): OfficeFalso {
  const registradas = new Map<string, (evento: { completed(): void }) => unknown>();
  const info = { host: "Excel", platform: falso.opciones.modo === "web" ? "OfficeOnline" : "PC" };
  const office: OfficeFalso = {
    HostType: { Excel: "Excel" },
    context: {
      displayLanguage: "es-CO",
      contentLanguage: falso.opciones.cultura.nombre,
      requirements: {
        isSetSupported: (nombre, version = "1.1") => nombre === "ExcelApi" && falso.soporta(version),
      },
    },
    actions: { associate: (id, fn) => void registradas.set(id, fn), registradas },
    onReady: (cb) => {
      cb?.(info);
      return Promise.resolve(info);
    },
  };
  // Excel.run(batch) and Excel.run(contextOrObject, batch): the fake always opens a fresh context.
  const run = (a: unknown, b?: unknown): Promise<unknown> => {
    const lote = (typeof a === "function" ? a : b) as Parameters<ExcelFalso["run"]>[0];
    return falso.run(lote);
  };
  Object.assign(destino, { Office: office, Excel: { run } });
  return office;
}
