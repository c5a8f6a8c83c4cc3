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
 * Builds a finding with its severity and Spanish message.
 * @example crearHallazgo("E-NO-NUMERICO", "PDM", "D17", "Meta cumplida", { campo: "ejecutado 2024" })
 */
export function crearHallazgo(
  codigo: CodigoHallazgo,
  hoja: string | null,
  celda: string | null,
  valor: string | number | null,
  params: ParamsHallazgo = {},
): Hallazgo {
  const todos: ParamsHallazgo = { valor, ...params };
  return { codigo, severidad: SEVERIDAD_POR_CODIGO[codigo], hoja, celda, mensaje: interpolar(MENSAJES[codigo], todos), valor, params };
}
