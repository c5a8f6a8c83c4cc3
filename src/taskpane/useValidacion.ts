/**
 * Keeps the validation current: runs on load, when the settings change and when the user
 * edits the workbook (debounced: typing a row fires many change events).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Ajustes, Consolidacion } from "../core/calculo/tipos";
import { mensajeError } from "../app";
import type { ServicioPanel } from "./services/tipos";

export const ESPERA_REVALIDAR_MS = 500;

export interface EstadoValidacion {
  readonly consolidacion: Consolidacion | null;
  readonly cargando: boolean;
  readonly error: string | null;
  /** Set when the host cannot report edits: validation then runs only on demand. */
  readonly sinEventos: boolean;
  readonly revalidar: () => void;
}

export function useValidacion(servicio: ServicioPanel, ajustes: Ajustes | null): EstadoValidacion {
  const [consolidacion, setConsolidacion] = useState<Consolidacion | null>(null);
  const [cargando, setCargando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sinEventos, setSinEventos] = useState(false);
  const turno = useRef(0);

  const revalidar = useCallback(() => {
    if (!ajustes) return;
    const mio = ++turno.current;
    setCargando(true);
    servicio.validar(ajustes).then(
      (c) => mio === turno.current && (setConsolidacion(c), setError(null), setCargando(false)),
      (e: unknown) => mio === turno.current && (setError(mensajeError(e)), setCargando(false)),
    );
  }, [servicio, ajustes]);

  useEffect(revalidar, [revalidar]);

  useEffect(() => {
    let temporizador: ReturnType<typeof setTimeout> | undefined;
    let cancelar: (() => void) | null = null;
    let vivo = true;
    void servicio
      .suscribirCambios(() => {
        clearTimeout(temporizador);
        temporizador = setTimeout(revalidar, ESPERA_REVALIDAR_MS);
      })
      .then(
        (c) => (vivo ? (cancelar = c) : c()),
        () => vivo && setSinEventos(true),
      );
    return () => {
      vivo = false;
      clearTimeout(temporizador);
      cancelar?.();
    };
  }, [servicio, revalidar]);

  return { consolidacion, cargando, error, sinEventos, revalidar };
}
