/**
 * Text normalisation of SPEC §3.1/§3.3: trim, collapse whitespace and newlines (NBSP too),
 * remove accents, upper-case. `normalizar("  Secretaría\n de  Salud ")` → "SECRETARIA DE SALUD".
 */
export function normalizar(texto: string): string {
  return texto
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toUpperCase();
}

/** Header hints dropped before matching: "(diligenciar)", "(NO diligenciar)", "(lista desplegable)"… */
const PISTAS = /\((?:NO )?DILIGENCIAR\)|\(LISTA DESPLEGABLE\)|\(SOLO PARA VISUALIZAR\)|\(POR FAVOR[^)]*\)/g;

/** Normalised header text with hints removed: "AVANCE DE META P.A. 2026\n(diligenciar)" → "AVANCE DE META P.A. 2026". */
export function normalizarEncabezado(texto: string): string {
  return normalizar(normalizar(texto).replace(PISTAS, " "));
}
