/**
 * Size limits of an .xlsx (issue 12, probe item 11): a 1,4 MB zip bomb inflated to 2,5 GB, and
 * `/dev/zero` was read until the machine ran out of memory. Sizes are checked before inflating —
 * the file, then the sizes the zip declares — and every part is inflated through a counter, so a
 * part that lies about its size stops at the limit instead of filling the memory. The same code
 * runs in the browser demo and the pane (no Node APIs). README «Límites» documents the numbers.
 */
import type JSZip from "jszip";
import { ErrorArchivo } from "../../../core/fallos";

const MB = 1024 * 1024;

/**
 * The largest .xlsx read (bytes on disk) and the most its parts may hold once inflated. A plan
 * of 50,000 metas is about 10 MB on disk and 120 MB inflated; one V8 string holds at most
 * 512 MB, and the browser must keep the grid besides.
 */
export const LIMITES = { archivo: 100 * MB, descomprimido: 400 * MB } as const;

/** "104857600" → "100 MB", for the Spanish messages. */
export function megas(bytes: number): string {
  return `${Math.round(bytes / MB)} MB`;
}

/** The file is larger than LIMITES.archivo: refused before reading it whole. */
export function comprobarTamanoArchivo(bytes: number, archivo: string): void {
  if (bytes > LIMITES.archivo) throw new ErrorArchivo("F-ARCHIVO-DEMASIADO-GRANDE", archivo, { detalle: `pesa más de ${megas(LIMITES.archivo)}` });
}

/** jszip keeps each entry's declared size in its private `_data` (a CompressedObject); absent for parts added in memory. */
function tamanoDeclarado(f: JSZip.JSZipObject): number {
  const datos = (f as unknown as { _data?: { uncompressedSize?: unknown } })._data;
  return typeof datos?.uncompressedSize === "number" ? datos.uncompressedSize : 0;
}

/**
 * Inflates the package's parts within LIMITES.descomprimido: what the zip declares is checked
 * first (no inflating at all for an honest bomb), then each part counts the bytes it really
 * inflates. One budget per package, shared by every part read through it.
 */
export class Inflador {
  private gastado = 0;

  /**
   * @param conservar parts whose inflated text replaces their entry in the package: the writer
   * later reads them from memory, never inflating an unchecked part.
   */
  constructor(
    private readonly zip: JSZip,
    private readonly archivo: string,
    private readonly conservar: (ruta: string) => boolean = () => false,
    private readonly limite: number = LIMITES.descomprimido,
  ) {
    const declarado = Object.values(zip.files).reduce((s, f) => s + tamanoDeclarado(f), 0);
    if (declarado > limite) throw this.error();
  }

  private error(): ErrorArchivo {
    return new ErrorArchivo("F-ARCHIVO-DEMASIADO-GRANDE", this.archivo, { detalle: `descomprimido ocuparía más de ${megas(this.limite)}` });
  }

  /** The part's text (UTF-8), or null when the package has no such part. */
  async texto(ruta: string): Promise<string | null> {
    const f = this.zip.file(ruta);
    if (f === null) return null;
    const trozos = await this.trozos(f);
    const todo = new Uint8Array(trozos.reduce((s, t) => s + t.length, 0));
    let i = 0;
    for (const t of trozos) {
      todo.set(t, i);
      i += t.length;
    }
    const texto = new TextDecoder("utf-8").decode(todo);
    if (this.conservar(ruta)) this.zip.file(ruta, texto);
    return texto;
  }

  private trozos(f: JSZip.JSZipObject): Promise<Uint8Array[]> {
    // internalStream is public jszip API (StreamHelper) missing from its typings.
    const flujo = (f as unknown as { internalStream(tipo: "uint8array"): JSZip.JSZipStreamHelper<Uint8Array> }).internalStream("uint8array");
    return new Promise((resolver, rechazar) => {
      const trozos: Uint8Array[] = [];
      flujo
        .on("data", (trozo) => {
          this.gastado += trozo.length;
          if (this.gastado > this.limite) {
            flujo.pause();
            rechazar(this.error());
            return;
          }
          trozos.push(trozo);
        })
        .on("error", rechazar)
        .on("end", () => resolver(trozos))
        .resume();
    });
  }
}
