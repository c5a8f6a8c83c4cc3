/** Worksheet, worksheet collection, table and change-event proxies of the fake. */
import type {
  ColeccionGraficosExcel,
  ColeccionHojasExcel,
  ColeccionTablasHojaExcel,
  ContextoExcel,
  GraficoExcel,
  HojaExcel,
  RangoExcel,
  TablaExcel,
} from "../io/office/api";
import { ColeccionNombradaFalsa, ProxyFalso, propiedadDesconocida, type Cola, type Respuesta } from "./contexto";
import { falla } from "./errores";
import { GraficoFalso, graficoNuevo } from "./graficos";
import { HojaModelo, type TablaModelo } from "./modelo";
import { RangoFalso, editable, vigente } from "./rangos";
import { a1De, cajaDe, escribirCelda, validarNombreHoja } from "./valores";
import type { ManejadorCambio } from "./eventos";

/** OfficeExtension.EventHandlers: registration and removal take effect at sync. */
class EventoCambiosFalso {
  constructor(
    private readonly cola: Cola,
    private readonly version: string,
    private readonly hoja: (() => HojaModelo) | null,
  ) {}
  add(manejador: ManejadorCambio): { readonly context: ContextoExcel; remove(): void } {
    const cola = this.cola;
    cola.requiere(this.version, "onChanged");
    const s = { hoja: null as HojaModelo | null, manejador, activa: false };
    cola.encolar({ addHandler: "onChanged" }, () => {
      Object.assign(s, { hoja: this.hoja ? this.hoja() : null, activa: true });
      cola.servicios.suscripciones.push(s);
    });
    return {
      context: cola.servicios.contexto(cola),
      // Office.js removes at the next sync of the registering context; the fake removes at once.
      remove: () => void (s.activa = false),
    };
  }
}

class TablaFalsa extends ProxyFalso implements TablaExcel {
  tabla: TablaModelo | null = null;
  private t(): TablaModelo {
    return this.tabla ?? falla("ItemNotFound", "La tabla no existe.");
  }
  get name(): string {
    return this.leer("name");
  }
  set name(n: string) {
    this.cola.encolar({ set: "table.name", n }, () => {
      if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(n)) falla("InvalidArgument", `Nombre de tabla no válido: ${n}`);
      const otra = this.cola.modelo.hojas.flatMap((h) => h.tablas).find((x) => x.nombre.toLowerCase() === n.toLowerCase());
      if (otra && otra !== this.t()) falla("ItemAlreadyExists", `Ya existe una tabla llamada ${n}.`);
      // Table names and defined names share one namespace.
      if (this.cola.modelo.nombresDefinidos.some((x) => x.toLowerCase() === n.toLowerCase())) falla("ItemAlreadyExists", `Ya existe un nombre definido ${n}.`);
      this.t().nombre = n;
    });
  }
  get style(): string {
    return this.leer("style");
  }
  set style(s: string) {
    this.cola.encolar({ set: "table.style", s }, () => (this.t().estilo = s));
  }
  get showTotals(): boolean {
    return this.leer("showTotals");
  }
  set showTotals(b: boolean) {
    this.cola.encolar({ set: "table.showTotals", b }, () => (this.t().totales = b));
  }
  delete(): void {
    this.cola.encolar({ delete: "table" }, () => {
      const t = this.t();
      for (const h of this.cola.modelo.hojas) {
        const i = h.tablas.indexOf(t);
        if (i >= 0) h.tablas.splice(i, 1);
      }
    });
  }
  load(spec: string): TablaFalsa {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    const t = this.t();
    if (ruta.length !== 1) propiedadDesconocida(ruta);
    if (ruta[0] === "name") this.preparar(r, "name", t.nombre);
    else if (ruta[0] === "style") this.preparar(r, "style", t.estilo);
    else if (ruta[0] === "showTotals") this.preparar(r, "showTotals", t.totales);
    else propiedadDesconocida(ruta);
  }
}

class TablasHojaFalsas extends ProxyFalso implements ColeccionTablasHojaExcel {
  constructor(
    cola: Cola,
    private readonly hoja: () => HojaModelo,
  ) {
    super(cola);
  }
  get items(): TablaExcel[] {
    return this.leer("items");
  }
  add(rango: RangoExcel | string, conEncabezados: boolean): TablaExcel {
    const t = new TablaFalsa(this.cola);
    this.cola.encolar({ addTable: typeof rango === "string" ? rango : "range", conEncabezados }, () => {
      const hoja = editable(this.hoja());
      const caja = typeof rango === "string" ? cajaDe(rango) : (rango as RangoFalso).destino().caja;
      const usados = new Set(this.cola.modelo.hojas.flatMap((h) => h.tablas.map((x) => x.nombre)));
      let n = 1;
      while (usados.has(`Tabla${n}`)) n++;
      t.tabla = { nombre: `Tabla${n}`, rango: a1De(caja), estilo: "TableStyleMedium2", totales: false };
      hoja.tablas.push(t.tabla);
      if (conEncabezados) encabezadosUnicos(hoja, caja);
    });
    return t;
  }
  load(spec: string): TablasHojaFalsas {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    this.cargarItems(r, ruta, () =>
      this.hoja().tablas.map((tm) => {
        const t = new TablaFalsa(this.cola);
        t.tabla = tm;
        return t;
      }),
    );
  }
}

/** ChartCollection: add, getItem(name).delete(), items/name. */
class GraficosHojaFalsos extends ColeccionNombradaFalsa implements ColeccionGraficosExcel {
  constructor(
    cola: Cola,
    private readonly hoja: () => HojaModelo,
  ) {
    super(cola);
  }
  protected nombres(): readonly string[] {
    return this.hoja().graficos.map((g) => g.nombre);
  }
  add(tipo: "BarClustered" | "ColumnClustered" | "Line" | "Pie", fuente: RangoExcel): GraficoExcel {
    return new GraficoFalso(this.cola, () => {
      const hoja = editable(this.hoja());
      const { hoja: hf, caja } = (fuente as RangoFalso).destino();
      const g = graficoNuevo(tipo, { hoja: hf, rango: a1De(caja) }, caja.columnas);
      hoja.graficos.push(g);
      return g;
    });
  }
  getItem(nombre: string): { delete(): void } {
    return {
      delete: () =>
        this.cola.encolar({ deleteChart: nombre }, () => {
          const hoja = editable(this.hoja());
          const i = hoja.graficos.findIndex((g) => g.nombre === nombre);
          if (i < 0) falla("ItemNotFound", `No existe el gráfico ${nombre}.`);
          hoja.graficos.splice(i, 1);
        }),
    };
  }
}

/**
 * Excel makes a table's headers unique and non-empty when it creates the table: an empty header
 * becomes "Column1", a repeated one gets a number ("Meta" → "Meta2"), silently changing the cell.
 */
function encabezadosUnicos(hoja: HojaModelo, caja: { fila: number; columna: number; columnas: number }): void {
  const vistos = new Set<string>();
  for (let c = 0; c < caja.columnas; c++) {
    const v = hoja.valor(caja.fila, caja.columna + c);
    const base = v === null || v === "" ? `Column${c + 1}` : typeof v === "object" ? v.error : String(v);
    let texto = base;
    for (let n = 2; vistos.has(texto.toLowerCase()); n++) texto = `${base}${n}`;
    vistos.add(texto.toLowerCase());
    if (texto !== v) escribirCelda(hoja, caja.fila, caja.columna + c, texto);
  }
}

export class HojaFalsa extends ProxyFalso implements HojaExcel {
  private modelo: HojaModelo | null | undefined;
  readonly protection: { readonly protected: boolean; load(spec: string): unknown };
  readonly freezePanes: HojaExcel["freezePanes"];
  readonly tables: TablasHojaFalsas;
  readonly charts: GraficosHojaFalsos;
  readonly onChanged: EventoCambiosFalso;

  constructor(cola: Cola, resolver: (() => HojaModelo | null) | HojaModelo, json: unknown) {
    super(cola);
    if (resolver instanceof HojaModelo) this.modelo = resolver;
    else
      cola.encolar(json, (r) => {
        this.modelo = resolver();
        this.preparar(r, "isNullObject", this.modelo === null);
      });
    const leer = (): boolean => this.leer("protection/protected");
    const cargar = (): void => this.encolarCarga("protection/protected");
    this.protection = {
      get protected(): boolean {
        return leer();
      },
      load(): unknown {
        cargar();
        return this;
      },
    };
    const congelar = (filas: number, columnas: number): void => {
      cola.requiere("1.7", "WorksheetFreezePanes");
      cola.encolar({ freeze: [filas, columnas] }, () => (editable(this.hoja()).inmovilizar = { filas, columnas }));
    };
    this.freezePanes = {
      unfreeze: () => {
        cola.requiere("1.7", "WorksheetFreezePanes");
        cola.encolar({ unfreeze: true }, () => (editable(this.hoja()).inmovilizar = null));
      },
      freezeRows: (n = 1) => congelar(n, 0),
      freezeColumns: (n = 1) => congelar(0, n),
      freezeAt: (rango: RangoExcel | string) => {
        if (typeof rango === "string") {
          const c = cajaDe(rango);
          congelar(c.fila + c.filas, c.columna + c.columnas);
        } else {
          cola.requiere("1.7", "WorksheetFreezePanes");
          cola.encolar({ freezeAt: true }, () => {
            const { caja } = (rango as RangoFalso).destino();
            editable(this.hoja()).inmovilizar = { filas: caja.fila + caja.filas, columnas: caja.columna + caja.columnas };
          });
        }
      },
    };
    this.tables = new TablasHojaFalsas(cola, () => this.hoja());
    this.onChanged = new EventoCambiosFalso(cola, "1.7", () => this.hoja());
    this.charts = new GraficosHojaFalsos(cola, () => this.hoja());
  }

  protected override esNulo(): boolean {
    return this.modelo === null;
  }

  hoja(): HojaModelo {
    if (!this.modelo) return falla("ItemNotFound", "La hoja no existe.");
    return vigente(this.modelo);
  }

  get isNullObject(): boolean {
    return this.leer("isNullObject");
  }
  get name(): string {
    return this.leer("name");
  }
  set name(n: string) {
    this.cola.encolar({ set: "name", n }, () => {
      const h = this.hoja();
      validarNombreHoja(n);
      if (this.cola.modelo.protegido) falla("AccessDenied", "La estructura del libro está protegida.");
      const otra = this.cola.modelo.buscar(n);
      if (otra && otra !== h) falla("ItemAlreadyExists", `Ya existe una hoja llamada '${n}'.`);
      this.cola.modelo.renombrarReferencias(h.nombre, n);
      h.nombre = n;
    });
  }
  get position(): number {
    return this.leer("position");
  }
  get visibility(): "Visible" | "Hidden" | "VeryHidden" {
    return this.leer("visibility");
  }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") {
    this.cola.requiere("1.2", "Worksheet.visibility");
    this.cola.encolar({ set: "visibility", v }, () => {
      const h = this.hoja();
      if (v !== "Visible" && h.visibilidad === "Visible" && this.cola.modelo.hojas.filter((x) => x.visibilidad === "Visible").length <= 1)
        falla("InvalidOperation", "Un libro debe tener al menos una hoja visible.");
      h.visibilidad = v;
    });
  }
  get id(): string {
    return this.leer("id");
  }
  getRange(a1?: string): RangoExcel {
    return new RangoFalso(
      this.cola,
      () => ({ hoja: this.hoja(), caja: a1 === undefined ? { fila: 0, columna: 0, filas: 1048576, columnas: 16384 } : cajaDe(a1) }),
      { getRange: a1 ?? null },
    );
  }
  getRangeByIndexes(fila: number, columna: number, filas: number, columnas: number): RangoExcel {
    this.cola.requiere("1.7", "Worksheet.getRangeByIndexes");
    return new RangoFalso(
      this.cola,
      () => {
        if (fila < 0 || columna < 0 || filas < 1 || columnas < 1) falla("InvalidArgument", "Índices de rango no válidos.");
        return { hoja: this.hoja(), caja: { fila, columna, filas, columnas } };
      },
      { getRangeByIndexes: [fila, columna, filas, columnas] },
    );
  }
  getUsedRangeOrNullObject(soloValores = false): RangoExcel {
    this.cola.requiere("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new RangoFalso(
      this.cola,
      () => {
        const hoja = this.hoja();
        const caja = hoja.usado(soloValores);
        return caja ? { hoja, caja } : null;
      },
      { getUsedRangeOrNullObject: soloValores },
    );
  }
  activate(): void {
    this.cola.encolar({ activate: true }, () => (this.cola.modelo.seleccion = { hoja: this.hoja().nombre, rango: "A1" }));
  }
  delete(): void {
    this.cola.encolar({ delete: true }, () => {
      const h = this.hoja();
      const m = this.cola.modelo;
      if (m.protegido) falla("AccessDenied", "La estructura del libro está protegida.");
      if (m.hojas.filter((x) => x.visibilidad === "Visible").length <= 1 && h.visibilidad === "Visible")
        falla("InvalidOperation", "Un libro debe tener al menos una hoja visible.");
      // Assumed from reports of delete() failing on very hidden sheets: make it Hidden first.
      if (h.visibilidad === "VeryHidden") falla("InvalidOperation", "No se puede eliminar una hoja muy oculta.");
      h.eliminada = true;
      m.hojas = m.hojas.filter((x) => x !== h);
      m.romperReferencias(h.nombre);
    });
  }
  copy(): HojaExcel {
    this.cola.requiere("1.7", "Worksheet.copy");
    return new HojaFalsa(
      this.cola,
      () => {
        const origen = this.hoja();
        const m = this.cola.modelo;
        if (m.protegido) falla("AccessDenied", "La estructura del libro está protegida.");
        let n = 2;
        while (m.buscar(`${origen.nombre} (${n})`)) n++;
        const h = m.copiar(origen, `${origen.nombre} (${n})`);
        m.hojas.push(h);
        return h;
      },
      { copy: true },
    );
  }
  load(spec: string): HojaFalsa {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    const h = this.hoja();
    const p = ruta.join("/");
    if (p === "name") this.preparar(r, p, h.nombre);
    else if (p === "id") this.preparar(r, p, h.id);
    else if (p === "position") this.preparar(r, p, this.cola.modelo.hojas.indexOf(h));
    else if (p === "visibility") this.preparar(r, p, h.visibilidad);
    else if (p === "protection/protected") this.preparar(r, p, h.protegida);
    else if (ruta[0] === "tables") this.tables.cargarRuta(r, ruta.slice(1));
    else if (ruta[0] === "charts") this.charts.cargarRuta(r, ruta.slice(1));
    else propiedadDesconocida(ruta);
  }
}

export class HojasFalsas extends ProxyFalso implements ColeccionHojasExcel {
  readonly onChanged = new EventoCambiosFalso(this.cola, "1.9", null);
  get items(): HojaExcel[] {
    return this.leer("items");
  }
  add(nombre?: string): HojaExcel {
    return new HojaFalsa(
      this.cola,
      () => {
        const m = this.cola.modelo;
        if (m.protegido) falla("AccessDenied", "La estructura del libro está protegida.");
        let n = nombre;
        for (let i = m.hojas.length + 1; n === undefined; i++) if (!m.buscar(`Hoja${i}`)) n = `Hoja${i}`;
        validarNombreHoja(n);
        if (m.buscar(n)) falla("ItemAlreadyExists", `Ya existe una hoja llamada '${n}'.`);
        const h = new HojaModelo(n);
        m.hojas.push(h);
        return h;
      },
      { addWorksheet: nombre ?? null },
    );
  }
  /** By name or by id, as WorksheetCollection.getItem(key). */
  getItem(nombre: string): HojaExcel {
    return new HojaFalsa(
      this.cola,
      () => this.cola.modelo.buscarId(nombre) ?? this.cola.modelo.buscar(nombre) ?? falla("ItemNotFound", `No existe la hoja '${nombre}'.`),
      { getItem: nombre },
    );
  }
  getItemOrNullObject(nombre: string): HojaExcel {
    this.cola.requiere("1.4", "WorksheetCollection.getItemOrNullObject");
    return new HojaFalsa(this.cola, () => this.cola.modelo.buscarId(nombre) ?? this.cola.modelo.buscar(nombre) ?? null, { getItemOrNullObject: nombre });
  }
  load(spec: string): HojasFalsas {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    this.cargarItems(r, ruta, () => this.cola.modelo.hojas.map((h) => new HojaFalsa(this.cola, h, null)));
  }
}
