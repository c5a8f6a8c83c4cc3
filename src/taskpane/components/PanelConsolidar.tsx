/** The Consolidar tab: settings, the files added beside the workbook, the button with progress and cancel, then the summary. */
import { Button, Field, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import { useRef, useState } from "react";
import type { Ajustes, Parametros } from "../../core/calculo/tipos";
import { mensajeError } from "../../app";
import type { ArchivoAgregado, Progreso, ResultadoConsolidar } from "../../app";
import type { OpcionesPanel } from "../services/tipos";
import { AjustesConsolidar } from "./AjustesConsolidar";
import { ArchivosAgregados } from "./ArchivosAgregados";
import { ResumenConsolidacion } from "./ResumenConsolidacion";

export interface PropsPanelConsolidar {
  readonly ajustes: Ajustes;
  readonly parametros: Parametros | null;
  readonly onCambiarAjustes: (a: Ajustes) => void;
  /** The dependencies' files consolidated with the open workbook (issue 14). */
  readonly archivos: readonly ArchivoAgregado[];
  readonly onCambiarArchivos: (archivos: readonly ArchivoAgregado[]) => void;
  readonly consolidar: (a: Ajustes, o: OpcionesPanel) => Promise<ResultadoConsolidar>;
  readonly activarHoja: (hoja: string) => void;
  readonly onTerminado?: (r: ResultadoConsolidar) => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  acciones: { display: "flex", gap: tokens.spacingHorizontalS },
});

export function PanelConsolidar(p: PropsPanelConsolidar) {
  const estilos = useStyles();
  const [progreso, setProgreso] = useState<Progreso | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [resultado, setResultado] = useState<ResultadoConsolidar | null>(null);
  const control = useRef<AbortController | null>(null);

  const ejecutar = async (): Promise<void> => {
    const ac = new AbortController();
    control.current = ac;
    setError(null);
    setProgreso({ etapa: "leer", fraccion: 0, texto: "Empezando…" });
    try {
      const r = await p.consolidar(p.ajustes, { signal: ac.signal, onProgress: setProgreso, archivos: p.archivos });
      setResultado(r);
      p.onTerminado?.(r);
    } catch (e) {
      setError(mensajeError(e));
    } finally {
      control.current = null;
      setProgreso(null);
    }
  };

  const corriendo = progreso !== null;
  return (
    <div className={estilos.panel}>
      <AjustesConsolidar ajustes={p.ajustes} parametros={p.parametros} onCambiar={p.onCambiarAjustes} />
      <ArchivosAgregados archivos={p.archivos} ajustes={p.ajustes} onCambiar={p.onCambiarArchivos} deshabilitado={corriendo} />
      <div className={estilos.acciones}>
        <Button appearance="primary" disabled={corriendo} onClick={() => void ejecutar()}>
          Consolidar
        </Button>
        {corriendo && <Button onClick={() => control.current?.abort()}>Cancelar</Button>}
      </div>
      {progreso && (
        <Field label="Progreso" validationMessage={progreso.texto} validationState="none">
          <ProgressBar value={progreso.fraccion} max={1} aria-label="Progreso de la consolidación" />
        </Field>
      )}
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {resultado && !corriendo && <ResumenConsolidacion resultado={resultado} onActivarHoja={p.activarHoja} />}
    </div>
  );
}
