/**
 * The dependencies' files consolidated with the open workbook (issue 14): each dependency fills
 * its own copy and sends it back, and the planning office adds them beside the workbook it
 * consolidates. The pane and the CLI (`seguimiento consolidar a.xlsx b.xlsx …`) share this source.
 */
import { type Ajustes, type Consolidacion, consolidar, ErrorCancelado, unirLibros } from "../core";
import type { AjustesDeLibro } from "./consolidar";
import { correccionesDeLibros } from "./correcciones";
import { mensajeError } from "./errores";
import type { AjustesGuardados, FuenteLibro, LibroLeido } from "./puertos";
import type { OpcionesConsolidar } from "./tipos";

/** A file added beside the open workbook: read on demand, never written. */
export interface ArchivoAgregado {
  readonly nombre: string;
  /** Throws the reader's failure (ErrorArchivo: corrupt, not .xlsx, too big…) when it cannot. */
  leer(): Promise<LibroLeido>;
}

/** calcularLibro reports "leer" from 0 and "calcular" at 0.25: the files share the span between. */
const FRACCION_LECTURA = 0.25;

/** Why a file was left out, said so that the run's other files are known to be in (Spanish). */
function avisoArchivoOmitido(nombre: string, e: unknown): string {
  return `«${nombre}» no se pudo leer: ${mensajeError(e)} Se omitió; los demás archivos se consolidaron.`;
}

/**
 * `fuente` (the workbook written to) with `archivos` joined to it: one grid whose sheets keep
 * their file, so findings and Resumen's «Fuentes leídas» name each one. The files are read one
 * after the other, with progress per file and the cancellation checked between files; a file
 * that cannot be read is left out with a notice, never stopping the others. The ownership record
 * and the sheet names are the written workbook's only.
 * @example await calcularLibro(conArchivos(libroAbierto, [salud, gobierno], opciones), ajustes, opciones)
 */
export function conArchivos(fuente: FuenteLibro, archivos: readonly ArchivoAgregado[], opciones: OpcionesConsolidar = {}): FuenteLibro {
  if (archivos.length === 0) return fuente;
  const cancelado = (): void => {
    if (opciones.signal?.aborted) throw new ErrorCancelado();
  };
  return {
    // The open workbook's settings rule: settings saved inside an added file are not applied over
    // them (one run, one vigencia and semáforo); only an added file's corrections reach its sheets.
    leerAjustes: () => fuente.leerAjustes(),
    leer: async () => {
      const abierto = await fuente.leer();
      const leidos: LibroLeido[] = [];
      const nombres: string[] = [];
      const avisos = [...abierto.avisos];
      for (const [i, archivo] of archivos.entries()) {
        cancelado();
        const texto = `Leyendo «${archivo.nombre}» (${i + 1} de ${archivos.length})…`;
        opciones.onProgress?.({ etapa: "leer", fraccion: (FRACCION_LECTURA * i) / archivos.length, texto });
        try {
          const leido = await archivo.leer();
          leidos.push(leido);
          nombres.push(archivo.nombre);
          avisos.push(...leido.avisos);
        } catch (e) {
          if (e instanceof ErrorCancelado) throw e;
          avisos.push(avisoArchivoOmitido(archivo.nombre, e));
        }
      }
      cancelado();
      return {
        libro: unirLibros([abierto.libro, ...leidos.map((l) => l.libro)], [abierto.libro.archivos?.[0] ?? "", ...nombres]),
        propiedad: abierto.propiedad,
        hojasExistentes: abierto.hojasExistentes,
        ajustesGuardados: [...abierto.ajustesGuardados, ...leidos.flatMap((l) => l.ajustesGuardados)],
        avisos,
      };
    },
  };
}

/**
 * The run's settings with the corrections saved in the workbooks read (SPEC §3.7; the first
 * workbook that corrects a sheet keeps it), `ajustes.correcciones` over them for the sheets they
 * name, and a notice per workbook whose saved corrections are damaged.
 */
export function ajustesConGuardadas(ajustes: Ajustes, guardados: readonly AjustesGuardados[]): { readonly ajustes: Ajustes; readonly avisos: string[] } {
  const { correcciones, avisos } = correccionesDeLibros(guardados, ajustes.correcciones ?? []);
  return { ajustes: correcciones.length > 0 ? { ...ajustes, correcciones } : ajustes, avisos };
}

/**
 * The settings of a run over the open workbook and `archivos`: with added files, the corrections
 * saved in them reach their sheets (the open workbook's own win); without, `ajustes` as they are.
 */
export function ajustesDeLaCorrida(ajustes: Ajustes, archivos: readonly ArchivoAgregado[]): AjustesDeLibro {
  return archivos.length === 0 ? ajustes : (leido) => ajustesConGuardadas(ajustes, leido.ajustesGuardados).ajustes;
}

/** What the pane shows of one added file: its recognition and findings alone, or why it cannot be read. */
export type RevisionArchivo =
  | { readonly nombre: string; readonly ok: true; readonly consolidacion: Consolidacion; readonly avisos: readonly string[] }
  | { readonly nombre: string; readonly ok: false; readonly motivo: string };

/** Reads one added file and validates it alone with the run's settings (and its own saved corrections). */
export async function revisarArchivo(archivo: ArchivoAgregado, ajustes: Ajustes): Promise<RevisionArchivo> {
  let leido: LibroLeido;
  try {
    leido = await archivo.leer();
  } catch (e) {
    return { nombre: archivo.nombre, ok: false, motivo: mensajeError(e) };
  }
  const conGuardadas = ajustesConGuardadas(ajustes, leido.ajustesGuardados);
  return { nombre: archivo.nombre, ok: true, consolidacion: consolidar(leido.libro, conGuardadas.ajustes), avisos: [...leido.avisos, ...conGuardadas.avisos] };
}
