/**
 * Draws a chart spec as simple SVG the way Excel shows it: horizontal bars bottom-up unless the
 * plan reverses the categories (first on top), clustered series, every label wrapped whole
 * (at the plan's label interval), a value axis in the plan's number format, a legend, and the
 * plan's size — its height grows with the categories. Lines joined per series; pies with their legend.
 */
import { textoCelda } from "./formatoCelda";
import type { DatosGrafico } from "./datosGrafico";

/** CSS pixels per point. */
const PX_POR_PUNTO = 4 / 3;
const ANCHO = 420;
const ALTO = 260;
const ARRIBA = 30;
const EJE = 22;
const LEYENDA = 20;
/** Excel's default gap width, in % of a bar. */
const SEPARACION = 150;
const TICKS = 4;
/** Average width of a character, in ems, to wrap labels into their room. */
const EM_CARACTER = 0.55;

/**
 * A label's lines of at most `largo` characters, cut between words (a longer word stays whole).
 * @example envolver("Secretaría de Salud", 12) → ["Secretaría", "de Salud"]
 */
export function envolver(texto: string, largo: number): string[] {
  const lineas: string[] = [];
  for (const palabra of texto.split(/\s+/).filter(Boolean)) {
    const ultima = lineas[lineas.length - 1];
    if (ultima !== undefined && ultima.length + 1 + palabra.length <= largo) lineas[lineas.length - 1] = `${ultima} ${palabra}`;
    else lineas.push(palabra);
  }
  return lineas;
}

/** Size in pixels: the plan's, else the default, and for bars at least what their categories need. */
function medidas(d: DatosGrafico): { ancho: number; alto: number } {
  const ancho = d.ancho === null ? ANCHO : d.ancho * PX_POR_PUNTO;
  if (d.alto !== null) return { ancho, alto: d.alto * PX_POR_PUNTO };
  const barras = d.tipo === "barras" ? d.categorias.length * Math.max(1, d.series.length) * 14 + ARRIBA + EJE + LEYENDA : 0;
  return { ancho, alto: Math.max(ALTO, barras) };
}

function escala(d: DatosGrafico): { min: number; max: number } {
  const todos = d.series.flatMap((s) => s.valores.filter((v): v is number => v !== null));
  return { min: d.minimo ?? Math.min(0, ...todos), max: d.maximo ?? Math.max(1e-9, ...todos) };
}

function Etiqueta({
  lineas,
  x,
  y,
  fuente,
  ancla,
  categoria,
}: {
  lineas: string[];
  x: number;
  y: number;
  fuente: number;
  ancla: "end" | "middle";
  categoria: number;
}) {
  return (
    <text x={x} y={y} fontSize={fuente} textAnchor={ancla} data-categoria={categoria}>
      {lineas.map((l, k) => (
        <tspan key={k} x={x} dy={k === 0 ? 0 : fuente * 1.15}>
          {l}
        </tspan>
      ))}
    </text>
  );
}

function Barras({ d, ancho, alto }: { d: DatosGrafico; ancho: number; alto: number }) {
  const { min, max } = escala(d);
  const horizontal = d.tipo === "barras";
  const fuente = (d.tamanoEtiquetas ?? 9) * PX_POR_PUNTO;
  const n = Math.max(1, d.categorias.length);
  const s = Math.max(1, d.series.length);
  const abajo = EJE + (d.leyenda && d.series.length > 1 ? LEYENDA : 0);
  const margen = horizontal ? Math.round(ancho * 0.38) : 40;
  const x0 = margen;
  const x1 = ancho - (horizontal ? 50 : 10);
  const y0 = ARRIBA;
  const y1 = alto - abajo - (horizontal ? 0 : fuente * 3.5);
  const paso = (horizontal ? y1 - y0 : x1 - x0) / n;
  const hueco = (d.separacion ?? SEPARACION) / 100;
  const grosor = paso / (s + hueco);
  const largo = (v: number): number => ((Math.max(min, Math.min(max, v)) - min) / (max - min || 1)) * (horizontal ? x1 - x0 : y1 - y0);
  // Excel stacks a bar chart's categories (and a cluster's series) from the bottom; a reversed axis from the top.
  const lugar = (i: number): number => (horizontal !== d.ordenInverso ? n - 1 - i : i);
  const ranura = (j: number): number => (horizontal && !d.ordenInverso ? s - 1 - j : j);
  const caracteres = Math.max(4, Math.floor((horizontal ? margen - 8 : paso) / (fuente * EM_CARACTER)));
  const ticks = Array.from({ length: TICKS + 1 }, (_, k) => min + ((max - min) * k) / TICKS);
  return (
    <g>
      {ticks.map((t, k) => {
        const p = largo(t);
        return horizontal ? (
          <g key={`t${k}`}>
            <line x1={x0 + p} x2={x0 + p} y1={y0} y2={y1} stroke="#D9D9D9" />
            <text x={x0 + p} y={y1 + 14} fontSize={9} textAnchor="middle" data-eje="valores">
              {textoCelda(t, d.formato)}
            </text>
          </g>
        ) : (
          <GuiaHorizontal key={`t${k}`} x0={x0} x1={x1} y={y1 - p} texto={textoCelda(t, d.formato)} />
        );
      })}
      {d.categorias.map((cat, i) => {
        const inicio = (horizontal ? y0 : x0) + lugar(i) * paso + (hueco * grosor) / 2;
        const lineas = envolver(cat, caracteres);
        const mostrar = i % d.saltoEtiquetas === 0;
        return (
          <g key={i}>
            {d.series.map((serie, j) => {
              const v = serie.valores[i] ?? null;
              if (v === null) return null;
              const l = largo(v);
              const color = serie.coloresPuntos[i] ?? serie.color;
              const a = inicio + ranura(j) * grosor;
              const etiqueta = d.etiquetas ? textoCelda(v, d.formato) : null;
              return horizontal ? (
                <g key={j}>
                  <rect x={x0} y={a} width={l} height={grosor - 1} fill={color} data-serie={serie.nombre} data-categoria={i} />
                  {etiqueta && (
                    <text x={x0 + l + 3} y={a + grosor / 2 + 3} fontSize={9}>
                      {etiqueta}
                    </text>
                  )}
                </g>
              ) : (
                <g key={j}>
                  <rect x={a} y={y1 - l} width={grosor - 1} height={l} fill={color} data-serie={serie.nombre} data-categoria={i} />
                  {etiqueta && (
                    <text x={a} y={y1 - l - 3} fontSize={9}>
                      {etiqueta}
                    </text>
                  )}
                </g>
              );
            })}
            {mostrar &&
              (horizontal ? (
                <Etiqueta
                  lineas={lineas}
                  x={x0 - 6}
                  y={inicio + (s * grosor) / 2 - ((lineas.length - 1) * fuente * 1.15) / 2 + fuente / 3}
                  fuente={fuente}
                  ancla="end"
                  categoria={i}
                />
              ) : (
                <Etiqueta lineas={lineas} x={inicio + (s * grosor) / 2} y={y1 + fuente + 2} fuente={fuente} ancla="middle" categoria={i} />
              ))}
          </g>
        );
      })}
      {d.leyenda && d.series.length > 1 && <Leyenda series={d.series} x={x0} alto={alto} />}
    </g>
  );
}

/** A value-axis gridline across the plot with its value at the left. */
function GuiaHorizontal({ x0, x1, y, texto }: { x0: number; x1: number; y: number; texto: string }) {
  return (
    <g>
      <line x1={x0} x2={x1} y1={y} y2={y} stroke="#D9D9D9" />
      <text x={x0 - 4} y={y + 3} fontSize={9} textAnchor="end" data-eje="valores">
        {texto}
      </text>
    </g>
  );
}

function Leyenda({ series, x, alto }: { series: DatosGrafico["series"]; x: number; alto: number }) {
  return (
    <g data-leyenda="">
      {series.map((serie, j) => (
        <g key={serie.nombre + j}>
          <rect x={x + j * 110} y={alto - LEYENDA + 2} width={10} height={10} fill={serie.color} />
          <text x={x + j * 110 + 14} y={alto - LEYENDA + 11} fontSize={10}>
            {serie.nombre}
          </text>
        </g>
      ))}
    </g>
  );
}

/**
 * A line chart as Excel draws one: the categories left to right in the plan's order, each
 * series' points joined (a category without a value is skipped), the value axis in the plan's
 * format, and the legend the plan asks for.
 */
function Lineas({ d, ancho, alto }: { d: DatosGrafico; ancho: number; alto: number }) {
  const { min, max } = escala(d);
  const fuente = (d.tamanoEtiquetas ?? 9) * PX_POR_PUNTO;
  const n = Math.max(1, d.categorias.length);
  const x0 = 40;
  const x1 = ancho - 10;
  const y1 = alto - EJE - (d.leyenda ? LEYENDA : 0) - fuente * 3.5;
  const paso = (x1 - x0) / n;
  const xDe = (i: number): number => x0 + (i + 0.5) * paso;
  const yDe = (v: number): number => y1 - ((Math.max(min, Math.min(max, v)) - min) / (max - min || 1)) * (y1 - ARRIBA);
  const caracteres = Math.max(4, Math.floor(paso / (fuente * EM_CARACTER)));
  const ticks = Array.from({ length: TICKS + 1 }, (_, k) => min + ((max - min) * k) / TICKS);
  return (
    <g>
      {ticks.map((t, k) => (
        <GuiaHorizontal key={`t${k}`} x0={x0} x1={x1} y={yDe(t)} texto={textoCelda(t, d.formato)} />
      ))}
      {d.series.map((serie, j) => {
        const puntos = serie.valores.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
        return (
          <g key={serie.nombre + j}>
            <polyline
              points={puntos.map((p) => `${xDe(p.i)},${yDe(p.v)}`).join(" ")}
              fill="none"
              stroke={serie.color}
              strokeWidth={2.25}
              data-serie={serie.nombre}
            />
            {d.etiquetas &&
              puntos.map((p) => (
                <text key={p.i} x={xDe(p.i)} y={yDe(p.v) - 5} fontSize={9} textAnchor="middle">
                  {textoCelda(p.v, d.formato)}
                </text>
              ))}
          </g>
        );
      })}
      {d.categorias.map((cat, i) =>
        i % d.saltoEtiquetas === 0 ? (
          <Etiqueta key={i} lineas={envolver(cat, caracteres)} x={xDe(i)} y={y1 + fuente + 2} fuente={fuente} ancla="middle" categoria={i} />
        ) : null,
      )}
      {d.leyenda && <Leyenda series={d.series} x={x0} alto={alto} />}
    </g>
  );
}

function Circular({ d }: { d: DatosGrafico }) {
  const s = d.series[0];
  if (!s) return null;
  const total = s.valores.reduce<number>((a, v) => a + (v ?? 0), 0) || 1;
  let angulo = -Math.PI / 2;
  const cx = 130;
  const cy = 145;
  const r = 95;
  return (
    <g>
      {s.valores.map((v, i) => {
        if (!v) return null;
        const a0 = angulo;
        angulo += (v / total) * 2 * Math.PI;
        const grande = angulo - a0 > Math.PI ? 1 : 0;
        const ruta =
          v === total
            ? `M ${cx - r} ${cy} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`
            : `M ${cx} ${cy} L ${cx + r * Math.cos(a0)} ${cy + r * Math.sin(a0)} A ${r} ${r} 0 ${grande} 1 ${cx + r * Math.cos(angulo)} ${cy + r * Math.sin(angulo)} Z`;
        return <path key={i} d={ruta} fill={s.coloresPuntos[i] ?? s.color} stroke="#fff" />;
      })}
      {d.categorias.map((c, i) => (
        <g key={c + i}>
          <rect x={250} y={50 + i * 18} width={10} height={10} fill={s.coloresPuntos[i] ?? s.color} />
          <text x={265} y={59 + i * 18} fontSize={10}>
            {c} ({s.valores[i] ?? 0})
          </text>
        </g>
      ))}
    </g>
  );
}

export function GraficoSvg({ d }: { d: DatosGrafico }) {
  const { ancho, alto } = d.tipo === "circular" ? { ancho: ANCHO, alto: ALTO } : medidas(d);
  return (
    <svg role="img" aria-label={`Gráfico: ${d.titulo}`} width={ancho} height={alto} style={{ background: "#fff", border: "1px solid #c8c6c4" }}>
      <text x={ancho / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600}>
        {d.titulo}
      </text>
      {d.tipo === "circular" ? (
        <Circular d={d} />
      ) : d.tipo === "lineas" ? (
        <Lineas d={d} ancho={ancho} alto={alto} />
      ) : (
        <Barras d={d} ancho={ancho} alto={alto} />
      )}
    </svg>
  );
}
