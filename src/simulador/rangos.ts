/** Range proxies of the fake: values, formats, hyperlinks, conditional formats, merged areas. */
import type {
  AreasExcel,
  ColeccionCondicionalesExcel,
  CondicionalValorExcel,
  FormatoCondicionalExcel,
  FormatoRangoExcel,
  FuenteExcel,
  RangoExcel,
  ReglaValorExcel,
  RellenoExcel,
  ValorRango,
  VinculoExcel,
} from "../io/office/api";
import { falla } from "./errores";
import { ProxyFalso, propiedadDesconocida, type Cola, type Respuesta } from "./contexto";
import type { Caja, CondicionalModelo, HojaModelo } from "./modelo";
import { a1De, cajaDe, comprobarForma, escribirCelda, tipoValor, valorLeido } from "./valores";

export interface Lugar {
  readonly hoja: HojaModelo;
  readonly caja: Caja;
}

export function vigente(hoja: HojaModelo): HojaModelo {
  if (hoja.eliminada) falla("ItemNotFound", `La hoja '${hoja.nombre}' ya no existe.`);
  return hoja;
}

export function editable(hoja: HojaModelo): HojaModelo {
  if (vigente(hoja).protegida) falla("AccessDenied", `La hoja '${hoja.nombre}' está protegida.`);
  return hoja;
}

export class RangoFalso extends ProxyFalso implements RangoExcel {
  private lugar: Lugar | null | undefined;
  readonly format: FormatoRangoExcel;
  readonly conditionalFormats: ColeccionCondicionalesExcel;

  /** `resolver` runs at sync (Excel resolves object paths there); a Lugar is already bound. */
  constructor(cola: Cola, resolver: (() => Lugar | null) | Lugar, json: unknown) {
    super(cola);
    if (typeof resolver !== "function") this.lugar = resolver;
    else
      cola.encolar(json, (r) => {
        this.lugar = resolver();
        this.preparar(r, "isNullObject", this.lugar === null);
      });
    this.format = new FormatoRangoFalso(cola, () => this.destino());
    this.conditionalFormats = { add: (tipo) => new CondicionalFalso(cola, () => this.destino(), tipo) };
  }

  protected override esNulo(): boolean {
    return this.lugar === null;
  }

  destino(): Lugar {
    if (!this.lugar) return falla("ItemNotFound", "El rango no existe.");
    vigente(this.lugar.hoja);
    return this.lugar;
  }

  get isNullObject(): boolean {
    return this.leer("isNullObject");
  }
  get values(): ValorRango[][] {
    return this.leer("values");
  }
  set values(m: ValorRango[][]) {
    this.cola.encolar({ set: "values", m }, () => {
      const { hoja, caja } = this.destino();
      const filas = comprobarForma(m, caja, "valores");
      editable(hoja);
      filas.forEach((fila, i) => fila.forEach((v, j) => escribirCelda(hoja, caja.fila + i, caja.columna + j, v)));
      this.cola.cambio(hoja, a1De(caja));
    });
  }
  get numberFormat(): (string | null)[][] {
    return this.leer("numberFormat");
  }
  set numberFormat(m: (string | null)[][]) {
    this.cola.encolar({ set: "numberFormat", m }, () => {
      const { hoja, caja } = this.destino();
      // A 1×1 array applies to every cell of the range, as Excel does for a single value.
      const unico = Array.isArray(m) && m.length === 1 && Array.isArray(m[0]) && m[0].length === 1 ? m[0][0] : undefined;
      const filas = unico === undefined ? comprobarForma(m, caja, "formatos") : null;
      editable(hoja);
      for (let i = 0; i < caja.filas; i++)
        for (let j = 0; j < caja.columnas; j++) {
          const f = filas ? filas[i]?.[j] : unico;
          if (typeof f === "string") (hoja.formatos[caja.fila + i] ??= [])[caja.columna + j] = f;
        }
    });
  }
  get valueTypes(): string[][] {
    return this.leer("valueTypes");
  }
  get address(): string {
    return this.leer("address");
  }
  get rowIndex(): number {
    return this.leer("rowIndex");
  }
  get columnIndex(): number {
    return this.leer("columnIndex");
  }
  get rowCount(): number {
    return this.leer("rowCount");
  }
  get columnCount(): number {
    return this.leer("columnCount");
  }
  get hyperlink(): VinculoExcel {
    return this.leer("hyperlink");
  }
  set hyperlink(v: VinculoExcel) {
    this.cola.requiere("1.7", "Range.hyperlink");
    this.cola.encolar({ set: "hyperlink", v }, () => {
      const { hoja, caja } = this.destino();
      editable(hoja);
      hoja.vinculos.set(a1De(caja), {
        documentReference: v.documentReference ?? null,
        address: v.address ?? null,
        screenTip: v.screenTip ?? null,
      });
    });
  }

  getMergedAreasOrNullObject(): AreasExcel {
    this.cola.requiere("1.13", "Range.getMergedAreasOrNullObject");
    return new AreasFalsas(this.cola, () => this.destino());
  }

  clear(): void {
    this.cola.encolar({ clear: "All" }, () => {
      const { hoja, caja } = this.destino();
      editable(hoja);
      const dentro = (f: number, c: number): boolean => f >= caja.fila && f < caja.fila + caja.filas && c >= caja.columna && c < caja.columna + caja.columnas;
      hoja.valores.forEach((fila, f) => fila.forEach((_, c) => dentro(f, c) && (fila[c] = null)));
      hoja.formatos.forEach((fila, f) => fila.forEach((_, c) => dentro(f, c) && (fila[c] = undefined)));
      for (const k of [...hoja.formulas.keys()]) {
        const [f = 0, c = 0] = k.split(",").map(Number);
        if (dentro(f, c)) hoja.formulas.delete(k);
      }
      const tocada = (a1: string): boolean => {
        const b = cajaDe(a1);
        return (
          b.fila < caja.fila + caja.filas && b.fila + b.filas > caja.fila && b.columna < caja.columna + caja.columnas && b.columna + b.columnas > caja.columna
        );
      };
      for (const k of [...hoja.vinculos.keys()]) if (tocada(k)) hoja.vinculos.delete(k);
      hoja.estilos.splice(0, hoja.estilos.length, ...hoja.estilos.filter((e) => !tocada(e.rango)));
      hoja.condicionales.splice(0, hoja.condicionales.length, ...hoja.condicionales.filter((c) => !tocada(c.rango)));
      this.cola.cambio(hoja, a1De(caja));
    });
  }

  /** Paste "All" from a range of the same size (values, formulas, formats, styles, links, conditional formats). */
  copyFrom(origen: string): void {
    this.cola.requiere("1.9", "Range.copyFrom");
    this.cola.encolar({ copyFrom: "All" }, () => {
      const { hoja, caja } = this.destino();
      const [, citado = "", simple = "", direccion = ""] = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(origen) ?? [];
      const o = this.cola.modelo.buscar(citado.replace(/''/g, "'") || simple) ?? falla("InvalidReference", `Rango de origen no válido: ${origen}`);
      const co = cajaDe(direccion);
      editable(hoja);
      if (co.filas !== caja.filas || co.columnas !== caja.columnas) falla("InvalidArgument", "Los rangos de copyFrom no tienen el mismo tamaño.");
      const df = caja.fila - co.fila;
      const dc = caja.columna - co.columna;
      for (let i = 0; i < co.filas; i++)
        for (let j = 0; j < co.columnas; j++) {
          const [f, c] = [co.fila + i, co.columna + j];
          (hoja.valores[f + df] ??= [])[c + dc] = o.valor(f, c);
          (hoja.formatos[f + df] ??= [])[c + dc] = o.formatos[f]?.[c];
          const formula = o.formulas.get(`${f},${c}`);
          if (formula !== undefined) hoja.formulas.set(`${f + df},${c + dc}`, formula);
          else hoja.formulas.delete(`${f + df},${c + dc}`);
        }
      const mover = (a1: string): string => {
        const b = cajaDe(a1);
        return a1De({ ...b, fila: b.fila + df, columna: b.columna + dc });
      };
      for (const [k, v] of o.vinculos) hoja.vinculos.set(mover(k), { ...v });
      hoja.estilos.push(...o.estilos.map((e) => ({ ...e, rango: mover(e.rango) })));
      hoja.condicionales.push(...o.condicionales.map((c) => ({ ...c, rango: mover(c.rango) })));
      this.cola.cambio(hoja, a1De(caja));
    });
  }

  select(): void {
    this.cola.encolar({ select: true }, () => {
      const { hoja, caja } = this.destino();
      this.cola.modelo.seleccion = { hoja: hoja.nombre, rango: a1De(caja) };
    });
  }

  load(spec: string): RangoFalso {
    this.encolarCarga(spec);
    return this;
  }

  /** Public so a parent proxy can load into it within the same batch. */
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    const { hoja, caja } = this.destino();
    const celdas = <T>(f: (fila: number, col: number) => T): T[][] =>
      Array.from({ length: caja.filas }, (_, i) => Array.from({ length: caja.columnas }, (_, j) => f(caja.fila + i, caja.columna + j)));
    const p = ruta[0];
    if (ruta.length !== 1) propiedadDesconocida(ruta);
    if (p === "values")
      this.preparar(
        r,
        p,
        celdas((i, j) => valorLeido(hoja.valor(i, j))),
      );
    else if (p === "valueTypes")
      this.preparar(
        r,
        p,
        celdas((i, j) => tipoValor(hoja.valor(i, j))),
      );
    else if (p === "numberFormat")
      this.preparar(
        r,
        p,
        celdas((i, j) => hoja.formato(i, j)),
      );
    else if (p === "address") this.preparar(r, p, `'${hoja.nombre}'!${a1De(caja)}`);
    else if (p === "rowIndex") this.preparar(r, p, caja.fila);
    else if (p === "columnIndex") this.preparar(r, p, caja.columna);
    else if (p === "rowCount") this.preparar(r, p, caja.filas);
    else if (p === "columnCount") this.preparar(r, p, caja.columnas);
    else propiedadDesconocida(ruta);
  }
}

/** The merged areas intersecting a range, as a RangeAreas (ExcelApi 1.13). */
class AreasFalsas extends ProxyFalso implements AreasExcel {
  private lista: RangoFalso[] | null = null;
  readonly areas: { readonly items: RangoExcel[]; load(spec: string): unknown };

  constructor(cola: Cola, base: () => Lugar) {
    super(cola);
    cola.encolar({ getMergedAreas: true }, (r) => {
      const { hoja, caja } = base();
      const dentro = hoja.combinadas.filter(
        (m) =>
          m.fila < caja.fila + caja.filas && m.fila + m.filas > caja.fila && m.columna < caja.columna + caja.columnas && m.columna + m.columnas > caja.columna,
      );
      this.lista = dentro.length === 0 ? null : dentro.map((m) => new RangoFalso(cola, { hoja, caja: m }, null));
      this.preparar(r, "isNullObject", this.lista === null);
    });
    const leer = (): RangoExcel[] => this.leer("areas/items");
    const cargar = (spec: string): void =>
      this.encolarCarga(
        spec
          .split(",")
          .map((s) => `areas/${s.trim()}`)
          .join(","),
      );
    this.areas = {
      get items(): RangoExcel[] {
        return leer();
      },
      load(spec: string): unknown {
        cargar(spec);
        return this;
      },
    };
  }
  get isNullObject(): boolean {
    return this.leer("isNullObject");
  }
  protected override esNulo(): boolean {
    return this.lista === null;
  }
  load(spec: string): AreasFalsas {
    this.encolarCarga(spec);
    return this;
  }
  override cargarRuta(r: Respuesta, ruta: readonly string[]): void {
    if (ruta[0] !== "areas" || ruta[1] !== "items") return propiedadDesconocida(ruta);
    // The area proxies were bound when their creation ran earlier in this same batch.
    const lista = this.lista ?? [];
    this.preparar(r, "areas/items", lista, 2);
    for (const a of lista) a.cargarRuta(r, ruta.slice(2));
  }
}

class FormatoRangoFalso implements FormatoRangoExcel {
  readonly fill: RellenoExcel;
  readonly font: FuenteExcel;
  constructor(
    private readonly cola: Cola,
    private readonly destino: () => Lugar,
  ) {
    const estilo = (propiedad: string, valor: string | number | boolean): void => this.estilo(propiedad, valor);
    const sinLeer = (): never => falla("PropertyNotLoaded", "Propiedad de formato no cargada.");
    this.fill = {
      get color(): string {
        return sinLeer();
      },
      set color(c: string) {
        estilo("fill.color", c);
      },
    };
    this.font = {
      get color(): string {
        return sinLeer();
      },
      set color(c: string) {
        estilo("font.color", c);
      },
      get bold(): boolean {
        return sinLeer();
      },
      set bold(b: boolean) {
        estilo("font.bold", b);
      },
      get size(): number {
        return sinLeer();
      },
      set size(n: number) {
        estilo("font.size", n);
      },
    };
  }
  private estilo(propiedad: string, valor: string | number | boolean): void {
    this.cola.encolar({ set: `format.${propiedad}`, valor }, () => {
      const { hoja, caja } = this.destino();
      editable(hoja).estilos.push({ rango: a1De(caja), propiedad, valor });
    });
  }
  get columnWidth(): number {
    return falla("PropertyNotLoaded", "columnWidth no cargada.");
  }
  set columnWidth(puntos: number) {
    this.cola.encolar({ set: "format.columnWidth", puntos }, () => {
      const { hoja, caja } = this.destino();
      editable(hoja);
      for (let c = caja.columna; c < caja.columna + caja.columnas; c++) hoja.anchos.set(c, puntos);
    });
  }
  get wrapText(): boolean {
    return falla("PropertyNotLoaded", "wrapText no cargada.");
  }
  set wrapText(b: boolean) {
    this.estilo("wrapText", b);
  }
  get horizontalAlignment(): string {
    return falla("PropertyNotLoaded", "horizontalAlignment no cargada.");
  }
  set horizontalAlignment(a: string) {
    this.estilo("horizontalAlignment", a);
  }
}

class CondicionalFalso implements FormatoCondicionalExcel {
  readonly cellValue: CondicionalValorExcel;
  constructor(cola: Cola, destino: () => Lugar, tipo: string) {
    cola.requiere("1.6", "ConditionalFormatCollection.add");
    let registro: CondicionalModelo | null = null;
    const reg = (): CondicionalModelo => registro ?? falla("InvalidOperation", "Formato condicional inexistente.");
    cola.encolar({ addConditionalFormat: tipo }, () => {
      const { hoja, caja } = destino();
      if (tipo !== "CellValue") falla("InvalidArgument", `Tipo no admitido por el simulador: ${tipo}`);
      registro = {
        rango: a1De(caja),
        tipo: "CellValue",
        operador: "",
        formula1: "",
        formula2: null,
        relleno: null,
        colorFuente: null,
      };
      editable(hoja).condicionales.push(registro);
    });
    const sinLeer = (): never => falla("PropertyNotLoaded", "Propiedad de formato condicional no cargada.");
    this.cellValue = {
      format: {
        fill: {
          get color(): string {
            return sinLeer();
          },
          set color(c: string) {
            cola.encolar({ set: "cf.fill", c }, () => (reg().relleno = c));
          },
        },
        font: {
          get color(): string {
            return sinLeer();
          },
          set color(c: string) {
            cola.encolar({ set: "cf.font", c }, () => (reg().colorFuente = c));
          },
        },
      },
      get rule(): ReglaValorExcel {
        return sinLeer();
      },
      set rule(r: ReglaValorExcel) {
        cola.encolar({ set: "cf.rule", r }, () => {
          const x = reg();
          x.operador = r.operator;
          x.formula1 = r.formula1;
          x.formula2 = r.formula2 ?? null;
        });
      },
    };
  }
}
