/** The fake workbook's state: what Excel would hold, recorded so tests can assert it. */
import type { Combinada } from "../core/grid/libro";
import type { Caja } from "../core/grid/rango";

export type ValorModelo = number | string | boolean | null | { readonly error: string };

export type { Caja };

export interface TablaModelo {
  nombre: string;
  readonly rango: string;
  estilo: string;
  totales: boolean;
}

export interface CondicionalModelo {
  readonly rango: string;
  tipo: "CellValue";
  operador: string;
  formula1: string;
  formula2: string | null;
  relleno: string | null;
  colorFuente: string | null;
}

export interface RangoGraficoModelo {
  /** The sheet object, so a rename moves the reference as Excel does. */
  readonly hoja: HojaModelo;
  readonly rango: string;
}

export interface SerieModelo {
  nombre: string;
  valores: RangoGraficoModelo | null;
  categorias: RangoGraficoModelo | null;
  color: string | null;
  coloresPuntos: Record<number, string>;
}

export interface GraficoModelo {
  nombre: string;
  readonly tipo: string;
  readonly origen: RangoGraficoModelo;
  titulo: string;
  series: SerieModelo[];
  ejeValores: { formato: string | null; minimo: number | null; maximo: number | null; titulo: string | null; unidad: number | null };
  ejeCategorias: {
    titulo: string | null;
    saltoEtiquetas: number | null;
    ordenInverso: boolean;
    tamanoEtiquetas: number | null;
    cruce: "Automatic" | "Maximum" | "Minimum" | "Custom";
  };
  /** Gap width of the bar group (Excel keeps one per chart group, whichever series sets it). */
  separacion: number | null;
  etiquetas: boolean;
  leyenda: boolean;
  ancla: string | null;
  ancho: number | null;
  alto: number | null;
}

export interface EstiloModelo {
  readonly rango: string;
  readonly propiedad: string;
  readonly valor: string | number | boolean;
}

export class HojaModelo {
  visibilidad: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protegida = false;
  eliminada = false;
  valores: ValorModelo[][] = [];
  formatos: (string | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  combinadas: Combinada[] = [];
  readonly tablas: TablaModelo[] = [];
  readonly condicionales: CondicionalModelo[] = [];
  readonly graficos: GraficoModelo[] = [];
  readonly vinculos = new Map<string, { documentReference: string | null; address: string | null; screenTip: string | null }>();
  readonly estilos: EstiloModelo[] = [];
  readonly anchos = new Map<number, number>();
  inmovilizar: { filas: number; columnas: number } | null = null;
  /**
   * Worksheet.id: stable across renames within a session (ExcelApi 1.1), but a reopened file
   * may give new ids (office-js-docs#297, office-js#1390): `LibroModelo.nuevaSesion` models that.
   */
  id: string;
  constructor(public nombre: string) {
    this.id = nuevoId();
  }

  valor(fila: number, columna: number): ValorModelo {
    return this.valores[fila]?.[columna] ?? null;
  }
  formato(fila: number, columna: number): string {
    return this.formatos[fila]?.[columna] ?? "General";
  }
  /** The used range of values/formulas/formats, as Excel's getUsedRange (null when blank). */
  usado(soloValores: boolean): Caja | null {
    let f1 = Infinity;
    let c1 = Infinity;
    let f2 = -1;
    let c2 = -1;
    const ver = (m: readonly (readonly unknown[] | undefined)[], vacio: (x: unknown) => boolean): void => {
      m.forEach((fila, f) => {
        fila?.forEach((x, c) => {
          if (vacio(x)) return;
          f1 = Math.min(f1, f);
          c1 = Math.min(c1, c);
          f2 = Math.max(f2, f);
          c2 = Math.max(c2, c);
        });
      });
    };
    ver(this.valores, (x) => x === null || x === undefined || x === "");
    if (!soloValores) ver(this.formatos, (x) => x === undefined || x === "General");
    if (f2 < 0) return null;
    return { fila: f1, columna: c1, filas: f2 - f1 + 1, columnas: c2 - c1 + 1 };
  }
}

let contadorIds = 0;
function nuevoId(): string {
  return `{${(++contadorIds).toString(16).toUpperCase().padStart(8, "0")}-5E60-4000-8000-000000000000}`;
}

/** `'Hoja'!` or `Hoja!` inside a formula, for the sheet named `nombre`. */
function referenciaA(nombre: string): RegExp {
  const esc = (t: string): string => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const citado = esc(nombre.replace(/'/g, "''"));
  const simple = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(nombre) ? `|(?<![A-Za-z0-9_.'])${esc(nombre)}` : "";
  return new RegExp(`(?:'${citado}'${simple})!`, "gi");
}

export class LibroModelo {
  /** Workbook.name: the file name. */
  nombre = "Libro1.xlsx";
  hojas: HojaModelo[] = [];
  readonly ajustes = new Map<string, string>();
  protegido = false;
  seleccion: { hoja: string; rango: string } | null = null;
  calculoSuspendido = 0;
  /** Workbook-scoped defined names: they share one namespace with table names. */
  readonly nombresDefinidos: string[] = [];

  /** A reopened file: every sheet may get a new id. */
  nuevaSesion(): void {
    for (const h of this.hojas) h.id = nuevoId();
  }

  /** Excel follows a renamed sheet in every formula that points at it. */
  renombrarReferencias(anterior: string, nuevo: string): void {
    const re = referenciaA(anterior);
    const cita = `'${nuevo.replace(/'/g, "''")}'!`;
    for (const h of this.hojas) for (const [k, f] of h.formulas) h.formulas.set(k, f.replace(re, cita));
  }

  /** Deleting a sheet turns every reference to it into #REF!, and re-creating it does not restore them. */
  romperReferencias(nombre: string): void {
    const re = new RegExp(`${referenciaA(nombre).source}\\$?[A-Z]+\\$?\\d+(?::\\$?[A-Z]+\\$?\\d+)?`, "gi");
    for (const h of this.hojas) for (const [k, f] of h.formulas) h.formulas.set(k, f.replace(re, "#REF!"));
  }

  /**
   * Recalculation after a batch, for the two formula shapes the fake evaluates: a plain reference
   * `='Hoja'!B13` (the user's links into owned sheets) and `=HYPERLINK("#…","texto")`.
   */
  recalcular(): void {
    for (const h of this.hojas)
      for (const [k, f] of h.formulas) {
        const [fila = 0, columna = 0] = k.split(",").map(Number);
        (h.valores[fila] ??= [])[columna] = this.evaluar(f);
      }
  }

  private evaluar(f: string): ValorModelo {
    if (/#REF!/i.test(f)) return { error: "#REF!" };
    const v = /^=HYPERLINK\("(?:[^"]|"")*",\s*(?:"((?:[^"]|"")*)"|(-?[\d.]+))\)$/i.exec(f);
    if (v) return v[1] !== undefined ? v[1].replace(/""/g, '"') : Number(v[2]);
    const r = /^=(?:'((?:[^']|'')+)'|([A-Za-z_][A-Za-z0-9_.]*))!\$?([A-Z]+)\$?(\d+)$/i.exec(f);
    if (!r) return { error: "#CALC!" };
    const hoja = this.buscar((r[1] ?? "").replace(/''/g, "'") || (r[2] ?? ""));
    if (!hoja) return { error: "#REF!" };
    const col = [...(r[3] ?? "A").toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const valor = hoja.valor(Number(r[4]) - 1, col);
    return valor === null ? 0 : valor;
  }

  /** Worksheet.copy: everything the sheet holds; its tables get new names, its charts point at the copy. */
  copiar(origen: HojaModelo, nombre: string): HojaModelo {
    const h = new HojaModelo(nombre);
    const clon = <T>(x: T): T => structuredClone(x);
    h.visibilidad = origen.visibilidad;
    h.valores = clon(origen.valores);
    h.formatos = clon(origen.formatos);
    for (const [k, f] of origen.formulas) h.formulas.set(k, f);
    h.combinadas = clon(origen.combinadas);
    const usados = new Set(this.hojas.flatMap((x) => x.tablas.map((t) => t.nombre.toLowerCase())));
    for (const t of origen.tablas) {
      let n = 2;
      while (usados.has(`${t.nombre}${n}`.toLowerCase())) n++;
      usados.add(`${t.nombre}${n}`.toLowerCase());
      h.tablas.push({ ...t, nombre: `${t.nombre}${n}` });
    }
    h.condicionales.push(...origen.condicionales.map((c) => ({ ...c })));
    const ref = (r: RangoGraficoModelo | null): RangoGraficoModelo | null => (r && r.hoja === origen ? { hoja: h, rango: r.rango } : r);
    for (const g of origen.graficos)
      h.graficos.push({
        ...g,
        origen: ref(g.origen) ?? g.origen,
        series: g.series.map((s) => ({ ...s, valores: ref(s.valores), categorias: ref(s.categorias), coloresPuntos: { ...s.coloresPuntos } })),
        ejeValores: { ...g.ejeValores },
        ejeCategorias: { ...g.ejeCategorias },
      });
    for (const [k, v] of origen.vinculos) h.vinculos.set(k, { ...v });
    h.estilos.push(...origen.estilos.map((e) => ({ ...e })));
    for (const [k, v] of origen.anchos) h.anchos.set(k, v);
    h.inmovilizar = origen.inmovilizar ? { ...origen.inmovilizar } : null;
    return h;
  }

  buscarId(id: string): HojaModelo | undefined {
    return this.hojas.find((h) => h.id === id);
  }

  buscar(nombre: string): HojaModelo | undefined {
    const n = nombre.toLowerCase();
    return this.hojas.find((h) => h.nombre.toLowerCase() === n);
  }
}
