/**
 * One or several .xlsx packages behind the application's ports (src/app/puertos.ts): the source
 * joins their grids, the writer grafts the report into the first package (the output is a copy of
 * the first file, SPEC §9). Each package is the one the reader unzipped. No Node APIs here.
 */
import type { EscritorPlan, FuenteLibro, LibroLeido } from "../../app/puertos";
import { unirLibros } from "../../core/grid/unirLibros";
import { escribirPaquete } from "./escritor";
import type { PaqueteXlsx } from "./lector";

/** What a run reads from opened packages: the first is the one written to (its sheet names, its ownership record). */
export function leidoDe(paquetes: readonly PaqueteXlsx[]): LibroLeido {
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
