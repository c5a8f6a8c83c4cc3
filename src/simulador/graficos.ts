/** Chart proxies of the fake: every setting is recorded on the GraficoModelo. */
import type { EjeCategoriasExcel, EjeExcel, GraficoExcel, PuntoExcel, RangoExcel, RellenoGraficoExcel, SerieExcel, TituloExcel } from "../io/office/api";
import type { Cola } from "./contexto";
import { falla } from "./errores";
import type { GraficoModelo, RangoGraficoModelo, SerieModelo } from "./modelo";
import { RangoFalso } from "./rangos";
import { a1De } from "./valores";

const sinLeer = (): never => falla("PropertyNotLoaded", "Propiedad de gráfico no cargada.");

function origen(r: RangoExcel): RangoGraficoModelo {
  if (!(r instanceof RangoFalso)) return falla("InvalidArgument", "Rango de otro contexto.");
  const { hoja, caja } = r.destino();
  return { hoja, rango: a1De(caja) };
}

function titulo(cola: Cola, poner: (t: string) => void): TituloExcel {
  return {
    get text(): string {
      return sinLeer();
    },
    set text(t: string) {
      cola.encolar({ set: "title", t }, () => poner(t));
    },
  };
}

function relleno(cola: Cola, poner: (c: string) => void): { readonly fill: RellenoGraficoExcel } {
  return { fill: { setSolidColor: (c: string) => cola.encolar({ setSolidColor: c }, () => poner(c)) } };
}

class SerieFalsa implements SerieExcel {
  readonly format: { readonly fill: RellenoGraficoExcel };
  readonly points: { getItemAt(i: number): PuntoExcel };
  constructor(
    private readonly cola: Cola,
    private readonly serie: () => SerieModelo,
    private readonly grafico: () => GraficoModelo,
  ) {
    this.format = relleno(cola, (c) => (serie().color = c));
    this.points = {
      getItemAt: (i: number): PuntoExcel => ({ format: relleno(cola, (c) => (serie().coloresPuntos[i] = c)) }),
    };
  }
  get name(): string {
    return sinLeer();
  }
  set name(n: string) {
    this.cola.encolar({ set: "series.name", n }, () => (this.serie().nombre = n));
  }
  get gapWidth(): number {
    return sinLeer();
  }
  /** Excel keeps one gap width per chart group: the fake records it on the chart. */
  set gapWidth(n: number) {
    this.cola.requiere("1.7", "ChartSeries.gapWidth");
    this.cola.encolar({ set: "gapWidth", n }, () => (this.grafico().separacion = n));
  }
  setValues(r: RangoExcel): void {
    this.cola.requiere("1.7", "ChartSeries.setValues");
    this.cola.encolar({ setValues: true }, () => (this.serie().valores = origen(r)));
  }
  setXAxisValues(r: RangoExcel): void {
    this.cola.requiere("1.7", "ChartSeries.setXAxisValues");
    this.cola.encolar({ setXAxisValues: true }, () => (this.serie().categorias = origen(r)));
  }
}

export class GraficoFalso implements GraficoExcel {
  private modelo: GraficoModelo | null = null;
  readonly title: TituloExcel;
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { readonly valueAxis: EjeExcel; readonly categoryAxis: EjeCategoriasExcel };
  readonly series: { getItemAt(i: number): SerieExcel; add(nombre?: string): SerieExcel };

  constructor(
    private readonly cola: Cola,
    crear: () => GraficoModelo,
  ) {
    cola.encolar({ addChart: true }, () => (this.modelo = crear()));
    const m = (): GraficoModelo => this.modelo ?? falla("InvalidOperation", "Gráfico inexistente.");
    const poner = (json: string, f: (g: GraficoModelo) => void): void => cola.encolar({ set: json }, () => f(m()));
    this.title = titulo(cola, (t) => (m().titulo = t));
    this.legend = {
      get visible(): boolean {
        return sinLeer();
      },
      set visible(v: boolean) {
        poner("legend", (g) => (g.leyenda = v));
      },
    };
    this.dataLabels = {
      get showValue(): boolean {
        return sinLeer();
      },
      set showValue(v: boolean) {
        poner("dataLabels", (g) => (g.etiquetas = v));
      },
    };
    const eje: EjeExcel = {
      get minimum(): number {
        return sinLeer();
      },
      set minimum(v: number | string) {
        poner("min", (g) => (g.ejeValores.minimo = Number(v)));
      },
      get maximum(): number {
        return sinLeer();
      },
      set maximum(v: number | string) {
        poner("max", (g) => (g.ejeValores.maximo = Number(v)));
      },
      get majorUnit(): number {
        return sinLeer();
      },
      set majorUnit(v: number | string) {
        cola.requiere("1.7", "ChartAxis.majorUnit");
        poner("majorUnit", (g) => (g.ejeValores.unidad = Number(v)));
      },
      get numberFormat(): string {
        return sinLeer();
      },
      set numberFormat(f: string) {
        cola.requiere("1.8", "ChartAxis.numberFormat");
        poner("axisFormat", (g) => (g.ejeValores.formato = f));
      },
      title: titulo(cola, (t) => (m().ejeValores.titulo = t)),
    };
    const categorias: EjeCategoriasExcel = {
      title: titulo(cola, (t) => (m().ejeCategorias.titulo = t)),
      get tickLabelSpacing(): number {
        return sinLeer();
      },
      set tickLabelSpacing(v: number | string) {
        cola.requiere("1.7", "ChartAxis.tickLabelSpacing");
        poner("tickLabelSpacing", (g) => (g.ejeCategorias.saltoEtiquetas = Number(v)));
      },
      get reversePlotOrder(): boolean {
        return sinLeer();
      },
      set reversePlotOrder(v: boolean) {
        cola.requiere("1.7", "ChartAxis.reversePlotOrder");
        poner("reversePlotOrder", (g) => (g.ejeCategorias.ordenInverso = v));
      },
      get position(): EjeCategoriasExcel["position"] {
        return sinLeer();
      },
      set position(v: EjeCategoriasExcel["position"]) {
        cola.requiere("1.8", "ChartAxis.position");
        poner("axisPosition", (g) => (g.ejeCategorias.cruce = v));
      },
      format: {
        font: {
          get size(): number {
            return sinLeer();
          },
          set size(n: number) {
            poner("axisFontSize", (g) => (g.ejeCategorias.tamanoEtiquetas = n));
          },
        },
      },
    };
    this.axes = { valueAxis: eje, categoryAxis: categorias };
    this.series = {
      getItemAt: (i: number): SerieExcel => {
        let s: SerieModelo | null = null;
        cola.encolar({ getSeries: i }, () => {
          s = m().series[i] ?? falla("ItemNotFound", `Serie ${i} inexistente.`);
        });
        return new SerieFalsa(cola, () => s ?? falla("InvalidOperation", "Serie inexistente."), m);
      },
      add: (nombre?: string): SerieExcel => {
        cola.requiere("1.7", "ChartSeriesCollection.add");
        let s: SerieModelo | null = null;
        cola.encolar({ addSeries: nombre ?? null }, () => {
          s = { nombre: nombre ?? "", valores: null, categorias: null, color: null, coloresPuntos: {} };
          m().series.push(s);
        });
        return new SerieFalsa(cola, () => s ?? falla("InvalidOperation", "Serie inexistente."), m);
      },
    };
  }
  get name(): string {
    return sinLeer();
  }
  set name(n: string) {
    this.cola.encolar({ set: "chart.name", n }, () => (this.modeloActual().nombre = n));
  }
  get width(): number {
    return sinLeer();
  }
  set width(n: number) {
    this.cola.encolar({ set: "width", n }, () => (this.modeloActual().ancho = n));
  }
  get height(): number {
    return sinLeer();
  }
  set height(n: number) {
    this.cola.encolar({ set: "height", n }, () => (this.modeloActual().alto = n));
  }
  setPosition(inicio: RangoExcel | string): void {
    this.cola.encolar({ setPosition: typeof inicio === "string" ? inicio : "range" }, () => {
      this.modeloActual().ancla = typeof inicio === "string" ? inicio : origen(inicio).rango;
    });
  }
  private modeloActual(): GraficoModelo {
    return this.modelo ?? falla("InvalidOperation", "Gráfico inexistente.");
  }
}

/** A new chart from its source range: Excel makes one series per column ("Columns"). */
export function graficoNuevo(tipo: string, fuente: RangoGraficoModelo, columnas: number): GraficoModelo {
  return {
    nombre: "",
    tipo,
    origen: fuente,
    titulo: "",
    series: Array.from({ length: columnas }, () => ({
      nombre: "",
      valores: fuente,
      categorias: null,
      color: null,
      coloresPuntos: {},
    })),
    ejeValores: { formato: null, minimo: null, maximo: null, titulo: null, unidad: null },
    // Excel's own defaults: labels spaced automatically, first category at the bottom of bars
    ejeCategorias: { titulo: null, saltoEtiquetas: null, ordenInverso: false, tamanoEtiquetas: null, cruce: "Automatic" },
    separacion: null,
    etiquetas: false,
    leyenda: true,
    ancla: null,
    ancho: null,
    alto: null,
  };
}
