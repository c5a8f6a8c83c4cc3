/** A JSON file named by a CLI option (--mapa, --grafico): its value, or why it cannot be read, as a code. */
import { promises as fs } from "node:fs";
import { parsearJson } from "../../app/correcciones";

export type MotivoJson = "NO-EXISTE" | "ES-CARPETA" | "ILEGIBLE" | "JSON";

/**
 * Reads and parses the file; `fallo` turns a reason (and the parser's detail) into the option's error.
 * @example const valor = await leerArchivoJson("graficos.json", (m, d, causa) => new ErrorArchivoGraficos(`F-GRAFICOS-${m}`, ruta, d, { cause: causa }))
 */
export async function leerArchivoJson(ruta: string, fallo: (motivo: MotivoJson, detalle: string, causa?: unknown) => Error): Promise<unknown> {
  let texto: string;
  try {
    texto = await fs.readFile(ruta, "utf8");
  } catch (e) {
    const codigo = (e as NodeJS.ErrnoException).code;
    throw fallo(codigo === "ENOENT" || codigo === "ENOTDIR" ? "NO-EXISTE" : codigo === "EISDIR" ? "ES-CARPETA" : "ILEGIBLE", "", e);
  }
  // a BOM is what Notepad writes first
  const leido = parsearJson(texto.replace(/^\uFEFF/, ""));
  if ("detalle" in leido) throw fallo("JSON", leido.detalle);
  return leido.valor;
}
