/**
 * The request context of the fake: a queue of operations applied only at sync(), as Office.js
 * does. Each proxy call appends an operation whose JSON (the request) is metered; loads stage
 * their values (the response) and become readable only after a successful sync.
 */
import type { ContextoExcel } from "../io/office/api";
import { ErrorOfficeFalso, falla } from "./errores";
import { avisarCambios, type Suscripcion } from "./eventos";
import type { HojaModelo, LibroModelo } from "./modelo";
import { BYTES_POR_ACCION, LIMITE_PAYLOAD, versionAlcanza, type OpcionesFalso, type RegistroSync } from "./opciones";

interface Operacion {
  readonly json: unknown;
  readonly ejecutar: (r: Respuesta) => void;
  /** The fake's own check (API version): no action of Office.js, so neither metered nor counted. */
  readonly interna?: boolean;
}

/** What loads return during one sync; committed only if the whole sync succeeds. */
export class Respuesta {
  bytes = 0;
  private readonly confirmaciones: (() => void)[] = [];
  /** `bytes` given for proxy lists, whose members meter their own properties. */
  agregar(valor: unknown, confirmar: () => void, bytes?: number): void {
    this.bytes += bytes ?? JSON.stringify(valor ?? null).length;
    this.confirmaciones.push(confirmar);
  }
  confirmar(): void {
    for (const c of this.confirmaciones) c();
  }
}

export interface Servicios {
  readonly modelo: LibroModelo;
  readonly opciones: OpcionesFalso;
  readonly registro: RegistroSync[];
  /** context.runtime.enableEvents as the add-in left it. */
  eventos: boolean;
  readonly suscripciones: Suscripcion[];
  siguienteSync(): number;
  /** A request context over `cola` (the one change events hand their handler). */
  contexto(cola: Cola): ContextoExcel;
}

export class Cola {
  private ops: Operacion[] = [];
  /** Cells changed by the batch being applied, for change events. */
  private cambios: { hoja: HojaModelo; direccion: string }[] = [];
  cerrado = false;
  constructor(readonly servicios: Servicios) {}

  get modelo(): LibroModelo {
    return this.servicios.modelo;
  }

  encolar(json: unknown, ejecutar: (r: Respuesta) => void = () => undefined): void {
    if (this.cerrado) falla("InvalidRequestContext", "El objeto pertenece a un contexto que ya terminó.");
    this.ops.push({ json, ejecutar });
  }

  /** An API newer than the host: Office.js fails the batch with ApiNotFound. */
  requiere(version: string, api: string): void {
    if (this.cerrado) falla("InvalidRequestContext", "El objeto pertenece a un contexto que ya terminó.");
    this.ops.push({ json: null, ejecutar: () => this.exigir(version, api), interna: true });
  }

  /** The same check while a batch executes. */
  exigir(version: string, api: string): void {
    if (!versionAlcanza(this.servicios.opciones.versionApi, version)) falla("ApiNotFound", `La API ${api} requiere ExcelApi ${version}.`, api);
  }

  /** Events are raised as changes happen: none while the add-in has them disabled. */
  cambio(hoja: HojaModelo, direccion: string): void {
    if (this.servicios.eventos) this.cambios.push({ hoja, direccion });
  }

  get pendientes(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    // A round trip: the caller's code after sync() always runs later, as with a real host.
    await Promise.resolve();
    const ops = this.ops;
    this.ops = [];
    const { opciones, registro } = this.servicios;
    const numero = this.servicios.siguienteSync();
    if (opciones.colgarEnSync === numero) await new Promise<never>(() => undefined);
    const acciones = ops.filter((o) => o.interna !== true);
    const bytesPeticion = acciones.reduce((s, o) => s + JSON.stringify(o.json).length + BYTES_POR_ACCION, 2);
    const respuesta = new Respuesta();
    let error: string | null = null;
    try {
      if (opciones.edicion) falla("InvalidOperationInCellEditMode", "Excel está en modo de edición de celda.");
      if (opciones.fallarEnSync?.n === numero) falla(opciones.fallarEnSync.codigo, `Falla inyectada en la sincronización ${numero}.`);
      if (opciones.modo === "web" && bytesPeticion > LIMITE_PAYLOAD) falla("RequestPayloadSizeLimitExceeded", "La solicitud supera el límite de 5 MB.");
      // Excel applies a batch in order and does not roll back on failure.
      const rota = opciones.fallarEnOperacion?.sync === numero ? opciones.fallarEnOperacion : null;
      let n = 0;
      for (const op of ops) {
        if (op.interna !== true && rota?.operacion === ++n) falla(rota.codigo, `Falla inyectada en la operación ${n} de la sincronización ${numero}.`);
        op.ejecutar(respuesta);
      }
      if (opciones.modo === "web" && respuesta.bytes > LIMITE_PAYLOAD) falla("ResponsePayloadSizeLimitExceeded", "La respuesta supera el límite de 5 MB.");
      respuesta.confirmar();
      avisarCambios(this.servicios.suscripciones, this.cambios, "ThisLocalAddin");
    } catch (e) {
      error = e instanceof ErrorOfficeFalso ? e.code : "GeneralException";
      throw e instanceof ErrorOfficeFalso
        ? e
        : new ErrorOfficeFalso("GeneralException", `Error interno: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    } finally {
      this.servicios.modelo.recalcular();
      this.cambios = [];
      registro.push({ numero, bytesPeticion, bytesRespuesta: respuesta.bytes, operaciones: acciones.length, error });
      opciones.entreSyncs?.(numero);
    }
  }
}

/** Base of every proxy: loaded values readable only after load + sync. */
export abstract class ProxyFalso {
  private readonly cargados = new Map<string, unknown>();
  constructor(protected readonly cola: Cola) {}

  protected leer<T>(propiedad: string): T {
    if (!this.cargados.has(propiedad))
      falla("PropertyNotLoaded", `La propiedad '${propiedad}' no está disponible. Antes de leerla, llame a load() y a context.sync().`, propiedad);
    return this.cargados.get(propiedad) as T;
  }

  /** Called while a sync executes: stage a value for `propiedad`. */
  protected preparar(r: Respuesta, propiedad: string, valor: unknown, bytes?: number): void {
    r.agregar(valor, () => this.cargados.set(propiedad, valor), bytes);
  }

  /** True for a *OrNullObject proxy that resolved to nothing. */
  protected esNulo(): boolean {
    return false;
  }

  private readonly itemsPorCarga = new WeakMap<Respuesta, ProxyFalso[]>();

  /**
   * A collection's `items/…` paths: every path of one load ("items/name,items/style") fills
   * the same item proxies, created once per load and readable as `items` after the sync.
   */
  protected cargarItems<T extends ProxyFalso>(r: Respuesta, ruta: readonly string[], crear: () => T[]): void {
    if (ruta[0] !== "items") return propiedadDesconocida(ruta);
    let items = this.itemsPorCarga.get(r) as T[] | undefined;
    if (!items) {
      items = crear();
      this.itemsPorCarga.set(r, items);
      this.preparar(r, "items", items, 2);
    }
    if (ruta.length > 1) for (const i of items) i.cargarRuta(r, ruta.slice(1));
  }

  /** Load a scalar property or navigate (`items/name`, `protection/protected`). */
  abstract cargarRuta(r: Respuesta, ruta: readonly string[]): void;

  protected encolarCarga(spec: string): void {
    const rutas = spec
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== "")
      .map((s) => s.split("/"));
    if (rutas.length === 0) falla("InvalidArgument", "load() sin propiedades.");
    this.cola.encolar({ load: spec }, (r) => {
      // Loading a null object is not an error: its properties just stay unavailable.
      if (this.esNulo()) return;
      for (const ruta of rutas) this.cargarRuta(r, ruta);
    });
  }
}

export function propiedadDesconocida(ruta: readonly string[]): never {
  return falla("InvalidArgument", `Propiedad desconocida: ${ruta.join("/")}`);
}

/** A collection of which only `items/name` is modelled (Workbook.names, Worksheet.charts). */
export abstract class ColeccionNombradaFalsa extends ProxyFalso {
  /** The names the collection holds when the load runs. */
  protected abstract nombres(): readonly string[];
  get items(): { readonly name: string }[] {
    return this.leer("items");
  }
  load(spec: string): this {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    if (ruta.join("/") !== "items/name") return propiedadDesconocida(ruta);
    this.preparar(
      r,
      "items",
      this.nombres().map((name) => ({ name })),
    );
  }
}
