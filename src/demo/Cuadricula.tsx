/**
 * The sheet as a grid: values shown with their number formats, recorded styles and
 * conditional fills, the selection, charts floating at their anchor cell, and in-cell
 * editing (double-click or Enter, then Enter to commit / Escape to cancel).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { direccion, letraColumna } from "../core/grid/direccion";
import type { HojaModelo } from "../simulador/modelo";
import { cajaDe } from "../simulador/valores";
import { datosGrafico } from "./datosGrafico";
import { estilosDeHoja } from "./estiloCeldas";
import { textoCelda } from "./formatoCelda";
import { GraficoSvg } from "./GraficoSvg";

const MAX_FILAS = 2000;
const ANCHO_DEFECTO_PX = 72;

export interface PropsCuadricula {
  readonly hoja: HojaModelo;
  /** The selected range on this sheet ("F17", "A1:B2"), if any. */
  readonly seleccion: string | null;
  /** Bumps whenever the workbook changed, so styles are recomputed. */
  readonly version: number;
  readonly onSeleccionar: (celda: string) => void;
  readonly onEditar: (fila: number, columna: number, texto: string) => void;
}

export function Cuadricula({ hoja, seleccion, version, onSeleccionar, onEditar }: PropsCuadricula) {
  const [editando, setEditando] = useState<{ f: number; c: number; texto: string } | null>(null);
  const contenedor = useRef<HTMLDivElement>(null);
  const [posiciones, setPosiciones] = useState<Record<string, { top: number; left: number }>>({});
  // `version` is the repaint signal: the fake mutates the sheet in place.
  const estilos = useMemo(() => estilosDeHoja(hoja), [hoja, version]);
  const usado = hoja.usado(false);
  // Charts float over cells beyond the data: render enough of the grid to hold their anchors.
  const anclas = hoja.graficos.flatMap((g) => (g.ancla ? [cajaDe(g.ancla)] : []));
  const filas = Math.min(MAX_FILAS, Math.max(30, usado ? usado.fila + usado.filas + 2 : 0, ...anclas.map((a) => a.fila + 16)));
  const columnas = Math.max(12, usado ? usado.columna + usado.columnas + 1 : 0, ...anclas.map((a) => a.columna + 8));
  const sel = seleccion ? cajaDe(seleccion) : null;
  const enSeleccion = (f: number, c: number): boolean =>
    !!sel && f >= sel.fila && f < sel.fila + sel.filas && c >= sel.columna && c < sel.columna + sel.columnas;

  useEffect(() => {
    if (!sel) return;
    contenedor.current?.querySelector(`[data-celda="${direccion(sel.fila, sel.columna)}"]`)?.scrollIntoView({ block: "center", inline: "center" });
  }, [seleccion, hoja]);

  useLayoutEffect(() => {
    const pos: Record<string, { top: number; left: number }> = {};
    hoja.graficos.forEach((g, i) => {
      const ancla = g.ancla ? cajaDe(g.ancla) : null;
      const td = ancla ? contenedor.current?.querySelector<HTMLElement>(`[data-celda="${direccion(ancla.fila, ancla.columna)}"]`) : null;
      pos[i] = td ? { top: td.offsetTop, left: td.offsetLeft } : { top: 40 + i * 280, left: 40 };
    });
    setPosiciones(pos);
  }, [hoja, version]);

  const confirmar = (): void => {
    if (editando) onEditar(editando.f, editando.c, editando.texto);
    setEditando(null);
  };

  return (
    <div ref={contenedor} className="cuadricula" style={{ position: "relative", overflow: "auto", flex: 1 }}>
      <table role="grid" aria-label={`Hoja ${hoja.nombre}`} style={{ borderCollapse: "collapse", tableLayout: "fixed", fontSize: 12 }}>
        <colgroup>
          <col style={{ width: 40 }} />
          {Array.from({ length: columnas }, (_, c) => (
            <col key={c} style={{ width: hoja.anchos.has(c) ? Math.round((hoja.anchos.get(c) ?? 54) * (4 / 3)) : ANCHO_DEFECTO_PX }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="esquina" />
            {Array.from({ length: columnas }, (_, c) => (
              <th key={c} scope="col" className="encabezado-col">
                {letraColumna(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: filas }, (_, f) => (
            <tr key={f}>
              <th scope="row" className="encabezado-fila">
                {f + 1}
              </th>
              {Array.from({ length: columnas }, (_, c) => {
                const a1 = direccion(f, c);
                const e = estilos.get(`${f},${c}`);
                const v = hoja.valor(f, c);
                const esNumero = typeof v === "number";
                const activo = editando?.f === f && editando.c === c;
                return (
                  <td
                    key={c}
                    data-celda={a1}
                    aria-selected={enSeleccion(f, c)}
                    className={enSeleccion(f, c) ? "seleccionada" : undefined}
                    onClick={() => onSeleccionar(a1)}
                    onDoubleClick={() => setEditando({ f, c, texto: typeof v === "object" && v !== null ? v.error : String(v ?? "") })}
                    style={{
                      background: e?.relleno,
                      color: e?.colorFuente,
                      fontWeight: e?.negrita ? 600 : undefined,
                      fontSize: e?.tamano ? `${e.tamano}px` : undefined,
                      whiteSpace: e?.ajustar ? "normal" : "nowrap",
                      textAlign: e?.alineacion ?? (esNumero ? "right" : "left"),
                    }}
                  >
                    {activo ? (
                      <input
                        autoFocus
                        aria-label={`Editar ${a1}`}
                        value={editando.texto}
                        onChange={(ev) => setEditando({ f, c, texto: ev.target.value })}
                        onKeyDown={(ev) => (ev.key === "Enter" ? confirmar() : ev.key === "Escape" ? setEditando(null) : undefined)}
                        onBlur={confirmar}
                      />
                    ) : (
                      textoCelda(v, hoja.formato(f, c))
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {hoja.graficos.map((g, i) => (
        <div key={`${g.nombre}-${i}`} className="grafico" style={{ position: "absolute", top: posiciones[i]?.top ?? 0, left: posiciones[i]?.left ?? 0 }}>
          <GraficoSvg d={datosGrafico(g)} />
        </div>
      ))}
    </div>
  );
}
