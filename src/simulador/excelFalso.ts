/**
 * The fake Excel: an in-memory workbook behind proxies with Office.js semantics, used by the
 * adapter tests and the browser demo. `run` is Excel.run-compatible; `soporta` answers
 * isSetSupported("ExcelApi", v) for the configured version.
 */
import type { Libro } from "../core/grid/libro";
import type { ContextoExcel, EntornoExcel } from "../io/office/api";
import { Cola, type Servicios } from "./contexto";
import { ContextoFalso } from "./libro";
import { HojaModelo, LibroModelo } from "./modelo";
import { OPCIONES_POR_DEFECTO, versionAlcanza, type OpcionesFalso, type RegistroSync } from "./opciones";
import { instantanea, type Instantanea } from "./instantanea";
import { avisarCambios, type Suscripcion } from "./eventos";
import { cajaDe, escribirCelda } from "./valores";

export class ExcelFalso implements Servicios {
  readonly modelo = new LibroModelo();
  readonly opciones: OpcionesFalso;
  readonly registro: RegistroSync[] = [];
  eventos = true;
  readonly suscripciones: Suscripcion[] = [];
  private syncs = 0;

  constructor(opciones: Partial<OpcionesFalso> = {}) {
    this.opciones = { ...OPCIONES_POR_DEFECTO, ...opciones };
  }

  siguienteSync(): number {
    return ++this.syncs;
  }
  get totalSyncs(): number {
    return this.syncs;
  }

  contexto(cola: Cola): ContextoExcel {
    return new ContextoFalso(cola);
  }

  /** Excel.run: a fresh request context whose proxies die with the batch. */
  readonly run = async <T>(lote: (ctx: ContextoExcel) => Promise<T>): Promise<T> => {
    const cola = new Cola(this);
    try {
      const r = await lote(this.contexto(cola));
      // Excel.run flushes what the batch left queued; with nothing queued there is no round trip.
      if (cola.pendientes > 0) await cola.sync();
      return r;
    } finally {
      cola.cerrado = true;
    }
  };

  readonly soporta = (version: string): boolean => versionAlcanza(this.opciones.versionApi, version);

  get entorno(): EntornoExcel {
    return { run: this.run, soporta: this.soporta };
  }

  /** Seed from the core's grid snapshot (e.g. leerXlsx's output). */
  cargarLibro(libro: Libro): this {
    const archivo = libro.archivos?.[0];
    if (archivo !== undefined) this.modelo.nombre = archivo;
    for (const h of libro.hojas) {
      const m = new HojaModelo(h.nombre);
      m.valores = h.valores.map((fila) => fila.map((v) => v));
      if (h.formatos) m.formatos = h.formatos.map((fila) => fila.map((f) => f ?? undefined));
      m.combinadas = [...h.combinadas];
      if (h.visible === false) m.visibilidad = "Hidden";
      this.modelo.hojas.push(m);
    }
    return this;
  }

  /** The user types `valor` into `celda` (demo and tests): the change events fire. */
  editarCelda(hoja: string, celda: string, valor: string | number | boolean | null): void {
    const h = this.hoja(hoja);
    const { fila, columna } = cajaDe(celda);
    escribirCelda(h, fila, columna, valor === null ? "" : valor);
    avisarCambios(this.suscripciones, [{ hoja: h, direccion: celda }], "Unknown");
  }

  /** A user sheet, as if typed by hand (tests and the demo). */
  agregarHoja(nombre: string, valores: HojaModelo["valores"] = []): HojaModelo {
    const h = new HojaModelo(nombre);
    h.valores = valores;
    this.modelo.hojas.push(h);
    return h;
  }

  hoja(nombre: string): HojaModelo {
    const h = this.modelo.buscar(nombre);
    if (!h) throw new RangeError(`El simulador no tiene la hoja ${nombre}`);
    return h;
  }

  instantanea(): Instantanea {
    return instantanea(this.modelo);
  }

  /** Syncs since `desde` (a totalSyncs reading). */
  syncsDesde(desde: number): readonly RegistroSync[] {
    return this.registro.filter((r) => r.numero > desde);
  }
}

/**
 * Seed a fake from .xlsx bytes through the project's xlsx reader (`leerXlsx`), passed in so the
 * demo loads exceljs only when a file is opened.
 */
export async function excelFalsoDesdeXlsx(
  datos: ArrayBuffer | Uint8Array,
  nombreArchivo: string,
  leerXlsx: (datos: ArrayBuffer | Uint8Array, nombreArchivo: string) => Promise<Libro>,
  opciones: Partial<OpcionesFalso> = {},
): Promise<ExcelFalso> {
  return new ExcelFalso(opciones).cargarLibro(await leerXlsx(datos, nombreArchivo));
}
