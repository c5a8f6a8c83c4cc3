/** The ratio of SPEC §5.3/§5.4 for one value against one target, per tipo. */
import type { TipoAcumulacion } from "../../matriz/tipos";

/** DECRECIENTE cannot be computed without línea base (E-SIN-LINEA-BASE). */
export function faltaLineaBase(tipo: TipoAcumulacion, lineaBase: number | null): boolean {
  return tipo === "DECRECIENTE" && lineaBase === null;
}

function cociente(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/**
 * SUMA, CONSTANTE: valor / objetivo. CRECIENTE: (valor − LB)/(objetivo − LB) with a numeric LB
 * different from the objetivo, else valor / objetivo. DECRECIENTE: (LB − valor)/(LB − objetivo),
 * null without LB. Returns plain numbers: it runs several times per meta on 50.000 metas.
 * @example avanceRelativo("CRECIENTE", 69, 80, 60) → 0.45
 */
export function avanceRelativo(tipo: TipoAcumulacion, valor: number, objetivo: number, lineaBase: number | null): number | null {
  switch (tipo) {
    case "SUMA":
    case "CONSTANTE":
      return cociente(valor, objetivo);
    case "CRECIENTE":
      return lineaBase !== null && objetivo !== lineaBase ? cociente(valor - lineaBase, objetivo - lineaBase) : cociente(valor, objetivo);
    case "DECRECIENTE":
      if (lineaBase === null) return null;
      if (lineaBase !== objetivo) return cociente(lineaBase - valor, lineaBase - objetivo);
      // Target equal to LB means "do not rise above it": met while at or below it.
      return valor <= objetivo ? 1 : cociente(objetivo, valor);
  }
}
