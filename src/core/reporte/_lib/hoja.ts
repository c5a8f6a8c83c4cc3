/**
 * Accumulates one sheet of the plan: blocks, formats, styles, tables, conditional formats,
 * links and charts. Column widths are derived from what was written, so every module gets
 * readable widths without guessing them.
 */
import { direccion } from "../../grid/direccion";
import type { BloquePlan, ClaveHoja, CondicionalPlan, EstiloPlan, FormatoPlan, GraficoPlan, HojaPlan, TablaPlan, ValorPlan, VinculoPlan } from "../plan";
import { aA1, type Rect } from "../../grid/rango";
import { aValorPlan, largoVisible, type Celda } from "./celdas";

const ANCHO_MIN = 8;
const ANCHO_MAX = 60;
const FILAS_MEDIDAS = 2000;

export const COLOR_ENCABEZADO = "#1F4E78";
export const COLOR_TITULO = "#1F4E78";
export const BLANCO = "#FFFFFF";

export class HojaEnConstruccion {
  private readonly bloques: BloquePlan[] = [];
  private readonly formatos: FormatoPlan[] = [];
  private readonly estilos: EstiloPlan[] = [];
  private readonly tablas: TablaPlan[] = [];
  private readonly condicionales: CondicionalPlan[] = [];
  private readonly vinculos: VinculoPlan[] = [];
  private readonly graficos: GraficoPlan[] = [];
  private readonly largos = new Map<number, number>();
  private readonly anchosFijos = new Map<number, number>();
  private readonly altos = new Map<number, number>();
  private inmovilizar: HojaPlan["inmovilizar"] = null;

  constructor(
    readonly clave: ClaveHoja,
    readonly nombre: string,
  ) {}

  /**
   * Writes a rectangular block at (fila, columna), 0-based; ragged rows are padded with blanks.
   * `formatos[j]` (optional) is used only to estimate column widths.
   */
  bloque(
    fila: number,
    columna: number,
    filas: readonly (readonly Celda[])[],
    opciones: { formatos?: readonly (string | undefined)[]; medirAncho?: boolean } = {},
  ): Rect {
    // reduce, not Math.max(...): a Datos block of 200,000 rows would overflow the call stack.
    const ancho = filas.reduce((a, f) => Math.max(a, f.length), 1);
    const valores = filas.map((f) => {
      const fila: ValorPlan[] = new Array<ValorPlan>(ancho);
      for (let j = 0; j < ancho; j++) fila[j] = aValorPlan(f[j] ?? null);
      return fila;
    });
    this.bloques.push({ inicio: direccion(fila, columna), valores });
    if (opciones.medirAncho !== false) this.medir(columna, filas, opciones.formatos);
    return { fila1: fila, columna1: columna, fila2: fila + Math.max(filas.length, 1) - 1, columna2: columna + ancho - 1 };
  }

  /** Widths from the first FILAS_MEDIDAS rows: enough to size a column, cheap on a 200,000-row Datos. */
  private medir(columna: number, filas: readonly (readonly Celda[])[], formatos: readonly (string | undefined)[] | undefined): void {
    const n = Math.min(filas.length, FILAS_MEDIDAS);
    for (let i = 0; i < n; i++) {
      const f = filas[i] ?? [];
      for (let j = 0; j < f.length; j++) {
        const largo = largoVisible(f[j] ?? null, formatos?.[j]);
        if (largo > (this.largos.get(columna + j) ?? 0)) this.largos.set(columna + j, largo);
      }
    }
  }

  /** A bold, large title in one cell; not used to size its column (titles may overflow). */
  titulo(fila: number, texto: string, tamano = 16): void {
    const r = this.bloque(fila, 0, [[texto]], { medirAncho: false });
    this.estilo({ rango: aA1(r), negrita: true, tamano, colorFuente: COLOR_TITULO });
  }

  formato(rango: string, formato: string): void {
    this.formatos.push({ rango, formato });
  }

  estilo(e: EstiloPlan): void {
    this.estilos.push(e);
  }

  encabezado(rango: string): void {
    this.estilo({ rango, negrita: true, relleno: COLOR_ENCABEZADO, colorFuente: BLANCO, ajustarTexto: true, alineacion: "centro" });
  }

  tabla(t: TablaPlan): void {
    this.tablas.push(t);
  }

  condicional(c: CondicionalPlan): void {
    this.condicionales.push(c);
  }

  vinculo(v: VinculoPlan): void {
    this.vinculos.push(v);
  }

  grafico(g: GraficoPlan): void {
    this.graficos.push(g);
  }

  ancho(columna: number, caracteres: number): void {
    this.anchosFijos.set(columna, caracteres);
  }

  /** A row whose wrapped text needs `puntos` of height (see HojaPlan.altos). */
  alto(fila: number, puntos: number): void {
    this.altos.set(fila, puntos);
  }

  congelar(filas: number, columnas = 0): void {
    this.inmovilizar = { filas, columnas };
  }

  construir(): HojaPlan {
    const columnas = [...new Set([...this.largos.keys(), ...this.anchosFijos.keys()])].sort((a, b) => a - b);
    const anchos = columnas.map((columna) => ({
      columna,
      ancho: this.anchosFijos.get(columna) ?? Math.min(ANCHO_MAX, Math.max(ANCHO_MIN, (this.largos.get(columna) ?? 0) + 2)),
    }));
    return {
      clave: this.clave,
      nombre: this.nombre,
      bloques: this.bloques,
      formatos: this.formatos,
      estilos: this.estilos,
      tablas: this.tablas,
      condicionales: this.condicionales,
      vinculos: this.vinculos,
      graficos: this.graficos,
      anchos,
      altos: [...this.altos].sort(([a], [b]) => a - b).map(([fila, alto]) => ({ fila, alto })),
      inmovilizar: this.inmovilizar,
    };
  }
}
