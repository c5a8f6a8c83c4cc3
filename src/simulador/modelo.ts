/** The fake workbook's state: what Excel would hold, recorded so tests can assert it. */
import type { Combinada } from "../core/grid/libro";

export type ValorModelo = number | string | boolean | null | { readonly error: string };

export interface Caja {
  readonly fila: number;
  readonly columna: number;
  readonly filas: number;
  readonly columnas: number;
}

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
  ejeValores: { formato: string | null; minimo: number | null; maximo: number | null; titulo: string | null };
  ejeCategorias: { titulo: string | null };
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
  constructor(public nombre: string) {}

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

export class LibroModelo {
  /** Workbook.name: the file name. */
  nombre = "Libro1.xlsx";
  hojas: HojaModelo[] = [];
  readonly ajustes = new Map<string, string>();
  protegido = false;
  seleccion: { hoja: string; rango: string } | null = null;
  calculoSuspendido = 0;

  buscar(nombre: string): HojaModelo | undefined {
    const n = nombre.toLowerCase();
    return this.hojas.find((h) => h.nombre.toLowerCase() === n);
  }
}
