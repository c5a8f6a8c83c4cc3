/** The sheet tabs along the bottom, as in Excel. */
import type { HojaModelo } from "../simulador/modelo";

export interface PropsPestanas {
  readonly hojas: readonly HojaModelo[];
  readonly activa: string;
  readonly onActivar: (nombre: string) => void;
}

export function PestanasHojas({ hojas, activa, onActivar }: PropsPestanas) {
  return (
    <nav className="pestanas" aria-label="Hojas del libro">
      {hojas
        .filter((h) => !h.eliminada && h.visibilidad === "Visible")
        .map((h) => (
          <button
            key={h.nombre}
            type="button"
            className={h.nombre === activa ? "pestana activa" : "pestana"}
            aria-current={h.nombre === activa ? "page" : undefined}
            onClick={() => onActivar(h.nombre)}
          >
            {h.nombre}
          </button>
        ))}
    </nav>
  );
}
