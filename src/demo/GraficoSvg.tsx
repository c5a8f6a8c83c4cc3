/** Draws a chart spec as simple SVG: horizontal bars, columns or a pie, with the plan's colours. */
import { textoCelda } from "./formatoCelda";
import type { DatosGrafico } from "./datosGrafico";

const ANCHO = 420;
const ALTO = 260;

function escala(d: DatosGrafico): { min: number; max: number } {
  const todos = d.series.flatMap((s) => s.valores.filter((v): v is number => v !== null));
  return { min: d.minimo ?? Math.min(0, ...todos), max: d.maximo ?? Math.max(1e-9, ...todos) };
}

function Barras({ d }: { d: DatosGrafico }) {
  const { min, max } = escala(d);
  const horizontal = d.tipo === "barras";
  const margenEtiqueta = horizontal ? 130 : 30;
  const zona = horizontal ? ANCHO - margenEtiqueta - 50 : ALTO - 80;
  const n = Math.max(1, d.categorias.length);
  const paso = (horizontal ? ALTO - 50 : ANCHO - 40) / n;
  const grosor = (paso * 0.7) / Math.max(1, d.series.length);
  const largo = (v: number): number => ((Math.max(min, Math.min(max, v)) - min) / (max - min || 1)) * zona;
  return (
    <g>
      {d.categorias.map((cat, i) => (
        <g key={i}>
          {d.series.map((s, j) => {
            const v = s.valores[i] ?? null;
            if (v === null) return null;
            const color = s.coloresPuntos[i] ?? s.color;
            const l = largo(v);
            const etiqueta = d.etiquetas ? textoCelda(v, d.formato) : null;
            return horizontal ? (
              <g key={j}>
                <rect x={margenEtiqueta} y={36 + i * paso + j * grosor} width={l} height={grosor - 1} fill={color} />
                {etiqueta && (
                  <text x={margenEtiqueta + l + 3} y={36 + i * paso + j * grosor + grosor / 2 + 3} fontSize={9}>
                    {etiqueta}
                  </text>
                )}
              </g>
            ) : (
              <g key={j}>
                <rect x={30 + i * paso + j * grosor} y={ALTO - 50 - l} width={grosor - 1} height={l} fill={color} />
                {etiqueta && (
                  <text x={30 + i * paso + j * grosor} y={ALTO - 53 - l} fontSize={9}>
                    {etiqueta}
                  </text>
                )}
              </g>
            );
          })}
          {horizontal ? (
            <text x={margenEtiqueta - 4} y={36 + i * paso + paso / 2} fontSize={9} textAnchor="end">
              {cat.length > 24 ? `${cat.slice(0, 23)}…` : cat}
            </text>
          ) : (
            <text x={30 + i * paso + paso / 2} y={ALTO - 36} fontSize={9} textAnchor="middle">
              {cat.length > 12 ? `${cat.slice(0, 11)}…` : cat}
            </text>
          )}
        </g>
      ))}
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
  return (
    <svg role="img" aria-label={`Gráfico: ${d.titulo}`} width={ANCHO} height={ALTO} style={{ background: "#fff", border: "1px solid #c8c6c4" }}>
      <text x={ANCHO / 2} y={18} textAnchor="middle" fontSize={13} fontWeight={600}>
        {d.titulo}
      </text>
      {d.tipo === "circular" ? <Circular d={d} /> : <Barras d={d} />}
    </svg>
  );
}
