/** A fake Excel chart resolved to numbers: categories and series read from the cells it points at. */
import type { GraficoModelo, RangoGraficoModelo } from "../simulador/modelo";
import { cajaDe } from "../simulador/valores";

export interface SerieDibujo {
  readonly nombre: string;
  readonly valores: readonly (number | null)[];
  readonly color: string;
  readonly coloresPuntos: readonly (string | undefined)[];
}

export interface DatosGrafico {
  readonly tipo: "barras" | "columnas" | "lineas" | "circular";
  readonly titulo: string;
  readonly categorias: readonly string[];
  readonly series: readonly SerieDibujo[];
  readonly formato: string | null;
  readonly minimo: number | null;
  readonly maximo: number | null;
  readonly etiquetas: boolean;
  readonly leyenda: boolean;
  /** The first category on top of horizontal bars (Excel draws it at the bottom otherwise). */
  readonly ordenInverso: boolean;
  /** Categories between two labels (1: every one). */
  readonly saltoEtiquetas: number;
  /** Category label size in points, null for the default. */
  readonly tamanoEtiquetas: number | null;
  /** Gap between clusters, in % of one bar's width (Excel's gap width). */
  readonly separacion: number | null;
  /** Size in points, as the plan placed it; null for the default. */
  readonly ancho: number | null;
  readonly alto: number | null;
}

const PALETA = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000", "#5B9BD5", "#70AD47"];

function celdas(r: RangoGraficoModelo): (string | number | null)[] {
  const caja = cajaDe(r.rango);
  const fuera: (string | number | null)[] = [];
  for (let f = caja.fila; f < caja.fila + caja.filas; f++)
    for (let c = caja.columna; c < caja.columna + caja.columnas; c++) {
      const v = r.hoja.valor(f, c);
      fuera.push(typeof v === "number" || typeof v === "string" ? v : null);
    }
  return fuera;
}

/** Column `c` (0-based within the box) of the chart's source range, without the header. */
function columnaOrigen(g: GraficoModelo, c: number): RangoGraficoModelo {
  const caja = cajaDe(g.origen.rango);
  const letra = (i: number): string => String.fromCharCode(65 + i);
  const col = caja.columna + c;
  return { hoja: g.origen.hoja, rango: `${letra(col)}${caja.fila + 2}:${letra(col)}${caja.fila + caja.filas}` };
}

/** Excel's chart type as the demo draws it: "Line", "LineMarkers"… are lines, not columns. */
function tipoDibujo(tipo: string): DatosGrafico["tipo"] {
  if (tipo.startsWith("Bar")) return "barras";
  if (tipo.startsWith("Pie") || tipo.startsWith("Doughnut")) return "circular";
  return tipo.startsWith("Line") ? "lineas" : "columnas";
}

export function datosGrafico(g: GraficoModelo): DatosGrafico {
  const tipo = tipoDibujo(g.tipo);
  const primera = g.series[0];
  const categorias = celdas(primera?.categorias ?? columnaOrigen(g, 0)).map((v) => (v === null ? "" : String(v)));
  const series = g.series.map((s, i) => {
    const valores = celdas(s.valores ?? columnaOrigen(g, i + 1)).map((v) => (typeof v === "number" ? v : null));
    return {
      nombre: s.nombre,
      valores,
      color: s.color ?? PALETA[i % PALETA.length] ?? "#4472C4",
      coloresPuntos: valores.map((_, j) => s.coloresPuntos[j]),
    };
  });
  return {
    tipo,
    titulo: g.titulo,
    categorias,
    series,
    formato: g.ejeValores.formato,
    minimo: g.ejeValores.minimo,
    maximo: g.ejeValores.maximo,
    etiquetas: g.etiquetas,
    leyenda: g.leyenda,
    ordenInverso: g.ejeCategorias.ordenInverso,
    saltoEtiquetas: Math.max(1, g.ejeCategorias.saltoEtiquetas ?? 1),
    tamanoEtiquetas: g.ejeCategorias.tamanoEtiquetas,
    separacion: g.separacion,
    ancho: g.ancho,
    alto: g.alto,
  };
}
