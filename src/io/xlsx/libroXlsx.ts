/**
 * One or several .xlsx packages behind the application's ports (src/app/puertos.ts): the source
 * joins their grids, the writer grafts the report into the first package (the output is a copy of
 * the first file, SPEC §9). Each package is the one the reader unzipped. No Node APIs here.
 */
import type { EscritorPlan, FuenteLibro, LibroLeido } from "../../app/puertos";
import type { Libro } from "../../core/grid/libro";
import { escribirPaquete } from "./escritor";
import type { PaqueteXlsx } from "./lector";

/**
 * Several workbooks consolidate together: one Libro with every sheet, each sheet keeping its
 * file. Sheets a file owns (an earlier run's output) are dropped per file, since the same sheet
 * name may be a user sheet in another file.
 */
export function unirLibros(libros: readonly Libro[], nombres: readonly string[]): Libro {
  const [primero] = libros;
  if (!primero) throw new RangeError("unirLibros: ningún libro");
  if (libros.length === 1) return primero;
  const hojas = libros.flatMap((l, i) => {
    const propias = new Set(l.hojasPropias ?? []);
    return l.hojas.filter((h) => !propias.has(h.nombre)).map((h) => (h.archivo ? h : { ...h, archivo: nombres[i] ?? "" }));
  });
  return { hojas, cultura: primero.cultura, archivos: libros.flatMap((l, i) => l.archivos ?? [nombres[i] ?? ""]), hojasPropias: [] };
}

function leidoDe(paquetes: readonly PaqueteXlsx[]): LibroLeido {
  const [primero] = paquetes;
  if (!primero) throw new RangeError("libroXlsx: ningún archivo");
  return {
    libro: unirLibros(
      paquetes.map((p) => p.libro),
      paquetes.map((p) => p.nombre),
    ),
    propiedad: primero.propiedad,
    // exceljs reads every worksheet, owned ones included: these are all the names of the written file.
    hojasExistentes: primero.libro.hojas.map((h) => h.nombre),
    ajustesGuardados: paquetes.flatMap((p) => (p.ajustesGuardados === null ? [] : [{ archivo: p.nombre, texto: p.ajustesGuardados }])),
    avisos: paquetes.flatMap((p) => p.avisos),
  };
}

/**
 * The packages `abrir` gives (opened once, on the first read) as source and writer; `guardar`
 * receives the written copy of the first one. For one run: the writer changes that package in place.
 */
export function libroXlsx(abrir: () => Promise<readonly PaqueteXlsx[]>, guardar: (bytes: Uint8Array) => Promise<void>): FuenteLibro & EscritorPlan {
  let abiertos: Promise<readonly PaqueteXlsx[]> | null = null;
  const paquetes = (): Promise<readonly PaqueteXlsx[]> => (abiertos ??= abrir());
  return {
    leer: async () => leidoDe(await paquetes()),
    leerAjustes: async () => (await paquetes())[0]?.ajustesGuardados ?? null,
    escribir: async (plan, onProgress) => {
      const [primero] = await paquetes();
      if (!primero) throw new RangeError("libroXlsx: ningún archivo");
      await guardar(await escribirPaquete(primero.zip, plan));
      onProgress(1);
      return [];
    },
  };
}
