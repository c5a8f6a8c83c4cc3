/** How the Informe's figures and paragraphs read as text (es-CO), for every writer alike. */
import { formatearNumero, formatearPorcentaje } from "../calculo/_lib/numero";
import type { Cifra, Fragmento, Parrafo } from "./tipos";

/**
 * @example textoCifra({ cifra: 0.934, formato: "pct", origen: "plan#pctVigencia" }) → "93,4 %"
 * @example textoCifra({ cifra: 1234, formato: "entero", origen: "plan#conteos.metas" }) → "1.234"
 */
export function textoCifra(c: Cifra): string {
  switch (c.formato) {
    case "pct":
      return formatearPorcentaje(c.cifra, 1);
    case "entero":
      return formatearNumero(c.cifra, 0);
    case "decimal":
      return formatearNumero(c.cifra, 2);
    case "moneda":
      return `$ ${formatearNumero(c.cifra, 0)}`;
    case "anio":
      return String(c.cifra);
  }
}

export function esCifra(f: Fragmento): f is Cifra {
  return "cifra" in f;
}

export function textoFragmento(f: Fragmento): string {
  return esCifra(f) ? textoCifra(f) : f.texto;
}

/** A paragraph as one string: `textoParrafo({ fragmentos: [{ texto: "Cuenta con " }, cifra(12)] })` → "Cuenta con 12". */
export function textoParrafo(p: Parrafo): string {
  return p.fragmentos.map(textoFragmento).join("");
}
