/**
 * A sheet being laid out: values, merged areas, formulas (with their cached result in the
 * values) and presentation hints the .xlsx writer uses. The core only ever sees `hoja`.
 */
import { direccion } from "../../src/core/grid/direccion";
import type { Combinada, Hoja, Valor } from "../../src/core/grid/libro";

export interface HojaEjemplo {
  readonly hoja: Hoja;
  /** A1 → formula without "="; its cached result is the value at that cell. */
  readonly formulas: ReadonlyMap<string, string>;
  /** 0-based column → number format. */
  readonly formatos: ReadonlyMap<number, string>;
  readonly anchos: readonly number[];
  /** 1-based rows: titles are styled as titles, the header as a header. */
  readonly filasTitulo: readonly number[];
  readonly filaEncabezado: number;
}

export class Lienzo {
  private readonly valores: Valor[][] = [];
  private readonly combinadas: Combinada[] = [];
  private readonly formulas = new Map<string, string>();
  readonly formatos = new Map<number, string>();
  readonly filasTitulo: number[] = [];
  filaEncabezado = 0;

  constructor(
    private readonly nombre: string,
    private readonly anchos: readonly number[],
  ) {}

  /** 0-based row and column. */
  poner(fila: number, columna: number, valor: Valor): void {
    const f = (this.valores[fila] ??= []);
    while (f.length < columna) f.push(null);
    f[columna] = valor;
  }

  fila(fila: number, valores: readonly Valor[]): void {
    valores.forEach((v, c) => this.poner(fila, c, v));
  }

  formula(fila: number, columna: number, formula: string, resultado: Valor): void {
    this.poner(fila, columna, resultado);
    this.formulas.set(direccion(fila, columna), formula);
  }

  combinar(fila: number, columna: number, filas: number, columnas: number): void {
    if (filas * columnas > 1) this.combinadas.push({ fila, columna, filas, columnas });
  }

  titulo(fila: number, texto: string, columnas: number): void {
    this.poner(fila, 0, texto);
    this.combinar(fila, 0, 1, columnas);
    this.filasTitulo.push(fila + 1);
  }

  get filas(): number {
    return this.valores.length;
  }

  terminar(): HojaEjemplo {
    const valores = Array.from({ length: this.valores.length }, (_, i) => this.valores[i] ?? []);
    return {
      hoja: { nombre: this.nombre, valores, combinadas: this.combinadas },
      formulas: this.formulas,
      formatos: this.formatos,
      anchos: this.anchos,
      filasTitulo: this.filasTitulo,
      filaEncabezado: this.filaEncabezado,
    };
  }
}
