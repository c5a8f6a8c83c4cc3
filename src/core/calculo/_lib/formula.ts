/** The ratio of SPEC §5.3/§5.4 for one value against one target, per tipo. */
import type { TipoAcumulacion } from "../../matriz/tipos";

export interface Resultado {
  readonly valor: number | null;
  /** DECRECIENTE without línea base: E-SIN-LINEA-BASE. */
  readonly faltaLineaBase: boolean;
}

const SIN_VALOR: Resultado = { valor: null, faltaLineaBase: false };

function cociente(a: number, b: number): Resultado {
  return b === 0 ? SIN_VALOR : { valor: a / b, faltaLineaBase: false };
}

/**
 * SUMA, CONSTANTE: valor / objetivo. CRECIENTE: (valor − LB)/(objetivo − LB) with a numeric LB
 * different from the objetivo, else valor / objetivo. DECRECIENTE: (LB − valor)/(LB − objetivo).
 * @example avanceRelativo("CRECIENTE", 69, 80, 60) → { valor: 0.45, … }
 */
export function avanceRelativo(tipo: TipoAcumulacion, valor: number, objetivo: number, lineaBase: number | null): Resultado {
  switch (tipo) {
    case "SUMA":
    case "CONSTANTE":
      return cociente(valor, objetivo);
    case "CRECIENTE":
      return lineaBase !== null && objetivo !== lineaBase ? cociente(valor - lineaBase, objetivo - lineaBase) : cociente(valor, objetivo);
    case "DECRECIENTE":
      if (lineaBase === null) return { valor: null, faltaLineaBase: true };
      if (lineaBase !== objetivo) return cociente(lineaBase - valor, lineaBase - objetivo);
      // Target equal to LB means "do not rise above it": met while at or below it.
      return valor <= objetivo ? { valor: 1, faltaLineaBase: false } : cociente(objetivo, valor);
  }
}
