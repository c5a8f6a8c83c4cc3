/**
 * Keeps the validation current: runs on load, when the settings change and when the user
 * edits the workbook (debounced: typing a row fires many change events).
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Ajustes, Consolidacion } from "../core/calculo/tipos";
import { mensajeError, type ArchivoAgregado } from "../app";
import { ErrorExcel } from "../core/fallos";
import type { ServicioPanel } from "./services/tipos";

export const ESPERA_REVALIDAR_MS = 500;
/** While the ribbon (or another pane) holds the workbook's lock, validation retries this often. */
export const ESPERA_CERROJO_MS = 5_000;

export interface EstadoValidacion {
  readonly consolidacion: Consolidacion | null;
  readonly cargando: boolean;
  readonly error: string | null;
  /** Set when the host cannot report edits: validation then runs only on demand. */
  readonly sinEventos: boolean;
  readonly revalidar: () => void;
}

const SIN_ARCHIVOS: readonly ArchivoAgregado[] = [];

/** `archivos`: the files added in Consolidar (issue 14), validated with the workbook. */
export function useValidacion(servicio: ServicioPanel, ajustes: Ajustes | null, archivos: readonly ArchivoAgregado[] = SIN_ARCHIVOS): EstadoValidacion {
  const [consolidacion, setConsolidacion] = useState<Consolidacion | null>(null);
  const [cargando, setCargando] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sinEventos, setSinEventos] = useState(false);
  const turno = useRef(0);
  const reintento = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const revalidar = useCallback(() => {
    if (!ajustes) return;
    const mio = ++turno.current;
    clearTimeout(reintento.current);
    setCargando(true);
    servicio.validar(ajustes, archivos).then(
      (c) => mio === turno.current && (setConsolidacion(c), setError(null), setCargando(false)),
      (e: unknown) => {
        if (mio !== turno.current) return;
        setError(mensajeError(e));
        setCargando(false);
        // The ribbon is writing (issue #12 §7): its half-swapped sheets are no input; look again later.
        if (e instanceof ErrorExcel && e.codigo === "F-EXCEL-EN-CURSO") reintento.current = setTimeout(revalidar, ESPERA_CERROJO_MS);
      },
    );
  }, [servicio, ajustes, archivos]);

  useEffect(() => {
    revalidar();
    return () => clearTimeout(reintento.current);
  }, [revalidar]);

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
