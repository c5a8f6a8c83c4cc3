/** The Validación tab: counts and the findings list; a click selects the cell. */
import { Button, makeStyles, MessageBar, MessageBarBody, Spinner, Text, tokens } from "@fluentui/react-components";
import type { Hallazgo } from "../../core/hallazgos/hallazgo";
import { ListaHallazgos } from "./ListaHallazgos";

export interface PropsPanelValidacion {
  readonly hallazgos: readonly Hallazgo[] | null;
  readonly cargando: boolean;
  /** The host reports no edits: say that validation runs only on demand. */
  readonly sinEventos?: boolean;
  readonly onSeleccionar: (h: Hallazgo) => void;
  readonly onRevalidar: () => void;
}

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  barra: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, justifyContent: "space-between" },
});

export function PanelValidacion({ hallazgos, cargando, sinEventos = false, onSeleccionar, onRevalidar }: PropsPanelValidacion) {
  const estilos = useStyles();
  const errores = hallazgos?.filter((h) => h.severidad === "error").length ?? 0;
  const advertencias = (hallazgos?.length ?? 0) - errores;
  return (
    <div className={estilos.panel}>
      <div className={estilos.barra}>
        <Text data-testid="conteo-hallazgos" aria-live="polite">
          {hallazgos ? `${errores} errores · ${advertencias} advertencias` : "Leyendo el libro…"}
        </Text>
        <Button size="small" onClick={onRevalidar} disabled={cargando}>
          Validar ahora
        </Button>
      </div>
      {cargando && <Spinner size="tiny" label="Validando…" />}
      <MessageBar intent="info">
        <MessageBarBody>
          {sinEventos ? "Este Excel no avisa de los cambios: pulse «Validar ahora» después de editar. " : "Se revalida sola al editar la matriz. "}
          Pulse un hallazgo para ir a su celda.
        </MessageBarBody>
      </MessageBar>
      {hallazgos && <ListaHallazgos hallazgos={hallazgos} onSeleccionar={onSeleccionar} />}
    </div>
  );
}
