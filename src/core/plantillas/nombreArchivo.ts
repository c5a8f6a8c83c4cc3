/**
 * The file name of a dependency's template. ASCII only, lower case, words joined by "-": the
 * names travel by e-mail and inside a .zip, where accents and spaces are mangled by some clients
 * and Windows refuses \ / : * ? " < > | and names such as CON or NUL.
 */

const LARGO_MAXIMO = 60;

function slug(texto: string): string {
  return texto
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, LARGO_MAXIMO)
    .replace(/-+$/, "");
}

/**
 * One safe name per dependency, in order; two dependencies that reduce to the same text are numbered.
 * @example nombresArchivoPlantilla(["Secretaría de Salud", "SECRETARIA DE SALUD"]) // ["plantilla-secretaria-de-salud.xlsx", "plantilla-secretaria-de-salud-2.xlsx"]
 */
export function nombresArchivoPlantilla(dependencias: readonly string[]): string[] {
  const usados = new Set<string>();
  return dependencias.map((d) => {
    const base = `plantilla-${slug(d) || "sin-nombre"}`;
    let nombre = base;
    for (let n = 2; usados.has(nombre); n++) nombre = `${base}-${n}`;
    usados.add(nombre);
    return `${nombre}.xlsx`;
  });
}
