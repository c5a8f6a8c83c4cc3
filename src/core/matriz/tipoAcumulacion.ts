/**
 * Tipo de acumulación (SPEC §5.1): the values seen in real matrices (DNP's Acumulativo, No
 * acumulativo, Flujo, Capacidad among them) → the four canonical tipos.
 * Unknown text → SUMA and A-TIPO-DESCONOCIDO (decided by the caller); blank → SUMA silently.
 */
import { memo } from "../_lib/memo";
import { normalizar } from "../texto/normalizar";
import type { TipoAcumulacion } from "./tipos";

const REGISTRO: Readonly<Record<string, TipoAcumulacion>> = {
  I: "SUMA",
  INCREMENTO: "SUMA",
  SUMA: "SUMA",
  ACUMULADO: "SUMA",
  ACUMULATIVO: "SUMA",
  ACUMULABLE: "SUMA",
  // DNP SINERGIA and Medellín's MISE: a flow's year does not add to the next; the last year counts
  FLUJO: "CONSTANTE",
  "NO ACUMULATIVO": "CONSTANTE",
  "NO ACUMULADO": "CONSTANTE",
  "NO ACUMULABLE": "CONSTANTE",
  M: "CONSTANTE",
  MANTENIMIENTO: "CONSTANTE",
  CONSTANTE: "CONSTANTE",
  // capacity is measured net of the línea base
  CAPACIDAD: "CRECIENTE",
  C: "CRECIENTE",
  CRECIENTE: "CRECIENTE",
  STOCK: "CRECIENTE",
  R: "DECRECIENTE",
  D: "DECRECIENTE",
  REDUCCION: "DECRECIENTE",
  DECRECIENTE: "DECRECIENTE",
  "REDUCCION ANUAL": "DECRECIENTE",
};

/**
 * The canonical tipo of a cell's text: a tipo, "vacio" for blank, or null when unknown. A tipo
 * column holds a handful of distinct texts: each is normalised once.
 * @example tipoDeTexto("Incremento ") // "SUMA"
 */
export const tipoDeTexto = memo(1000, (texto: string): TipoAcumulacion | "vacio" | null => {
  const n = normalizar(texto).replace(/[.()]/g, "").trim();
  return n === "" ? "vacio" : (REGISTRO[n] ?? null);
});
