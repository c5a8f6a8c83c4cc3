/** The line under every sheet title: vigencia, corte and tope, so a printed page explains itself. */
import type { Consolidacion } from "../../calculo/tipos";
import type { HojaEnConstruccion } from "./hoja";
import { textoCorte } from "./textos";

export function subtitulo(h: HojaEnConstruccion, fila: number, c: Consolidacion): void {
  const p = c.parametros;
  const tope = p.tope === "100" ? "con tope del 100 %" : "sin tope";
  h.bloque(fila, 0, [[`Vigencia ${p.vigencia} · corte ${textoCorte(p.corte)} · porcentajes ${tope}`]], { medirAncho: false });
  h.estilo({ rango: `A${fila + 1}`, colorFuente: "#595959" });
}
