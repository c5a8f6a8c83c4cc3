/** Workbook-level proxies of the fake: the context, settings, culture, protection, Workbook.name. */
import type { AjusteExcel, AjustesExcel, AplicacionExcel, ColeccionNombresExcel, ContextoExcel, CulturaExcel, LibroExcel } from "../io/office/api";
import { ColeccionNombradaFalsa, ProxyFalso, propiedadDesconocida, type Cola, type Respuesta } from "./contexto";
import { falla } from "./errores";
import { HojasFalsas } from "./hojas";

class AjusteFalso extends ProxyFalso implements AjusteExcel {
  private valor: string | null | undefined;
  constructor(
    cola: Cola,
    private readonly clave: string,
    nuevo: string | null,
  ) {
    super(cola);
    cola.requiere("1.4", "SettingCollection");
    cola.encolar({ setting: clave, nuevo }, (r) => {
      if (nuevo !== null) cola.modelo.ajustes.set(clave, nuevo);
      this.valor = cola.modelo.ajustes.get(clave) ?? null;
      this.preparar(r, "isNullObject", this.valor === null);
    });
  }
  get isNullObject(): boolean {
    return this.leer("isNullObject");
  }
  get value(): unknown {
    return this.leer("value");
  }
  protected override esNulo(): boolean {
    return this.valor === null;
  }
  delete(): void {
    this.cola.encolar({ deleteSetting: true }, () => {
      if (this.valor !== null && this.valor !== undefined) this.cola.modelo.ajustes.delete(this.clave);
    });
  }
  load(spec: string): AjusteFalso {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    if (ruta.join("/") !== "value") return propiedadDesconocida(ruta);
    if (this.valor === null || this.valor === undefined) falla("ItemNotFound", "El ajuste no existe.");
    this.preparar(r, "value", this.valor);
  }
}

class CulturaFalsa extends ProxyFalso implements CulturaExcel {
  get name(): string {
    return this.leer("name");
  }
  get numberFormat(): CulturaExcel["numberFormat"] {
    return { numberDecimalSeparator: this.leer("decimal"), numberGroupSeparator: this.leer("miles") };
  }
  load(spec: string): CulturaFalsa {
    this.cola.requiere("1.11", "Application.cultureInfo");
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    const c = this.cola.servicios.opciones.cultura;
    const p = ruta.join("/");
    if (p === "name") this.preparar(r, "name", c.nombre);
    else if (p === "numberFormat/numberDecimalSeparator") this.preparar(r, "decimal", c.decimal);
    else if (p === "numberFormat/numberGroupSeparator") this.preparar(r, "miles", c.miles);
    else if (p === "numberFormat") {
      this.preparar(r, "decimal", c.decimal);
      this.preparar(r, "miles", c.miles);
    } else propiedadDesconocida(ruta);
  }
}

class ProteccionLibroFalsa extends ProxyFalso {
  get protected(): boolean {
    return this.leer("protected");
  }
  load(spec: string): unknown {
    this.cola.requiere("1.7", "WorkbookProtection");
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    if (ruta.join("/") !== "protected") return propiedadDesconocida(ruta);
    this.preparar(r, "protected", this.cola.modelo.protegido);
  }
}

/** Workbook.names (NamedItemCollection, ExcelApi 1.1): only `items/name` is modelled. */
class NombresFalsos extends ColeccionNombradaFalsa implements ColeccionNombresExcel {
  protected nombres(): readonly string[] {
    return this.cola.modelo.nombresDefinidos;
  }
}

class LibroFalso extends ProxyFalso implements LibroExcel {
  readonly worksheets: HojasFalsas;
  readonly names: NombresFalsos;
  readonly settings: AjustesExcel;
  readonly application: AplicacionExcel;
  readonly protection: ProteccionLibroFalsa;
  constructor(cola: Cola) {
    super(cola);
    this.worksheets = new HojasFalsas(cola);
    this.names = new NombresFalsos(cola);
    this.settings = {
      add: (clave, valor) => new AjusteFalso(cola, clave, valor),
      getItemOrNullObject: (clave) => new AjusteFalso(cola, clave, null),
    };
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        cola.requiere("1.6", "Application.suspendApiCalculationUntilNextSync");
        cola.encolar({ suspendApiCalculationUntilNextSync: true }, () => cola.modelo.calculoSuspendido++);
      },
      cultureInfo: new CulturaFalsa(cola),
    };
    this.protection = new ProteccionLibroFalsa(cola);
  }
  get name(): string {
    return this.leer("name");
  }
  load(spec: string): LibroFalso {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    if (ruta.join("/") !== "name") return propiedadDesconocida(ruta);
    this.cola.exigir("1.7", "Workbook.name");
    this.preparar(r, "name", this.cola.modelo.nombre);
  }
}

export class ContextoFalso implements ContextoExcel {
  readonly workbook: LibroExcel;
  readonly runtime: { enableEvents: boolean };
  constructor(private readonly cola: Cola) {
    this.workbook = new LibroFalso(cola);
    const servicios = cola.servicios;
    this.runtime = {
      get enableEvents(): boolean {
        return falla("PropertyNotLoaded", "enableEvents no cargada.");
      },
      set enableEvents(v: boolean) {
        cola.requiere("1.8", "Runtime.enableEvents");
        cola.encolar({ enableEvents: v }, () => (servicios.eventos = v));
      },
    };
  }
  sync(): Promise<void> {
    return this.cola.sync();
  }
}
