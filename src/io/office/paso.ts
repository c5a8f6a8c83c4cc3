/**
 * One step of writing a plan sheet and the state steps run against. Apart from pasos.ts so the
 * chart steps (graficos.ts) share the types without importing the module that imports them.
 */
import type { ContextoExcel, GraficoExcel, HojaExcel, TablaExcel } from "./api";

export interface Estado {
  readonly ctx: ContextoExcel;
  /** Plan name → the temporary sheet written for it. */
  readonly hojas: Map<string, HojaExcel>;
  /** Tables created under temporary names, renamed at the swap. */
  readonly tablas: { readonly proxy: TablaExcel; readonly nombre: string }[];
  /** ExcelApi 1.8: runtime.enableEvents and chart axis numberFormat. */
  readonly api18: boolean;
  /** Charts by plan id, so their cosmetics can follow in the last sync. */
  readonly graficos: Map<string, GraficoExcel>;
  /** Id of a sheet refreshed in place → the copy kept of it until the run ends. */
  readonly copias: Map<string, HojaExcel>;
}

export interface Paso {
  readonly bytes: number;
  /** Freeze panes, widths, point colours, axis formats: sent after the swap, a failure is a warning. */
  readonly cosmetico?: boolean;
  /** A table or a chart of plan sheet `objeto`: on a sheet refreshed in place it is created in the swap sync. */
  readonly objeto?: string;
  aplicar(e: Estado): void;
}
