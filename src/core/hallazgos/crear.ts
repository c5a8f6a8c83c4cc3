import { SEVERIDAD_POR_CODIGO, type CodigoHallazgo } from "./codigos";
import type { Hallazgo, ParamsHallazgo } from "./hallazgo";
import { MENSAJES } from "./mensajes";

/** Fills `{name}` placeholders; an unknown one stays visible so a missing param shows in tests. */
function interpolar(plantilla: string, params: ParamsHallazgo): string {
  return plantilla.replace(/\{(\w+)\}/g, (todo, k: string) => {
    const v = params[k];
    return v === undefined || v === null ? todo : String(v);
  });
}

/**
 * Builds a finding with its severity and Spanish message; `archivo` is the sheet's input file.
 * @example crearHallazgo("E-NO-NUMERICO", "PDM", "D17", "Meta cumplida", { campo: "ejecutado 2024" }, "plan.xlsx")
 */
export function crearHallazgo(
  codigo: CodigoHallazgo,
  hoja: string | null,
  celda: string | null,
  valor: string | number | null,
  params: ParamsHallazgo = {},
  archivo: string | null = null,
): Hallazgo {
  const todos: ParamsHallazgo = { valor, ...params };
  return { codigo, severidad: SEVERIDAD_POR_CODIGO[codigo], archivo, hoja, celda, mensaje: interpolar(MENSAJES[codigo], todos), valor, params };
}

/**
 * One sheet's findings with its file: recognition builds them knowing only the sheet, the
 * workbook reader knows which file the sheet came from.
 * @example delArchivo(leida.hallazgos, "b.xlsx")
 */
export function delArchivo(hallazgos: readonly Hallazgo[], archivo: string | null): Hallazgo[] {
  return hallazgos.map((h) => (h.archivo === archivo ? h : { ...h, archivo }));
}
